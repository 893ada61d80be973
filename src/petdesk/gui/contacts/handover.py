"""Hand Over Work…: a leaver's open follow-ups and the visits and trainings to come they organise
go to a successor in one step, with Undo on the list's bar (field test 84; ``services.handover``
keeps the rules, ``petdesk handover`` does the same on the command line)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from petdesk.db import Database
from petdesk.gui.operations import CONTACT, TRAINING, VISIT, Changes, read_op, write_op
from petdesk.gui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.visits.widgets import RecordField, date_edit, from_qdate
from petdesk.services import handover
from petdesk.services import visits as visit_service

FOLLOW_UP = "follow_up"


class HandoverDialog(QDialog):
    """Shows what the person is responsible for, asks for the successor, hands it all over."""

    def __init__(
        self, db: Database, person_id: str, name: str, locale: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.person_id, self.ui_locale = db, person_id, locale
        self.done_handover: handover.Handover | None = None
        self.setWindowTitle(self.tr("Hand Over Work of %1").replace("%1", name))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.successor = RecordField(
            db,
            visit_service.find_contacts,
            self.tr("Successor"),
            pick_title=self.tr("Choose the successor"),
            purpose=self.tr("The contact who takes over this person's work."),
            locale=locale,
            parent=self,
        )
        self.ends = QCheckBox(self.tr("&Positions end on"), self)
        self.left_on = date_edit(self, dt.date.today())
        self.left_on.setEnabled(False)
        self.ends.toggled.connect(self.left_on.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Successor"), self.successor)
        form.addRow(self.ends, self.left_on)
        note = QLabel(
            self.tr(
                "Visits and trainings already begun, and those the successor takes part in, stay as "
                "they are. Past visits and done follow-ups keep this person's name."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("&Hand Over"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self._hand_over)
        self.buttons.rejected.connect(self.reject)
        self.successor.changed.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        # Room for the note on three lines, not five: at its first size it was cut at the bottom.
        self.setMinimumWidth(48 * self.fontMetrics().averageCharWidth())
        self.duties: list[handover.Duty] | None = None
        read_op(
            db,
            lambda s: handover.duties(s, person_id, today=dt.date.today()),
            on_success=self._show,
            owner=self,
        )

    def _show(self, found: list[handover.Duty]) -> None:
        self.duties = found
        count = {kind: sum(d.kind == kind for d in found) for kind in (FOLLOW_UP, VISIT, TRAINING)}
        lines = [
            self.tr("%Ln open follow-up(s) owned", "", count[FOLLOW_UP]),
            self.tr("%Ln visit(s) to come organised or staffed", "", count[VISIT]),
            self.tr("%Ln training(s) to come organised", "", count[TRAINING]),
        ]
        self.summary.setText("\n".join(lines))
        # The dialog was laid out with an empty summary: grow by its lines, else the note is cut.
        self.adjustSize()
        self._enable()

    def _enable(self) -> None:
        chosen = self.successor.record_id
        self.ok.setEnabled(self.duties is not None and chosen is not None and chosen != self.person_id)

    def _hand_over(self) -> None:
        to_id = self.successor.record_id
        if to_id is None:
            return
        left_on = from_qdate(self.left_on.date()) if self.ends.isChecked() else None
        self.ok.setEnabled(False)

        def work(session: Any) -> handover.Handover:
            return handover.reassign(session, self.person_id, to_id, today=dt.date.today(), left_on=left_on)

        def done(result: handover.Handover) -> None:
            self.done_handover = result
            self.accept()

        write_op(
            self.db,
            work,
            changes=Changes.of(CONTACT, VISIT, TRAINING, FOLLOW_UP),
            on_success=done,
            on_failure=lambda _exc: self._enable(),
            owner=self,
        )


def undo_handover(db: Database, done: handover.Handover, owner: Any, on_done: Any = None) -> None:
    """Put ``done`` back (the list bar's Undo)."""
    write_op(
        db,
        lambda s: handover.undo(s, done),
        changes=Changes.of(CONTACT, VISIT, TRAINING, FOLLOW_UP),
        on_success=on_done,
        owner=owner,
    )
