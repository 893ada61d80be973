"""The organisations list: the contacts list's search, sort, detail pane and bulk actions."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from petdesk.gui.contacts.list import EntityListPage
from petdesk.gui.operations import CONTACT, ORGANISATION, PROJECT, Changes, announce
from petdesk.gui.qt import QWidget
from petdesk.gui.record_list import ActionSpec, RecordListPage
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.services import organisations as organisation_service
from petdesk.services import search as search_service

ORGANISATION_COLUMNS: tuple[tuple[str, str | None, str], ...] = (
    ("name", "name", QT_TRANSLATE_NOOP("OrganisationColumns", "Name")),
    ("other_name", None, QT_TRANSLATE_NOOP("OrganisationColumns", "Name (other script)")),
    ("city", "city", QT_TRANSLATE_NOOP("OrganisationColumns", "City")),
    ("country", "country", QT_TRANSLATE_NOOP("OrganisationColumns", "Country")),
    ("tags", "tags", QT_TRANSLATE_NOOP("OrganisationColumns", "Tags")),
)

#: The window page that opens each kind of pipeline record shown on an organisation's page.
PIPELINE_PAGES = {"technology": "technologies", "need": "needs", "match": "needs", "project": "projects"}


class OrganisationsPage(EntityListPage):
    kind = search_service.ORGANISATION
    columns = ORGANISATION_COLUMNS
    context = "OrganisationColumns"

    def related_kinds(self) -> tuple[str, ...]:
        # An organisation's detail lists its people and its projects (as funder, lead or partner).
        return (CONTACT, ORGANISATION, PROJECT)

    def search_placeholder(self) -> str:
        return self.tr("Search organisations (English, 中文, pinyin), city, tags…  (Ctrl+F)")

    def column_widths(self) -> list[int]:
        return [300, 220, 120, 130, 120]  # the country by its name ("Netherlands"), no longer its code

    def make_detail(self) -> QWidget:
        from petdesk.gui.organisations.detail import OrganisationDetailView

        view = OrganisationDetailView(self.db, self.ui_locale, self)
        view.edit_requested.connect(self.edit_current)
        view.changed.connect(
            lambda: announce(Changes.of(self.kind, ids=[i for i in [view.organisation_id] if i]))
        )
        view.open_contact.connect(self._open_contact)
        view.open_record.connect(self._open_pipeline_record)
        return view

    def action_specs(self) -> list[ActionSpec]:
        return [
            *RecordListPage.action_specs(self),
            ("merge", self.tr("&Merge…"), "Ctrl+M", self.merge_selected),
        ]

    def context_actions(self) -> list[str]:
        return ["edit", "delete", "tag", "untag", "merge"]

    def open_editor(self, entity_id: str | None) -> bool:
        from petdesk.gui.organisations.edit import OrganisationEditDialog

        dialog = OrganisationEditDialog(self.db, self.ui_locale, entity_id, self)
        return self.run_editor(dialog)

    def delete_work(self, session: Session, ids: list[str]) -> list[str]:
        return organisation_service.delete_organisations(
            session, ids, untouched_years=self.delete_untouched_years
        )

    def delete_consequences(self, ids: list[str]) -> str:
        """Everything that hangs off the organisations, and what becomes of each (field test 50,
        defect 4: the question named only the people)."""
        # Indexed counts, read while the question is built (the question waits for it anyway).
        with self.db.reading() as session:
            links = organisation_service.deletion_links(session, ids)
        sentences = [
            (
                links.people,
                lambda n: self.tr(
                    "%Ln person(s) work here. They stay in Contacts, but without this organisation while it "
                    "is deleted; their positions come back if you restore it.",
                    "",
                    n,
                ),
            ),
            (
                links.open_follow_ups,
                lambda n: self.tr(
                    "%Ln open follow-up(s) go with it: they leave Home and come back if you restore it.",
                    "",
                    n,
                ),
            ),
            (
                links.activities,
                lambda n: self.tr("%Ln logged activities stay in the activity log, under its name.", "", n),
            ),
            (
                links.projects_led,
                lambda n: self.tr("%Ln project(s) led by it keep it as lead, marked as deleted.", "", n),
            ),
            (
                links.projects_funded,
                lambda n: self.tr("%Ln project(s) funded by it keep it as funder.", "", n),
            ),
            (
                links.projects_partnered,
                lambda n: self.tr("%Ln project(s) keep it among their partners.", "", n),
            ),
            (
                links.visits_hosted,
                lambda n: self.tr("%Ln visit(s) hosted by it keep it as host.", "", n),
            ),
        ]
        return "\n".join(text(n) for n, text in sentences if n)

    def restore_work(self, session: Session, ids: list[str]) -> list[str]:
        return organisation_service.restore_organisations(session, ids)

    def noun(self, n: int) -> str:
        return self.tr("%Ln organisation(s)", "", n)

    def _open_pipeline_record(self, kind: str, record_id: str, need_id: str) -> None:
        """Open a technology in the catalogue, a need or match in the needs' match view, or a
        project on the board."""
        window = self.window()
        page_key = PIPELINE_PAGES[kind]
        if not hasattr(window, "show_page") or page_key not in getattr(window, "page_keys", []):
            return
        page = window.show_page(page_key)
        if kind == "technology":
            page.select_technology(record_id)
        elif kind == "project":
            page.select_project(record_id)
        else:
            page.select_need(need_id or record_id, match_id=record_id if kind == "match" else None)

    def _open_contact(self, contact_id: str) -> None:
        window = self.window()
        if hasattr(window, "show_page") and "contacts" in getattr(window, "page_keys", []):
            window.show_page("contacts").select_id(contact_id)


def install(window: Any) -> None:
    window.set_page(
        "organisations",
        window.tr("Organisations"),
        lambda: OrganisationsPage(window.db, window.ui_locale, window),  # built when first shown
    )
