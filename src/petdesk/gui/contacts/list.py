"""The contacts list: the shared record list over the search index, with a detail pane, bulk
tagging, export and merge.

Filtering, sorting and paging happen in SQL on the search index (``services.search``), so a
keystroke costs one indexed query however many contacts there are; see ``gui.record_list``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy.orm import Session

from petdesk.gui.first_rows_page import HIDDEN_AT_FIRST
from petdesk.gui.operations import CONTACT, ORGANISATION, Changes, announce
from petdesk.gui.qt import QAction, QCoreApplication, QMessageBox, QWidget
from petdesk.gui.record_list import ActionSpec, Column, RecordListPage, RecordSource, SearchSource
from petdesk.gui.record_list import RecordsModel as SearchTableModel  # noqa: F401  (older name)
from petdesk.gui.table_model import PAGE_SIZE, SEARCH_DELAY_MS, IdRole  # noqa: F401  (older home)
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.services import backups, tagging
from petdesk.services import contacts as contact_service
from petdesk.services import search as search_service
from petdesk.services.tagging import TagChange

#: (column key, sort key in ``search.SORTS`` or None, header text) of the contacts list.
CONTACT_COLUMNS: tuple[tuple[str, str | None, str], ...] = (
    ("name", "name", QT_TRANSLATE_NOOP("ContactColumns", "Name")),
    ("other_name", None, QT_TRANSLATE_NOOP("ContactColumns", "Name (other script)")),
    ("organisation", "organisation", QT_TRANSLATE_NOOP("ContactColumns", "Organisation")),
    ("position", "position", QT_TRANSLATE_NOOP("ContactColumns", "Position")),
    ("email", "email", QT_TRANSLATE_NOOP("ContactColumns", "E-mail")),
    ("phone", "phone", QT_TRANSLATE_NOOP("ContactColumns", "Phone")),
    ("tags", "tags", QT_TRANSLATE_NOOP("ContactColumns", "Tags")),
)


class EntityListPage(RecordListPage):
    """People and organisations: the record list over the search index with their detail pane,
    tags, export and merge. Subclasses give the kind, columns, detail widget and services."""

    kind = search_service.CONTACT
    columns: Sequence[tuple[str, str | None, str]] = CONTACT_COLUMNS
    context = "ContactColumns"

    def make_source(self) -> RecordSource:
        columns = [
            Column(k, sort, QCoreApplication.translate(self.context, text)) for k, sort, text in self.columns
        ]
        return SearchSource(self.kind, columns, self.ui_locale)

    def __init__(self, db: Any, locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(db, locale, parent)
        # In the context menu only: the tool row has no room for one more button at 1024 pixels.
        action = QAction(self.tr("Find Dupl&icates of This…"), self)
        action.setObjectName("action_duplicates_of")
        action.triggered.connect(lambda _checked=False: self.find_duplicates_of_current())
        self.actions_by_name["duplicates_of"] = action
        self.table.addAction(action)
        self._update_actions()

    def related_kinds(self) -> tuple[str, ...]:
        # A contact's row shows its organisation; an organisation's detail lists its people.
        return (CONTACT, ORGANISATION)

    def _update_actions(self) -> None:
        super()._update_actions()
        if "duplicates_of" in self.actions_by_name:
            self.actions_by_name["duplicates_of"].setEnabled(self.selection_count() == 1)

    def find_duplicates_of_current(self) -> Any:
        """The Duplicates dialog for the one record selected: its pairs at every score."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        from petdesk.gui.contacts.merge_dialog import open_duplicates_of

        return self.offer_undo_of_merges(open_duplicates_of(self, self.db, self.ui_locale, self.kind, ids[0]))

    def can_tag(self) -> bool:
        return True

    # --- hooks for subclasses ----------------------------------------------------------
    def search_placeholder(self) -> str:
        # short enough for the box at 1024 px: "…(English, 中文, pinyin)…" was cut short (shots58)
        return self.tr("Search names, pinyin, e-mail, phone, organisation, tags  (Ctrl+F)")

    def column_widths(self) -> list[int]:
        return [170, 120, 240, 150, 200, 140, 100]

    def default_hidden_columns(self) -> list[str]:
        # (the quick start's first rows hide the same: one list of them)
        return list(HIDDEN_AT_FIRST.get(self.kind, ()))

    def make_detail(self) -> QWidget:
        from petdesk.gui.contacts.detail import ContactDetailView

        view = ContactDetailView(self.db, self.ui_locale, self)
        view.edit_requested.connect(self.edit_current)
        view.changed.connect(lambda: announce(Changes.of(self.kind, ids=[i for i in [view.contact_id] if i])))
        view.open_organisation.connect(self._open_organisation)
        return view

    def action_specs(self) -> list[ActionSpec]:
        return [
            *super().action_specs(),
            ("export", self.tr("E&xport…"), "Ctrl+E", self.export_selected),
            ("merge", self.tr("&Merge…"), "Ctrl+M", self.merge_selected),
        ]

    def context_actions(self) -> list[str]:
        return ["edit", "delete", "tag", "untag", "export", "merge"]

    def open_editor(self, entity_id: str | None) -> bool:
        from petdesk.gui.contacts.edit import ContactEditDialog

        dialog = ContactEditDialog(self.db, self.ui_locale, entity_id, self)
        return self.run_editor(dialog)

    def delete_work(self, session: Session, ids: list[str]) -> list[str]:
        return contact_service.delete_contacts(session, ids, untouched_years=self.delete_untouched_years)

    def restore_work(self, session: Session, ids: list[str]) -> list[str]:
        return contact_service.restore_contacts(session, ids)

    def delete_work_reporting(
        self, session: Session, ids: list[str], report: Callable[[int, int], None]
    ) -> list[str]:
        return contact_service.delete_contacts(
            session, ids, progress=report, untouched_years=self.delete_untouched_years
        )

    def restore_work_reporting(
        self, session: Session, ids: list[str], report: Callable[[int, int], None]
    ) -> list[str]:
        return contact_service.restore_contacts(session, ids, progress=report)

    def delete_guard(self, count: int) -> AbstractContextManager[Any]:
        return backups.guard_bulk(self.db.path, count)

    def retag_work(self, session: Session, ids: list[str], add: list[str], remove: list[str]) -> TagChange:
        return tagging.retag_change(session, self.kind, ids=ids, add=add, remove=remove)

    def retag_query_work(
        self, session: Session, text: str, add: list[str], remove: list[str], filters: dict[str, str]
    ) -> TagChange:
        # Set-based: the search query itself selects the targets inside the statement.
        return tagging.retag_change(session, self.kind, query=text, add=add, remove=remove, filters=filters)

    def noun(self, n: int) -> str:
        return self.tr("%Ln contact(s)", "", n)

    def selected_contact_ids(self) -> list[str]:
        """For File > Export contacts… of the import/export module."""
        return self.selected_ids() if self.kind == search_service.CONTACT else []

    def export_selected(self) -> None:
        try:
            from petdesk.gui.contacts.import_dialog import choose_and_export
        except ImportError:
            QMessageBox.information(
                self, self.tr("Export"), self.tr("Export is not available in this version.")
            )
            return
        choose_and_export(self.window(), self.selected_ids())  # type: ignore[arg-type]

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return
        try:
            from petdesk.gui.contacts.merge_dialog import open_merge_for
        except ImportError:
            return
        self.offer_undo_of_merges(open_merge_for(self, self.db, self.ui_locale, ids, entity=self.kind))

    def offer_undo_of_merges(self, dialog: Any) -> Any:
        """A merge made in the Duplicates dialog can be undone here too, with the bar and Edit ›
        Undo, once the dialog is closed (field test 49, defect 5: only its own button undid it);
        the dialog's Undo withdraws the offer."""

        def merged(merge_id: str) -> None:
            self.offer_undo(
                QCoreApplication.translate("RecordList", "Merged %1.").replace("%1", self.noun(2)),
                lambda: self._undo_merge(merge_id),
                name=QCoreApplication.translate("RecordList", "Merge"),
            )
            self._undo_merge_id = merge_id

        def undone(merge_id: str) -> None:
            if getattr(self, "_undo_merge_id", None) == merge_id and self.undo_name():
                self.withdraw_undo()

        dialog.merged.connect(merged)
        dialog.undone.connect(undone)
        return dialog

    def _undo_merge(self, merge_id: str) -> None:
        """Undo the merge as ``petdesk merge --undo`` does; a refusal (the kept record was edited
        since) is said, as the dialog says it."""
        from petdesk.gui.operations import write_op
        from petdesk.services import merge as merge_service

        locale = self.ui_locale

        def work(session: Session) -> str:
            return merge_service.describe_merge(merge_service.undo_merge(session, merge_id).record, locale)

        def done(summary: str) -> None:
            self.changed.emit()
            self._report(QCoreApplication.translate("RecordList", "Merge undone: %1").replace("%1", summary))

        def failed(exc: BaseException) -> None:
            from petdesk.messages import plain_error  # babel: loaded when needed

            said = plain_error(exc, locale, database=self.db.path, context="undoing a merge")
            QMessageBox.information(self, QCoreApplication.translate("RecordList", "Undo"), said)

        write_op(
            self.db,
            work,
            changes=Changes.of(CONTACT, ORGANISATION),
            on_success=done,
            on_failure=failed,
            owner=self,
        )

    def _open_organisation(self, organisation_id: str) -> None:
        window = self.window()
        if hasattr(window, "show_page") and "organisations" in getattr(window, "page_keys", []):
            page = window.show_page("organisations")
            page.select_id(organisation_id)


class ContactsPage(EntityListPage):
    """The Contacts navigation page."""


def install(window: Any) -> None:
    window.set_page(
        "contacts", window.tr("Contacts"), lambda: ContactsPage(window.db, window.ui_locale, window)
    )
