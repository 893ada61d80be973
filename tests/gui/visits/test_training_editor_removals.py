"""The training editor never loses data silently: deleting a session or removing participants asks
first (naming them and the attendance that goes with them) and can be undone; the trainer picker
puts the trainers first and keeps a trainer who is not a participant; the venue's offset is the one
on the training's dates."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.history.deleted import DeletedDialog
from petdesk.gui.qt import QAbstractItemView, QItemSelectionModel, QMessageBox
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.helpers import editors, trainings_data
from tests.helpers.session_dialog import tick_trainers, trainer_list

#: The offscreen platform cannot resize native windows to fit a toolbar; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def training(db: Database) -> dict[str, str]:
    return trainings_data.two_sessions(db, chinese_titles=True)


class Answers:
    """Stands in for ``QMessageBox.question``: records the questions, gives the answers in turn."""

    def __init__(self, *answers: QMessageBox.StandardButton) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent, title: str, text: str, *_args, **_kw) -> QMessageBox.StandardButton:
        self.asked.append((title, text))
        return self.answers.pop(0)


def open_editor(qtbot, db: Database, tid: str, locale: str = "en") -> TrainingEditor:
    editor = TrainingEditor(db, locale=locale, training_id=tid)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    return editor


def live_marks(db: Database, sid: str) -> int:
    row = (
        db.raw()
        .execute("SELECT count(*) FROM attendance WHERE session_id = ? AND deleted_at IS NULL", (sid,))
        .fetchone()
    )
    return int(row[0])


def select_participants(editor: TrainingEditor, *ids: str) -> None:
    view = editor.people_view
    view.clearSelection()
    rows = editor.people_model.ids()
    for cid in ids:
        index = editor.people_model.index(rows.index(cid), 0)
        view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )


def test_deleting_a_session_asks_names_it_and_can_be_undone(
    qtbot, db: Database, training: dict, monkeypatch, translators
) -> None:
    translators("en")  # English plural forms
    editor = open_editor(qtbot, db, training["training"])
    editor.tabs.setCurrentIndex(1)
    editor.sessions_view.selectRow(editor.sessions_model.ids().index(training["s2"]))
    answers = Answers(QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    delete = editor.findChild(type(editor.undo_button), "delete_session")
    delete.click()  # Cancel: nothing happens
    assert not editor.is_busy() and live_marks(db, training["s2"]) == 2
    title, text = answers.asked[0]
    assert title == "Delete session"
    assert text.startswith("Delete the session “Design studio” on 11 May 2027, 09:00")
    assert "Its 2 attendance marks will be deleted with it." in text
    assert "You can undo this right after" in text
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        delete.click()
    assert editor.sessions_model.ids() == [training["s1"]]
    assert live_marks(db, training["s2"]) == 0
    assert editor.message.text() == "Session “Design studio” deleted."
    assert editor.undo_button.isVisible()
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.undo_button.click()
    assert editor.sessions_model.ids() == [training["s1"], training["s2"]]
    assert live_marks(db, training["s2"]) == 2
    assert editor.message.text() == "Session “Design studio” restored."
    assert not editor.undo_button.isVisible()


def test_removing_participants_asks_names_them_and_restores_from_deleted_records(
    qtbot, db: Database, training: dict, monkeypatch, translators
) -> None:
    translators("en")
    editor = open_editor(qtbot, db, training["training"])
    editor.tabs.setCurrentIndex(2)
    assert (
        editor.people_view.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    )  # several at once
    select_participants(editor, training["lars"], training["erik"])
    answers = Answers(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.findChild(type(editor.undo_button), "remove_participants").click()
    [(title, text)] = answers.asked
    assert title == "Remove participants"
    assert text.startswith("Remove 2 participants from this training?\n\nErik Andersson\nLars Bergström\n\n")
    assert "Their 2 attendance marks go with the registration." in text
    assert "They no longer lead 2 sessions." in text
    assert [r[0] for r in editor.people_model.rows] == [training["anna"]]
    assert editor.message.text() == "Removed 2 participants."
    assert editor.undo_button.isVisible()
    # Deleted Records lists both registrations; Lars comes back from there with his marks.
    dialog = DeletedDialog(db, editor)
    qtbot.addWidget(dialog)
    labels = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert sorted(labels) == [
        "Erik Andersson · Urban water training 城市水务培训",
        "Lars Bergström · Urban water training 城市水务培训",
    ]
    assert {dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())} == {"Registration"}
    dialog.table.selectRow(labels.index("Lars Bergström · Urban water training 城市水务培训"))
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        dialog.restore_selected()
    assert live_marks(db, training["s1"]) == 2
    # The editor's Undo brings back the rest (Lars is back already).
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.undo_button.click()
    assert editor.message.text() == "2 participants registered again."
    assert sorted(r[0] for r in editor.people_model.rows) == sorted(
        [training["anna"], training["erik"], training["lars"]]
    )
    assert [s.trainer_ids for s in editor._form.sessions] == [(training["erik"],), (training["erik"],)]


def test_in_chinese(qtbot, db: Database, training: dict, monkeypatch, translators) -> None:
    translators("zh_CN")
    editor = open_editor(qtbot, db, training["training"], "zh_CN")
    editor.tabs.setCurrentIndex(1)
    editor.sessions_view.selectRow(1)
    answers = Answers(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMessageBox, "question", answers)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.findChild(type(editor.undo_button), "delete_session").click()
    title, text = answers.asked[0]
    assert title == "删除课程"
    assert text.startswith(
        "删除2027年5月11日，09:00–12:00的课程“设计工作坊”？\n\n其 2 条出勤记录将一并删除。"
    )
    assert "“编辑 › 已删除的记录”" in text
    assert editor.message.text() == "已删除课程“设计工作坊”。"
    assert editor.undo_button.text() == "撤销"
    editor.tabs.setCurrentIndex(2)
    select_participants(editor, training["lars"])
    editor.findChild(type(editor.undo_button), "remove_participants").click()
    title, text = answers.asked[1]
    assert title == "移除参加人员"
    assert text.startswith("从本培训中移除 1 名参加人员？\n\nLars Bergström\n\n")
    assert "其 1 条出勤记录将随报名一并移除。" in text
    # the trainer picker and the venue's offset, in Chinese
    dialog = editor.session_dialog(training["s1"])
    qtbot.addWidget(dialog)
    assert trainer_list(dialog) == [
        ("Erik Andersson（培训讲师）", True),  # trainers too get a role note (field test 15, 6b)
        ("Anna Becker（学员）", False),
        ("Lars Bergström（学员）", False),
    ]
    assert dialog.zone.currentText() == "斯德哥尔摩，瑞典（UTC+02:00）"


def test_trainer_picker_puts_trainers_first_and_zone_shows_the_training_dates_offset(
    qtbot, db: Database, training: dict
) -> None:
    editor = open_editor(qtbot, db, training["training"])
    # D6: a training in May, whatever the day it is edited (winter included): summer time.
    assert editor.zone.currentText() == "Stockholm, Sweden (UTC+02:00)"
    editor.start_date.setDate(editor.start_date.date().addDays(-46))  # 25 March: across the change
    assert editor.zone.currentText() == "Stockholm, Sweden (UTC+01:00 → UTC+02:00)"
    assert editor.zone.zone() == "Europe/Stockholm"
    # D4: Erik (registered as trainer) first; the attendees after a separator; each with a role.
    dialog = editor.session_dialog(training["s2"])
    qtbot.addWidget(dialog)
    assert trainer_list(dialog) == [
        ("Erik Andersson (Trainer)", True),
        ("Anna Becker (Attendee)", False),
        ("Lars Bergström (Attendee)", False),
    ]
    assert dialog.zone.currentText() == "Stockholm, Sweden (UTC+02:00)"
    # An attendee chosen as the session's trainer instead is saved as such.
    tick_trainers(dialog, {training["anna"]})
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.save_session(dialog, training["s2"])
    assert editor._form.sessions[1].trainer_names == ("Anna Becker",)
    # A trainer no longer among the participants is kept by the dialog, not dropped unseen.
    with db.transaction() as s:
        outsider = person(s, "Olga", "Outside").id
        ts.set_session_trainers(s, training["s1"], [outsider])
    editors.loaded(qtbot, editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.reload(details=False)
    dialog = editor.session_dialog(training["s1"])
    qtbot.addWidget(dialog)
    assert trainer_list(dialog) == [
        ("Erik Andersson (Trainer)", False),
        ("Olga Outside (not a participant)", True),
        ("Anna Becker (Attendee)", False),
        ("Lars Bergström (Attendee)", False),
    ]
    assert dialog.values()["trainer_ids"] == [outsider]
