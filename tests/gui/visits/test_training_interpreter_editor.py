"""The training editor registers an interpreter (Role: Interpreter / 翻译) and the session dialog
attaches her to a session as it does a trainer: listed with her role beside the trainers, ticked where
she interprets, shown as interpreter (not trainer) below the window."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.enums import TrainingRole
from petdesk.gui.qt import Qt
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.services import trainings as ts
from petdesk.services.training_form import read_training_form
from tests.core.visits.data import person
from tests.helpers import trainings_data
from tests.helpers.session_dialog import tick_trainers, trainer_list

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(("locale", "word"), [("en", "Interpreter"), ("zh_CN", "翻译")], ids=["en", "zh_CN"])
def test_register_an_interpreter_and_attach_her_to_a_session(
    qtbot, db: Database, translators, locale: str, word: str
) -> None:
    translators(locale)
    ids = trainings_data.co_trained(db)
    with db.transaction() as s:
        li = person(s, "Na", "Li", "李娜", family_first=True).id
    editor = TrainingEditor(db, locale=locale, training_id=ids["training"])
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    # the role list offers the interpreter in the window's language
    index = editor.role.findData(TrainingRole.INTERPRETER.value)
    assert index >= 0 and editor.role.itemText(index) == word
    editor.role.setCurrentIndex(index)
    with qtbot.waitSignal(editor.person_search.searched, timeout=10000):
        qtbot.keyClicks(editor.person_search.edit, "Li Na")
    qtbot.waitUntil(lambda: editor.person_search.current() is not None)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor._register()
    with db.reading() as s:
        roles = {p.contact_id: p.role for p in ts.get_training(s, ids["training"]).participants}
    assert roles[li] == TrainingRole.INTERPRETER
    # the session dialog lists her with the trainers (not hidden as an attendee is), unticked
    sid = ids["session"]
    dialog = editor.session_dialog(sid)
    qtbot.addWidget(dialog)
    lines = trainer_list(dialog)
    mine = next(row for row, (text, _ticked) in enumerate(lines) if "Li Na" in text or "李娜" in text)
    assert word in lines[mine][0] and not lines[mine][1]
    assert not dialog.trainers.item(mine).isHidden()
    tick_trainers(dialog, {ids["erik"], ids["mei"], li})
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.save_session(dialog, sid)
    with db.reading() as s:
        session_view = read_training_form(s, ids["training"], "en").sessions[0]
    assert session_view.interpreter_ids == (li,)
    assert set(session_view.trainer_ids) == {ids["erik"], ids["mei"]}
    # the Trainers column names the trainers only; opened again she is ticked
    assert "Li" not in str(editor.sessions_model.index(0, 5).data())
    dialog = editor.session_dialog(sid)
    qtbot.addWidget(dialog)
    assert dialog.trainers.item(mine).checkState() == Qt.CheckState.Checked
