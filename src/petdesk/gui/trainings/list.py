"""The Trainings page: the shared record list over trainings; the editor opens beside it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui import pages
from petdesk.gui.focus_back import focus_back_after
from petdesk.gui.operations import TRAINING
from petdesk.gui.qt import QAction, QCoreApplication, QWidget
from petdesk.gui.record_list import Column, QuerySource, RecordListPage, RecordSource, query_filters
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.models.enums import TrainingStatus
from petdesk.services import lists
from petdesk.services import trainings as training_service


class TrainingsPage(RecordListPage):
    """List of trainings; Enter or a double-click opens the editor."""

    #: Seven columns beside a summary of a few short lines: at 3:2 of 1,024 px the list had 510 px
    #: and cut Title, Status and City while the pane beside it stood mostly empty (polish54).
    list_share = 2 / 3

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        self.editors: list[TrainingEditor] = []
        super().__init__(db, locale, parent)
        self.new_action: QAction = self.actions_by_name["new"]

    @property
    def list(self) -> TrainingsPage:
        """The page itself (the former page wrapped a plain list as ``list``)."""
        return self

    def make_source(self) -> RecordSource:
        fmt = pages.enum_formatter(self.ui_locale)
        columns = [
            Column(key, key, QCoreApplication.translate(pages.COLUMNS, text))
            for key, text in pages.TRAINING_HEADERS
        ]
        specs, where = query_filters(
            self.ui_locale,
            status=(m.Training.status, TrainingStatus),
            start=m.Training.start_date,
            end=m.Training.end_date,
        )
        return QuerySource(
            TRAINING,
            lists.trainings(self.ui_locale),
            columns,
            locale=self.ui_locale,
            formatters={"status": fmt},
            specs=specs,
            where=where,
        )

    def column_widths(self) -> list[int]:  # type: ignore[valid-type]
        return [110, 110, 300, 100, 150, 60, 80]  # "Attendees" whole

    def search_placeholder(self) -> str:
        return self.tr("Search trainings by title or topic (English, 中文, pinyin)…  (Ctrl+F)")

    def noun(self, n: int) -> str:
        return self.tr("%Ln training(s)", "", n)

    def empty_detail_text(self) -> str:
        return self.tr("Select a training to see the details.")

    def open_editor(self, record_id: str | None) -> bool:
        self.open_training(record_id)
        return False  # the editor announces its own saves

    def open_training(self, training_id: str | None) -> TrainingEditor:
        editor = TrainingEditor(self.db, locale=self.ui_locale, training_id=training_id, parent=self)
        editor.finished.connect(lambda _r, e=editor: self.editors.remove(e) if e in self.editors else None)
        focus_back_after(editor, self.table)
        self.editors.append(editor)
        self.undo_saves_of(editor)  # its newest save is what Undo on this list takes back
        editor.show()
        return editor

    def delete_work(self, session: Session, ids: list[str]) -> list[str]:  # type: ignore[valid-type]
        return training_service.delete_trainings(session, ids)

    def restore_work(self, session: Session, ids: list[str]) -> list[str]:  # type: ignore[valid-type]
        return training_service.restore_trainings(session, ids)
