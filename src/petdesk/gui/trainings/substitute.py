"""Replace attendee…: a late substitute takes a registered attendee's place from one session on
(``services.trainings.replace_attendee`` keeps the rules; this dialog only asks who and from when).

Choosing the substitute in the search (Enter, double-click) only chooses: Enter there moved the
whole attendance record at once, from the preselected first session, without a word (field test 23,
defect 2). Focus goes on to "From session"; OK (or Enter there) confirms, and asks first when the
original would keep no attendance or every session is past."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.colours import ERROR, tint
from petdesk.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeyEvent,
    QLabel,
    QMessageBox,
    Qt,
    QTimer,
    QWidget,
)
from petdesk.gui.visits.widgets import RecordSearch
from petdesk.labels import chinese_spacing
from petdesk.services import visits as visit_service


class SubstituteDialog(QDialog):
    """Who takes ``original``'s place, and the first session they attend instead. ``sessions``:
    (id, label) in the training's order; ``first_to_come``: None when all are past; ``marks``: the
    original's attendance by session id (what would move)."""

    def __init__(
        self,
        db: Database,
        *,
        original: str,
        sessions: Sequence[tuple[str, str]],
        first_to_come: str | None,
        marks: Mapping[str, str] | None = None,
        locale: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("substitute_dialog")
        self.setWindowTitle(self.tr("Replace attendee"))
        self.person = RecordSearch(db, visit_service.find_contacts, locale=locale, parent=self)
        self.person.setObjectName("substitute_search")
        self._original = original
        self._chinese = i18n.is_chinese(locale)
        self._marks = dict(marks or {})
        self._all_past = first_to_come is None
        self.from_session = QComboBox(self)
        self.from_session.setObjectName("substitute_from")
        # Later, once the Enter that chose has reached this dialog (which must not take it for OK).
        self.person.chosen.connect(lambda _id, _label: QTimer.singleShot(0, self.from_session.setFocus))
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the search chooses there (see ``RecordSearch.chosen``), never OK as well."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.person.isAncestorOf(self.focusWidget()):
            event.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self.values() is None:
            self.problem.setText(self.tr("Find the substitute and choose them in the list."))
            self.problem.show()
            return
        question = self.question()
        if question and not self._confirmed(question):
            return
        super().accept()

    def question(self) -> str:
        """What to ask before replacing: "" for a late substitute from a session still to come."""
        chosen = self.person.current()
        first = self.from_session.currentIndex()
        if chosen is None or (first > 0 and not self._all_past):
            return ""
        moving = [self.from_session.itemData(i) for i in range(first, self.from_session.count())]
        count = sum(1 for session_id in moving if self._marks.get(str(session_id)))
        if first == 0:
            text = self.tr(
                "%1 keeps no attendance; all %Ln mark(s) go to %2 — a swap, not a late substitute.",
                "",
                count,
            )
        else:
            text = self.tr(
                "All sessions are past: %Ln attendance mark(s) of %1 from the session chosen on go to %2.",
                "",
                count,
            )
        text = text.replace("%1", self._original).replace("%2", chosen[1])
        return chinese_spacing(text) if self._chinese else text  # "转给贾东刚（Jia Donggang）。"

    def _confirmed(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace attendee"),
            question + "\n\n" + self.tr("Replace anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
