"""Replace attendee…: a late substitute takes a registered attendee's place from one session on
(``services.trainings.replace_attendee`` keeps the rules; this dialog only asks who and from when)."""

from __future__ import annotations

from collections.abc import Sequence

from petdesk.db import Database
from petdesk.gui.colours import ERROR, tint
from petdesk.gui.qt import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget
from petdesk.gui.visits.widgets import RecordSearch
from petdesk.services import visits as visit_service


class SubstituteDialog(QDialog):
    """Who takes ``original``'s place, and the first session they attend instead."""

    def __init__(
        self,
        db: Database,
        *,
        original: str,
        sessions: Sequence[tuple[str, str]],
        first_to_come: str | None,
        locale: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("substitute_dialog")
        self.setWindowTitle(self.tr("Replace attendee"))
        self.person = RecordSearch(db, visit_service.find_contacts, locale=locale, parent=self)
        self.person.setObjectName("substitute_search")
        self.person.chosen.connect(lambda _id, _label: self.accept())
        self.from_session = QComboBox(self)
        self.from_session.setObjectName("substitute_from")
        for session_id, label in sessions:
            self.from_session.addItem(label, session_id)
        if first_to_come is not None:
            self.from_session.setCurrentIndex(self.from_session.findData(first_to_come))
        #: Why OK did not close (no one chosen).
        self.problem = QLabel(self)
        tint(self.problem, ERROR)
        self.problem.hide()
        explained = QLabel(
            self.tr(
                "%1 stays registered with the attendance of the sessions before; the substitute takes "
                "the place and the marks from the session chosen on."
            ).replace("%1", original),
            self,
        )
        explained.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explained)
        form.addRow(self.tr("Substitute"), self.person)
        form.addRow(self.tr("From session"), self.from_session)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.resize(560, 420)

    def values(self) -> tuple[str, str] | None:
        """(the substitute's contact id, the first session's id), or None while no one is chosen."""
        current = self.person.current()
        session_id = self.from_session.currentData()
        return (current[0], str(session_id)) if current and session_id else None

    def accept(self) -> None:
        if self.values() is None:
            self.problem.setText(self.tr("Find the substitute and choose them in the list."))
            self.problem.show()
            return
        super().accept()
