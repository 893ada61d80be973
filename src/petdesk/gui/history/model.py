"""Table models of the history and Deleted dialogs: plain view objects in, text out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from petdesk.gui import plurals
from petdesk.gui.qt import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from petdesk.gui.table_model import ListTableModel
from petdesk.services.history import HistoryEntry, RecordRef
from petdesk.sync.labels import entity_label, name_field_label
from petdesk.sync.value_words import moment_words

AnyIndex = QModelIndex | QPersistentModelIndex
#: Role returning the row's view object.
EntryRole = Qt.ItemDataRole.UserRole + 1


def viewer_zone() -> dt.tzinfo:
    """The zone the window shows times in (the calendar's setting, else the system's)."""
    from petdesk.gui.viewer_zone import viewer_zone

    return viewer_zone()


def when(iso: str, locale: str, zone: dt.tzinfo | None = None) -> str:
    """A stored time (UTC) in ``zone``, else the viewer's, to the second: "4 Dec 2026, 17:05:09" /
    "2026年12月4日 17:05:09" (five edits of one minute read in their order; field test 49, defect 7)."""
    return moment_words(iso or None, locale, zone or viewer_zone(), seconds=True)


class _RowsTable(ListTableModel):
    """History rows: a row's view object under ``EntryRole``."""

    def __init__(
        self, rows: list[Any], headers: list[str], parent: Any = None, *, locale: str = "en"
    ) -> None:
        self.locale = locale
        #: The viewer's zone, read once a load: ``cells`` runs for every painted cell.
        self.zone = viewer_zone()
        #: Times in words, made once a load: babel takes tens of microseconds a time, and sizing
        #: the columns of a long history asks for every cell.
        self._times: dict[str, str] = {}
        super().__init__(headers, rows, parent)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.zone = viewer_zone()
        self._times.clear()
        super().set_rows(rows)

    def when(self, iso: str) -> str:
        if iso not in self._times:
            self._times[iso] = when(iso, self.locale, self.zone)
        return self._times[iso]

    def role_data(self, row_no: int, column: int, role: int) -> Any:
        return self.rows[row_no] if role == EntryRole else None


class HistoryModel(_RowsTable):
    """One row per change, newest first; fields and kinds of records as the editors label them
    in ``locale`` (the core's bilingual table, as the sync page's conflicts)."""

    def __init__(self, entries: list[HistoryEntry], parent: Any = None, *, locale: str = "en") -> None:
        headers = [
            QCoreApplication.translate("History", "When"),
            QCoreApplication.translate("History", "Office"),
            QCoreApplication.translate("History", "Staff member"),
            QCoreApplication.translate("History", "Record"),
            QCoreApplication.translate("History", "Field"),
            QCoreApplication.translate("History", "Old value"),
            QCoreApplication.translate("History", "New value"),
        ]
        super().__init__(entries, headers, parent, locale=locale)

    @property
    def entries(self) -> list[HistoryEntry]:
        return self.rows

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.set_rows(entries)

    def cells(self, row: Any) -> list[str]:
        e: HistoryEntry = row
        if e.is_count:
            change = ["", "", plurals.History().marks_counted(e.count)]
        elif e.is_creation:
            change = [QCoreApplication.translate("History", "(created)"), "", ""]
        else:
            # the values in words, as the service said them ("Inbound", "Chen Ping (陈萍)")
            # a name in the other script by its language: "Name (Hindi)", not "(Chinese)"
            label = name_field_label(e.field, self.locale, e.entity, values=(e.old_text, e.new_text))
            change = [label, e.old_text, e.new_text]
        return [
            self.when(e.at),
            e.office,
            e.staff,
            # a training's session, registration or trainer says which ("Registration · Chen Ping")
            " · ".join(w for w in (entity_label(e.entity, self.locale), e.label) if w),
            *change,
        ]


class DeletedModel(_RowsTable):
    def __init__(self, rows: list[RecordRef], parent: Any = None, *, locale: str = "en") -> None:
        headers = [
            QCoreApplication.translate("History", "Deleted"),
            QCoreApplication.translate("History", "Kind"),
            QCoreApplication.translate("History", "Record"),
        ]
        super().__init__(rows, headers, parent, locale=locale)

    def cells(self, row: Any) -> list[str]:
        r: RecordRef = row
        return [self.when(r.deleted_at or ""), KINDS.get(r.entity, r.entity), r.label]


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
            "tech_match": QCoreApplication.translate("History", "Shortlisted technology"),
        }
    )
