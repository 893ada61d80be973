"""A searchable, sortable list of one entity; the base of the navigation pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from petdesk.db import Database
from petdesk.gui import plurals
from petdesk.gui.column_fit import ColumnFitter, least_widths
from petdesk.gui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.table_model import SqlTableModel
from petdesk.services.lists import ListQuery

#: Milliseconds of quiet typing before the search runs.
SEARCH_DELAY_MS = 150
#: Starting widths of columns that need less or more than the usual 150 pixels.
_COLUMN_WIDTHS = {
    "start": 130,
    "end": 130,
    "deadline": 110,
    "city": 110,
    "status": 100,
    "direction": 100,
    "country": 100,  # a country's name ("Netherlands"), no longer its code
    "trl": 60,  # one digit
    "name": 220,
}


class ListPage(QWidget):
    """Search box, table and a row count. ``activated(row_id)`` fires on Enter or double-click."""

    activated = Signal(str)

    def __init__(
        self,
        db: Database,
        query: ListQuery,
        headers: Sequence[tuple[str, str]],
        *,
        locale: str = "en",
        formatters: dict[str, Callable[[Any], str]] | None = None,
        placeholder: str = "",
        noun: Callable[[int], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        #: "8 projects" under the table; "8 rows" without one
        self.noun = noun or (lambda n: self.tr("%Ln row(s)", "", n))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder or self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.model = SqlTableModel(db, query, headers, formatters=formatters, locale=locale, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        keys = [key for key, _title in headers]
        # Open A→Z on the listing's own order: switched on bare, sorting asks for Qt's default
        # indicator, descending on the first column (the lists opened Z→A).
        first = keys.index(query.default_sort) if query.default_sort in keys else 0
        self.table.horizontalHeader().setSortIndicator(first, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # read-only: Tab leaves, arrows move in the table
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        # Dates and statuses keep what they need; the title or name takes the spare width. All fit
        # the table's width at 1366 px, long titles elided: beside a detail pane the table scrolled
        # sideways and its last column was out of sight (field test 6, defect 19).
        wide = next((keys.index(k) for k in ("title", "name") if k in keys), None)
        wanted = [max(_COLUMN_WIDTHS.get(key, 150), header.sectionSizeHint(c)) for c, key in enumerate(keys)]
        self.column_fitter = ColumnFitter(self.table, wanted, stretch=wide, least=least_widths(keys, wanted))
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.apply_search)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._layout = layout
        self.empty_hint: QWidget | None = None
        self._update_count()

    def set_empty_state(
        self, title: str, text: str, actions: list[tuple[str, str, Callable[[], None]]]
    ) -> None:
        """What to show instead of the table while the list is empty and nothing is searched."""
        from petdesk.gui.empty_state import EmptyHint

        self.empty_hint = EmptyHint(title, text, actions, self)
        self._layout.addWidget(self.empty_hint, 1)
        self._update_count()

    def apply_search(self) -> None:
        self._timer.stop()
        self.model.set_search_text(self.search.text())
        self._update_count()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [rid for row in rows if (rid := self.model.row_id(row))]

    def select_id(self, row_id: str) -> bool:
        """Select the row of ``row_id`` if it is among the loaded rows (clearing the search first
        when it hides the row); False if it is not loaded."""
        row = self.model.row_of(row_id)
        if row < 0 and self.search.text():
            self.search.clear()
            self.apply_search()
            row = self.model.row_of(row_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _activate(self, row: int) -> None:
        if row_id := self.model.row_id(row):
            self.activated.emit(row_id)

    def _update_count(self) -> None:
        self.count_label.setText(plurals.ListCount().of(self.noun(self.model.rowCount())))
        if self.empty_hint is not None:
            empty = self.model.rowCount() == 0 and not self.search.text().strip()
            self.empty_hint.setVisible(empty)
            self.table.setVisible(not empty)

    def keyPressEvent(self, event: Any) -> None:  # Enter on the table opens the row
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._activate(self.table.currentIndex().row())
            return
        super().keyPressEvent(event)
