"""Replace with substitute… in the training editor: a late substitute takes an attendee's place
from the session chosen; the grid shows a dash where the other one sat; Undo takes it back."""

from __future__ import annotations

from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.qt import QItemSelectionModel, QMessageBox, QPushButton, Qt
from petdesk.gui.trainings.edit import OUTSIDE, TrainingEditor
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.helpers import trainings_data

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_editor(qtbot: Any, db: Database, tid: str) -> TrainingEditor:
    editor = TrainingEditor(db, locale="en", training_id=tid)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    return editor


def wait_idle(qtbot: Any, editor: TrainingEditor) -> None:
    qtbot.waitUntil(lambda: not editor.is_busy(), timeout=10000)


def sheet_of(db: Database, tid: str) -> dict[str, Any]:
    with db.reading() as s:
        return {r.contact_id: r for r in ts.sign_in_sheet(s, tid).rows}


def test_replace_an_attendee_from_the_second_session_and_undo(qtbot: Any, db: Database) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        chen = person(s, "Jing", "Chen", "陈静", family_first=True).id
    editor = open_editor(qtbot, db, ids["training"])
    editor.tabs.setCurrentIndex(2)
    rows = editor.people_model.ids()
    editor.people_view.selectionModel().select(
        editor.people_model.index(rows.index(ids["anna"]), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    # the context menu offers it too
    assert "Replace with substitute…" in [a.text() for a in editor.people_view.actions()]
    editor.findChild(QPushButton, "replace_attendee").click()
    dialog = editor.substitute_dialog
    assert dialog.isVisible()
    dialog.accept()  # no one chosen yet: it stays, saying why
    assert dialog.isVisible() and "choose them" in dialog.problem.text()
    with qtbot.waitSignal(dialog.person.searched, timeout=10000):
        qtbot.keyClicks(dialog.person.edit, "Chen")
    dialog.from_session.setCurrentIndex(dialog.from_session.findData(ids["s2"]))
    with qtbot.waitSignal(editor.saved, timeout=10000):
        dialog.accept()
    wait_idle(qtbot, editor)
    rows = sheet_of(db, ids["training"])
    assert rows[ids["anna"]].replaced_by == chen and rows[chen].attendance == {ids["s2"]: "absent"}
    # the grid: a dash where the other one sat; a click there marks nothing
    model = editor.attendance_model
    assert model.sheet is not None
    sessions = [x.id for x in model.sheet.sessions]
    people = [r.contact_id for r in model.rows]
    anna_s2 = model.index(people.index(ids["anna"]), sessions.index(ids["s2"]))
    assert anna_s2.data() == OUTSIDE
    editor._cycle_attendance(anna_s2)
    assert "took this place" in editor.message.text() and not editor.is_busy()
    role = editor.people_model.index(editor.people_model.ids().index(ids["anna"]), 2).data()
    assert role.startswith("Attendee · replaced by ") and "Chen" in role
    # Undo takes it all back
    assert editor.undo_button.isVisible()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.undo_button.click()
    wait_idle(qtbot, editor)
    rows = sheet_of(db, ids["training"])
    assert chen not in rows and rows[ids["anna"]].attendance == {ids["s1"]: "absent", ids["s2"]: "absent"}


class Answers:
    """Stands in for ``QMessageBox.question``: records the questions, gives the answers in turn."""

    def __init__(self, *answers: QMessageBox.StandardButton) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, _parent: Any, _title: str, text: str, *_args: Any, **_kw: Any) -> Any:
        self.asked.append(text)
        return self.answers.pop(0)


def test_enter_on_the_substitute_only_chooses_and_a_swap_is_asked_first(
    qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Field test 23, defect 2: Enter on a search result accepted the dialog at once, with the first
    session preselected, so Anna's whole attendance record moved to the substitute unasked."""
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        chen = person(s, "Jing", "Chen", "陈静", family_first=True).id
    answers = Answers(QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    editor = open_editor(qtbot, db, ids["training"])
    editor.tabs.setCurrentIndex(2)
    editor.people_view.selectionModel().select(
        editor.people_model.index(editor.people_model.ids().index(ids["anna"]), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    editor.findChild(QPushButton, "replace_attendee").click()
    dialog = editor.substitute_dialog
    assert dialog.from_session.currentData() == ids["s1"]  # the first session, still to come
    with qtbot.waitSignal(dialog.person.searched, timeout=10000):
        qtbot.keyClicks(dialog.person.edit, "Chen")
    dialog.person.results.setFocus()
    qtbot.keyClick(dialog.person.results, Qt.Key.Key_Return)  # choose the result
    qtbot.waitUntil(dialog.from_session.hasFocus)
    assert dialog.isVisible() and not answers.asked
    dialog.person.edit.setFocus()
    qtbot.keyClick(dialog.person.edit, Qt.Key.Key_Return)  # Enter in the search box: the same
    qtbot.waitUntil(dialog.from_session.hasFocus)
    assert dialog.isVisible() and not answers.asked
    # Enter on "From session" confirms: a swap from the first session is asked; Cancel keeps all
    qtbot.keyClick(dialog.from_session, Qt.Key.Key_Return)
    assert dialog.isVisible()
    (question,) = answers.asked
    assert question.startswith("Anna Becker keeps no attendance; all 2 mark")
    assert "go to Chen Jing (陈静) — a swap, not a late substitute." in question
    assert not sheet_of(db, ids["training"])[ids["anna"]].replaced_by
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyPress(dialog.from_session, Qt.Key.Key_Return)  # Yes this time (closes: no release)
    wait_idle(qtbot, editor)
    rows = sheet_of(db, ids["training"])
    assert rows[ids["anna"]].replaced_by == chen and rows[ids["anna"]].attendance == {}
