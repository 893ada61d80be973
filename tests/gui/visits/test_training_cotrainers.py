"""The session dialog shows and keeps every trainer of a session: a session led by two trainers,
opened and saved unchanged, keeps both (it kept only the first); ticking adds one, unticking removes one."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.mnemonic import without_mnemonic
from petdesk.gui.qt import QFormLayout
from petdesk.gui.trainings.edit import TrainingEditor
from tests.helpers import trainings_data
from tests.helpers.session_dialog import tick_trainers, trainer_list
from tests.helpers.tree_window import tree_window_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def training(db: Database) -> dict[str, str]:
    return trainings_data.co_trained(db)


def open_editor(qtbot, db: Database, tid: str, locale: str) -> TrainingEditor:
    editor = TrainingEditor(db, locale=locale, training_id=tid)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    return editor


def save(qtbot, editor: TrainingEditor, session_id: str, tick: set[str] | None = None) -> str:
    """Open the session's dialog, tick ``tick`` (else leave it as it is), press OK; the Trainers
    column of the session's row afterwards."""
    dialog = editor.session_dialog(session_id)
    qtbot.addWidget(dialog)
    if tick is not None:
        tick_trainers(dialog, tick)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.save_session(dialog, session_id)
    return str(editor.sessions_model.index(0, 5).data())


def trainer_ids(db: Database, session_id: str) -> set[str]:
    rows = db.raw().execute(
        "SELECT contact_id FROM session_trainer WHERE session_id = ? AND deleted_at IS NULL", (session_id,)
    )
    return {r[0] for r in rows}


@pytest.mark.parametrize(
    ("locale", "both", "three", "label"),
    [
        (
            "en",
            "Erik Andersson, Wang Mei",
            "Anna Becker, Wang Mei",
            "Trainers and interpreters (from the participants)",
        ),
        ("zh_CN", "Erik Andersson、王梅", "Anna Becker、王梅", "培训讲师和翻译（从参加人员中选择）"),
    ],
    ids=["en", "zh_CN"],
)
def test_a_session_keeps_both_trainers_and_adds_and_removes_one(
    qtbot, db: Database, training: dict, translators, locale: str, both: str, three: str, label: str, request
) -> None:
    tree_window_language(translators, locale, request)  # the label as this tree words it
    editor = open_editor(qtbot, db, training["training"], locale)
    sid = training["session"]
    # Opened and saved unchanged: both trainers stay (the dialog kept only Erik).
    assert save(qtbot, editor, sid) == both
    assert trainer_ids(db, sid) == {training["erik"], training["mei"]}
    dialog = editor.session_dialog(sid)
    qtbot.addWidget(dialog)
    # Both names and the role (field test 15, polish 6b), as attendees had "（学员）".
    if locale == "zh_CN":
        expected = ["Erik Andersson（培训讲师）", "王梅（Wang Mei）（培训讲师）", "Anna Becker（学员）"]
    else:
        expected = ["Erik Andersson (Trainer)", "Wang Mei (王梅) (Trainer)", "Anna Becker (Attendee)"]
    assert trainer_list(dialog) == list(zip(expected, [True, True, False], strict=True))
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    assert without_mnemonic(form.labelForField(dialog.trainers).text()) == label  # Alt letter since keys62b
    # Anna ticked as well: three trainers.
    save(qtbot, editor, sid, {training["erik"], training["mei"], training["anna"]})
    assert trainer_ids(db, sid) == {training["erik"], training["mei"], training["anna"]}
    # Erik unticked: Wang Mei and Anna.
    assert save(qtbot, editor, sid, {training["mei"], training["anna"]}) == three
    assert trainer_ids(db, sid) == {training["mei"], training["anna"]}
    # A new session with two trainers ticked gets both.
    dialog = editor.session_dialog(None)
    qtbot.addWidget(dialog)
    assert [ticked for _text, ticked in trainer_list(dialog)] == [False, False, False]
    dialog.title_en.setText("Site visit")
    tick_trainers(dialog, {training["erik"], training["anna"]})
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.save_session(dialog)
    new = next(x for x in editor._form.sessions if x.title_en == "Site visit")
    assert set(new.trainer_ids) == {training["erik"], training["anna"]}
