"""Table models of the history and Deleted dialogs: plain view objects in, text out."""

from __future__ import annotations

import json
from typing import Any

from petdesk.gui.qt import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from petdesk.services.history import HistoryEntry, RecordRef

AnyIndex = QModelIndex | QPersistentModelIndex
#: Role returning the row's view object.
EntryRole = Qt.ItemDataRole.UserRole + 1


def show_value(value: Any) -> str:
    if value is None:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text.replace("\n", " ")


def when(iso: str) -> str:
    return iso[:19].replace("T", " ") if iso else ""


class _RowsTable(QAbstractTableModel):
    """A read-only table over a list of view objects: subclasses give the headers and a row's cells."""

    def __init__(self, rows: list[Any], headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.headers = headers

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def cells(self, row: Any) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
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
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == EntryRole:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.cells(row)[index.column()]


class HistoryModel(_RowsTable):
    """One row per change, newest first."""

    def __init__(self, entries: list[HistoryEntry], parent: Any = None) -> None:
        headers = [
            QCoreApplication.translate("History", "When (UTC)"),
            QCoreApplication.translate("History", "Office"),
            QCoreApplication.translate("History", "Staff member"),
            QCoreApplication.translate("History", "Record"),
            QCoreApplication.translate("History", "Field"),
            QCoreApplication.translate("History", "Old value"),
            QCoreApplication.translate("History", "New value"),
        ]
        super().__init__(entries, headers, parent)

    @property
    def entries(self) -> list[HistoryEntry]:
        return self.rows

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.set_rows(entries)

    def cells(self, row: Any) -> list[str]:
        e: HistoryEntry = row
        if e.is_creation:
            change = [QCoreApplication.translate("History", "(created)"), "", ""]
        else:
            change = [e.field, show_value(e.old_value), show_value(e.new_value)]
        return [when(e.at), e.office, e.staff, e.entity, *change]


class DeletedModel(_RowsTable):
    def __init__(self, rows: list[RecordRef], parent: Any = None) -> None:
        headers = [
            QCoreApplication.translate("History", "Deleted (UTC)"),
            QCoreApplication.translate("History", "Kind"),
            QCoreApplication.translate("History", "Record"),
        ]
        super().__init__(rows, headers, parent)

    def cells(self, row: Any) -> list[str]:
        r: RecordRef = row
        return [when(r.deleted_at or ""), KINDS.get(r.entity, r.entity), r.label]


#: Kinds of records, translated where they are shown.
KINDS: dict[str, str] = {}


def load_kinds() -> None:
    KINDS.update(
        {
            "contact": QCoreApplication.translate("History", "Contact"),
            "organisation": QCoreApplication.translate("History", "Organisation"),
            "visit": QCoreApplication.translate("History", "Visit"),
            "training": QCoreApplication.translate("History", "Training"),
            "activity": QCoreApplication.translate("History", "Activity"),
            "project": QCoreApplication.translate("History", "Project"),
        }
    )
