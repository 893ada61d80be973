"""Backups › Restore's question, with what the backup holds beside what the database holds now as a
table (kind | in the backup | now | newest change in each).

The comparison used to be one "backup …; now …" sentence per kind inside a message box about 400 px
wide: each wrapped onto two lines and could hardly be compared (window57). Cancel is the default,
as in :func:`petdesk.gui.questions.ask`, so Enter pressed by habit changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from petdesk.gui.a11y import named
from petdesk.gui.kind_names import kind_name
from petdesk.gui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLocale,
    QMessageBox,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.i18n import format_datetime, format_integer
from petdesk.services.restore_compare import Comparison, Held

_Index = QModelIndex | QPersistentModelIndex


class ComparisonModel(QAbstractTableModel):
    """One row per kind either file holds: its name, the two counts and the two newest changes."""

    def __init__(self, found: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.kinds = found.kinds

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kinds)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Records"),
            self.tr("In the backup"),
            self.tr("Now"),
            self.tr("Newest change in the backup"),
            self.tr("Newest change now"),
        )[section]

    def data(self, index: _Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        kind = self.kinds[index.row()]
        if column == 0:
            return kind_name(kind)
        held = (self.found.backup if column in (1, 3) else self.found.current).get(kind, Held(0, None))
        locale = QLocale().name()
        if column in (1, 2):
            return format_integer(held.count, locale)
        if held.newest is None:
            return self.tr("never changed")
        return format_datetime(held.newest.astimezone(), locale)


class RestoreQuestion(QDialog):
    """The question (``text``, the warning included), the comparison table, Yes and Cancel;
    ``on_yes`` runs when Yes was clicked. ``text()`` and ``button()`` answer as a message box's."""

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        text: str,
        found: Comparison,
        heading: str,
        on_yes: Callable[[], object],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_restore")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label)
        layout.addWidget(QLabel(heading, self))
        self.model = ComparisonModel(found, self)
        self.table = named(QTableView(self), heading)
        self.table.setObjectName("restore_comparison")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # as tall as its rows (six kinds at most): no empty band below them
        self.table.setFixedHeight(
            self.table.verticalHeader().length() + header.sizeHint().height() + 2 * self.table.frameWidth()
        )
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel, self
        )
        yes = self.buttons.button(QDialogButtonBox.StandardButton.Yes)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        yes.setAutoDefault(False)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.accepted.connect(on_yes)
        self.table.resizeColumnsToContents()
        # The table's columns side by side without a scroll bar: at 1024×768 it is about 700 px.
        wanted = header.length() + 2 * self.table.frameWidth() + 40
        width = max(wanted, 560)
        # the wrapped question's height at that width, not at the narrower width of sizeHint()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        resize_within_screen(self, width, max(height, self.sizeHint().height() // 2))
        cancel.setFocus()

    def text(self) -> str:
        return self.label.text()

    def button(self, which: QMessageBox.StandardButton | QDialogButtonBox.StandardButton) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton(which.value))
