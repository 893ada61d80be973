"""The Visits page: the shared record list over visits; the editor opens beside it (not modal)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui import pages
from petdesk.gui.focus_back import focus_back_after
from petdesk.gui.operations import VISIT
from petdesk.gui.qt import QAction, QCoreApplication, QWidget
from petdesk.gui.record_list import Column, QuerySource, RecordListPage, RecordSource, query_filters
from petdesk.gui.visits.edit import VisitEditor
from petdesk.models.enums import VisitDirection, VisitStatus
from petdesk.services import lists
from petdesk.services import visits as visit_service

#: The table width (px at the system's text size) from which Country and Head count show: at 1024
#: px the list's table has about 570, at 1366 px about 790.
NARROW_FROM = 700


class VisitsPage(RecordListPage):
    """List of visits; Enter or a double-click opens the editor (several may be open)."""

    #: As the Trainings list (polish54): seven columns beside a summary of a few short lines. At
    #: 1024 px the detail pane's least width already gives the list about 2/3; at 1366 the titles
    #: gain 78 px from it.
    list_share = 2 / 3
    #: Direction and Status read "Outbou…" and "Cancel…" at 1024 px beside a title and a host of
    #: 300 px each: the host (an organisation's name, whole in its tooltip) gives way instead.
    #: A country too, once shown: "巴基斯坦" read "巴基…" at 1024 px (walks58b); a long English one
    #: ("Republic of Korea") is measured as a label is and the host gives way.
    whole_keys = frozenset({"direction", "status", "country"})

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        self.editors: list[VisitEditor] = []
        super().__init__(db, locale, parent)
        #: Kept for callers of the former toolbar page.
        self.new_action: QAction = self.actions_by_name["new"]

    @property
    def list(self) -> VisitsPage:
        """The page itself (the former page wrapped a plain list as ``list``)."""
        return self

    def make_source(self) -> RecordSource:
        fmt = pages.enum_formatter(self.ui_locale)
        columns = [
            Column(key, key, QCoreApplication.translate(pages.COLUMNS, text))
            for key, text in pages.VISIT_HEADERS
        ]
        specs, where = query_filters(
            self.ui_locale,
            status=(m.Visit.status, VisitStatus),
            kind=(m.Visit.direction, VisitDirection),
            start=m.Visit.start_date,
            end=m.Visit.end_date,
        )
        return QuerySource(
            VISIT,
            lists.visits(self.ui_locale),
            columns,
            locale=self.ui_locale,
            formatters={"direction": fmt, "status": fmt},
            specs=specs,
            where=where,
        )

    def column_widths(self) -> list[int]:  # type: ignore[valid-type]
        return [110, 110, 300, 100, 100, 200, 60, 110, 80]

    def narrow_columns(self) -> dict[str, int]:
        # At 1024 px nine columns left the title 80 px (the round's Country and Head count beside
        # leftovers55's whole Direction and Status): they show from 1366 px, or when chosen.
        return {"country": NARROW_FROM, "head_count": NARROW_FROM}

    def search_placeholder(self) -> str:
        return self.tr("Search visits by title (English, 中文, pinyin)…  (Ctrl+F)")

    def noun(self, n: int) -> str:
        return self.tr("%Ln visit(s)", "", n)

    def empty_detail_text(self) -> str:
        return self.tr("Select a visit to see the details.")

    def open_editor(self, record_id: str | None) -> bool:
        self.open_visit(record_id)
        return False  # the editor announces its own saves

    def open_visit(self, visit_id: str | None, focus_item: str | None = None) -> VisitEditor:
        """Open the editor (not modal, so the calendar stays usable beside it)."""
        editor = VisitEditor(
            self.db, locale=self.ui_locale, visit_id=visit_id, focus_item=focus_item, parent=self
        )
        editor.finished.connect(lambda _r, e=editor: self.editors.remove(e) if e in self.editors else None)
        focus_back_after(editor, self.table)
        self.editors.append(editor)
        self.undo_saves_of(editor)  # its newest save is what Undo on this list takes back
        editor.show()
        return editor

    def delete_work(self, session: Session, ids: list[str]) -> list[str]:  # type: ignore[valid-type]
        return visit_service.delete_visits(session, ids)

    def restore_work(self, session: Session, ids: list[str]) -> list[str]:  # type: ignore[valid-type]
        return visit_service.restore_visits(session, ids)
