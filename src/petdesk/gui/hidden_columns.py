"""The columns a list's user hid, as kept in the settings (``columns/<kind>``).

An empty choice (every column shown) must be kept too, but QSettings' file writes an empty list as
``@Invalid()``, read back at the next start as None: taken for "never chosen", the page's default
hid Position and Tags again at every start (review53). The key's presence says a choice was made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from petdesk.gui.qt import QMenu, QSettings, QWidget


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
