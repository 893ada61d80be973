"""Table models of the history and Deleted dialogs: plain view objects in, text out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from petdesk.gui.qt import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from petdesk.gui.table_model import ListTableModel
from petdesk.services.history import HistoryEntry, RecordRef, shown_value
from petdesk.sync.labels import entity_label, field_label

AnyIndex = QModelIndex | QPersistentModelIndex
#: Role returning the row's view object.
EntryRole = Qt.ItemDataRole.UserRole + 1


def _viewer_zone() -> dt.tzinfo:
    from petdesk.gui.calendar.page import viewer_zone

    return viewer_zone()


def when(iso: str, zone: dt.tzinfo | None = None) -> str:
    """A stored time (UTC) in ``zone``, else the viewer's (the calendar's): "2026-12-04 17:05"."""
    if not iso:
        return ""
    try:
        at = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso[:19].replace("T", " ")
    local = at.replace(tzinfo=at.tzinfo or dt.UTC).astimezone(zone or _viewer_zone())
    return local.strftime("%Y-%m-%d %H:%M")


class _RowsTable(ListTableModel):
    """History rows: a row's view object under ``EntryRole``."""

    def __init__(self, rows: list[Any], headers: list[str], parent: Any = None) -> None:
        #: The viewer's zone, read once a load: ``cells`` runs for every painted cell.
        self.zone = _viewer_zone()
        super().__init__(headers, rows, parent)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.zone = _viewer_zone()
        super().set_rows(rows)

    def role_data(self, row_no: int, column: int, role: int) -> Any:
        return self.rows[row_no] if role == EntryRole else None


class HistoryModel(_RowsTable):
    """One row per change, newest first; fields and kinds of records as the editors label them
    in ``locale`` (the core's bilingual table, as the sync page's conflicts)."""

    def __init__(self, entries: list[HistoryEntry], parent: Any = None, *, locale: str = "en") -> None:
        self.locale = locale
        headers = [
            QCoreApplication.translate("History", "When"),
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
            change = [
                field_label(e.field, self.locale, e.entity),
                shown_value(e.old_value, self.locale),
                shown_value(e.new_value, self.locale),
            ]
        return [when(e.at, self.zone), e.office, e.staff, entity_label(e.entity, self.locale), *change]


class DeletedModel(_RowsTable):
    def __init__(self, rows: list[RecordRef], parent: Any = None) -> None:
        headers = [
            QCoreApplication.translate("History", "Deleted"),
            QCoreApplication.translate("History", "Kind"),
            QCoreApplication.translate("History", "Record"),
        ]
        super().__init__(rows, headers, parent)

    def cells(self, row: Any) -> list[str]:
        r: RecordRef = row
        return [when(r.deleted_at or "", self.zone), KINDS.get(r.entity, r.entity), r.label]


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
            "training_session": QCoreApplication.translate("History", "Training session"),
            "training_participant": QCoreApplication.translate("History", "Registration"),
            "project_partner": QCoreApplication.translate("History", "Project partner"),
            "project_milestone": QCoreApplication.translate("History", "Project milestone"),
        }
    )
