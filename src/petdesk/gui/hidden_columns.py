"""The columns a list's user hid, as kept in the settings (``columns/<kind>``).

An empty choice (every column shown) must be kept too, but QSettings' file writes an empty list as
``@Invalid()``, read back at the next start as None: taken for "never chosen", the page's default
hid Position and Tags again at every start (review53). The key's presence says a choice was made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from petdesk.gui.qt import QEvent, QMenu, QObject, QSettings, Qt, QTableView, QWidget
from petdesk.gui.text_size import text_scale


def saved_hidden(settings: QSettings, kind: str, default: Iterable[str]) -> list[str]:
    """The keys of the columns hidden in the list of ``kind``: the user's choice, else ``default``."""
    key = f"columns/{kind}"
    if not settings.contains(key):
        return list(default)
    hidden = settings.value(key)
    if isinstance(hidden, str):  # one key is read back as a plain string
        return [hidden] if hidden else []
    return [str(k) for k in hidden] if isinstance(hidden, list) else []


def column_chooser(
    parent: QWidget,
    columns: Sequence[tuple[str, str]],
    hidden: Iterable[str],
    toggle: Callable[[str, bool], None],
) -> QMenu:
    """A list header's menu: a checkable entry per column (key, title), ticked when shown; the first
    column names the row and cannot be hidden. ``toggle(key, shown)`` follows a click. Shared by the
    record lists and the pages built on ``ListPage`` (the City needs' Budget)."""
    menu = QMenu(parent)
    menu.setObjectName("columns")
    off = set(hidden)
    for i, (key, title) in enumerate(columns):
        action = menu.addAction(title)
        action.setCheckable(True)
        action.setChecked(key not in off)
        action.setEnabled(i > 0)
        action.toggled.connect(lambda on, key=key: toggle(key, on))
    return menu


class NarrowColumns(QObject):
    """A plain table's column chooser (the header's menu), the choice kept as ``columns/<kind>``;
    until the user has chosen, each column of ``narrow`` (key → pixels at the system's text size)
    hides while the table is narrower than that, as ``ListPage.allow_hiding`` does for a list.
    ``keys`` name the table's columns in order."""

    def __init__(self, table: QTableView, kind: str, keys: Sequence[str], narrow: Mapping[str, int]) -> None:
        super().__init__(table)
        self.table, self.kind, self.keys, self.narrow = table, kind, list(keys), dict(narrow)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.menu().exec(header.mapToGlobal(pos)))
        if QSettings().contains(f"columns/{kind}"):
            self.set_hidden(saved_hidden(QSettings(), kind, ()), save=False)
        table.installEventFilter(self)
        self._hide_narrow()

    def hidden(self) -> list[str]:
        return [key for c, key in enumerate(self.keys) if self.table.isColumnHidden(c)]

    def set_hidden(self, keys: Iterable[str], *, save: bool = True) -> None:
        """Hide the columns of ``keys`` (never the first); with ``save`` the choice is kept and the
        narrow rule no longer applies."""
        off = set(keys)
        for c, key in enumerate(self.keys):
            self.table.setColumnHidden(c, c > 0 and key in off)
        if save:
            QSettings().setValue(f"columns/{self.kind}", self.hidden())

    def menu(self) -> QMenu:
        model = self.table.model()
        titles = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(len(self.keys))]

        def toggled(key: str, on: bool) -> None:
            off = set(self.hidden())
            self.set_hidden(sorted(off - {key} if on else off | {key}))

        return column_chooser(self.table, list(zip(self.keys, titles, strict=True)), self.hidden(), toggled)

    def _hide_narrow(self) -> None:
        hide_narrow(self.table, self.kind, self.keys, self.narrow)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._hide_narrow()
        return super().eventFilter(watched, event)


def hide_narrow(table: QTableView, kind: str, keys: Sequence[str], narrow: Mapping[str, int]) -> None:
    """Until the user has chosen the columns of ``kind``, hide each column of ``narrow`` (key →
    pixels at the system's text size) while ``table`` is narrower than that; ``keys`` name the
    table's columns in order."""
    if not narrow or QSettings().contains(f"columns/{kind}"):
        return  # the user's choice rules
    scale = text_scale()
    for c, key in enumerate(keys):
        if key in narrow:
            table.setColumnHidden(c, table.width() < narrow[key] * scale)


class NarrowRule(QObject):
    """Applies :func:`hide_narrow` to ``table`` at each of its resizes (a record list, whose own
    header menu keeps the user's choice)."""

    def __init__(self, table: QTableView, kind: str, keys: Sequence[str], narrow: Mapping[str, int]) -> None:
        super().__init__(table)
        self.table, self.kind, self.keys, self.narrow = table, kind, list(keys), dict(narrow)
        table.installEventFilter(self)
        hide_narrow(table, kind, self.keys, self.narrow)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            hide_narrow(self.table, self.kind, self.keys, self.narrow)
        return super().eventFilter(watched, event)
