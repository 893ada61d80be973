"""A table model over a ``ListQuery``: counts and sorts in SQL and loads rows a page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.number_cells import NUMBER_ALIGNMENT, is_number
from petdesk.gui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from petdesk.gui.sort_menu import cannot_sort_text
from petdesk.services.lists import ListQuery

#: Role returning the row's stable UUID.
IdRole = Qt.ItemDataRole.UserRole + 1
#: Role returning the raw value (for sorting and tests).
RawRole = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 200
#: Milliseconds of quiet typing before a list or picker searches.
SEARCH_DELAY_MS = 150

AnyIndex = QModelIndex | QPersistentModelIndex
_MONEY_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


class SqlTableModel(QAbstractTableModel):
    """Rows come from ``query`` in pages of ``PAGE_SIZE``; only the pages on screen are kept."""

    def __init__(
        self,
        db: Database,
        query: ListQuery,
        headers: Sequence[tuple[str, str]],
        *,
        formatters: dict[str, Callable[[Any], str]] | None = None,
        money: Mapping[str, str] | None = None,
        compact_money: bool = False,
        locale: str = "en",
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        #: Amount column key → the key of its row's currency column: shown as money in the
        #: locale's style with the currency's digits, as the board and the CLI show it.
        self._money = dict(money or {})
        #: The amounts short in the cell ("CN¥15m"), whole in its tooltip; sorted by the stored number.
        self._compact_money = compact_money
        self._db = db
        self._query = query
        #: (column key, translated header) in display order.
        self._headers = list(headers)
        self._formatters = formatters or {}
        self._locale = locale
        self._text = ""
        self._sort_key: str | None = None
        self._descending = False
        self._count = 0
        self._pages: dict[int, list[tuple[Any, ...]]] = {}
        self._positions = {col.key: i + 1 for i, col in enumerate(query.columns)}
        self.refresh()

    # --- state -----------------------------------------------------------------
    def refresh(self, *, recount: bool = True) -> None:
        """Drop cached pages and count again (after edits or a new search); a new sort order
        changes no count, so it only drops the pages."""
        self.beginResetModel()
        self._pages.clear()
        self._query.forget()  # a refresh follows an edit or a new search: match again
        if recount:
            with self._db.reading() as session:
                self._count = self._query.count(session, self._text)
        self.endResetModel()

    def set_query(self, query: ListQuery) -> None:
        self._query = query
        self._positions = {col.key: i + 1 for i, col in enumerate(query.columns)}
        self.refresh()

    def set_search_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.refresh()

    @property
    def search_text(self) -> str:
        return self._text

    def columns(self) -> list[tuple[str, str]]:
        """(key, translated header) of each column, in display order."""
        return list(self._headers)

    def row_id(self, row: int) -> str | None:
        record = self._record(row)
        return None if record is None else str(record[0])

    def row_of(self, row_id: str) -> int:
        """Row number of ``row_id`` among the loaded pages, or -1."""
        for page_no, rows in self._pages.items():
            for i, record in enumerate(rows):
                if record[0] == row_id:
                    return page_no * PAGE_SIZE + i
        return -1

    def _record(self, row: int) -> tuple[Any, ...] | None:
        if not 0 <= row < self._count:
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            with self._db.reading() as session:
                page = self._query.page(
                    session,
                    offset=page_no * PAGE_SIZE,
                    limit=PAGE_SIZE,
                    sort_key=self._sort_key,
                    descending=self._descending,
                    text=self._text,
                )
            if len(self._pages) > 20:  # keep memory flat while scrolling far
                self._pages.pop(next(iter(self._pages)))
            self._pages[page_no] = page
        index = row % PAGE_SIZE
        return page[index] if index < len(page) else None

    # --- Qt model API ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section][1]
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and not self.is_sortable(section):
            return cannot_sort_text()  # as on the contacts list (field test 47, defect 5)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._record(index.row())
        if record is None:
            return None
        key = self._headers[index.column()][0]
        value = record[self._positions[key]]
        if key in self._money and value is not None and role in _MONEY_ROLES:
            # as stored: a row with no currency shows none, not "US$" (shots56)
            currency = record[self._positions[self._money[key]]] or ""
            # exact: never rounded to 万 where a total beside it shows every cent (field projfollow60)
            whole = i18n.format_money(value, currency, self._locale, exact=True)
            if not self._compact_money:
                return whole if role == Qt.ItemDataRole.DisplayRole else None
            short = i18n.compact_money(value, currency, self._locale)
            return short if role == Qt.ItemDataRole.DisplayRole else (whole if whole != short else None)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._format(key, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._format(key, value)
            return text if len(text) > 30 else None
        if role == IdRole:
            return record[0]
        if role == RawRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and (key in self._money or is_number(value)):
            return NUMBER_ALIGNMENT
        return None

    def _format(self, key: str, value: Any) -> str:
        if key in self._formatters:
            return self._formatters[key](value)
        if value is None:
            return ""
        if isinstance(value, bool):
            return "✓" if value else ""
        if isinstance(value, dt.date):
            return i18n.format_date(value, self._locale)
        return str(value)

    def is_sortable(self, column: int) -> bool:
        return self._query.column(self._headers[column][0]).sortable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._headers[column][0]
        if not self.is_sortable(column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key or self._query.default_sort, self._descending):
            return  # the view asks once when sorting is switched on; the rows are already in order
        self._sort_key = key
        self._descending = descending
        self.refresh(recount=False)


class ListTableModel(QAbstractTableModel):
    """The one read-only table over a short Python list (previews, delegations, conflicts,
    history): never for data that grows, which pages through ``SqlTableModel`` or the record list.

    A row is any object; ``cells(row)`` gives its values by column (a row that is a sequence is its
    own cells), ``display(value)`` their text, and ``role_data`` answers the other roles."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Any] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Any] = list(rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    # --- for subclasses ------------------------------------------------------------------------
    def cells(self, row: Any) -> Sequence[Any]:
        return row

    def display(self, value: Any) -> Any:
        return "" if value is None else str(value)

    def role_data(self, row_no: int, column: int, role: int) -> Any:
        """Roles other than the displayed text (an id, a colour, a tooltip…)."""
        return None

    # --- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(self.cells(self.rows[index.row()])[index.column()])
        return self.role_data(index.row(), index.column(), role)
