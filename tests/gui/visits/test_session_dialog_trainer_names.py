"""The session dialog's trainer list in Chinese (field test 15, polish 6b): foreign trainers showed
as 克劳斯·穆勒 only, trainers had no role note, and typing "Klaus" found nothing. Each line now shows
both names and the role, and the filter above the list matches either name."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import Qt
from petdesk.gui.trainings.edit import TrainingEditor
from tests.core.visits.test_trainer_choice_names import hangzhou_training
from tests.helpers.session_dialog import trainer_list

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def visible(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    items = [dialog.trainers.item(row) for row in range(dialog.trainers.count())]
    return [i.text() for i in items if not i.isHidden()]


def test_both_names_a_role_note_and_a_filter_on_either_name(
    qtbot: QtBot, db: Database, translators, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = hangzhou_training(db)
    translators("zh_CN")
    editor = TrainingEditor(db, locale="zh_CN", training_id=data["training"])
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    dialog = editor.session_dialog(data["session"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert trainer_list(dialog) == [
        ("刘振东（Liu Zhendong）（培训讲师）", False),
        ("克劳斯·穆勒（Klaus Müller）（培训讲师）", True),
        ("索伦·谢尔高（Søren Kjærgaard）（非本培训参加人员）", True),
        ("王建国（Wang Jianguo）（学员）", False),
    ]
    dialog.trainer_filter.setFocus()
    qtbot.keyClicks(dialog.trainer_filter, "Klaus")
    assert visible(dialog) == ["克劳斯·穆勒（Klaus Müller）（培训讲师）"]
    dialog.trainer_filter.clear()
    dialog.trainer_filter.setText("振东")  # as an input method commits it (keyClicks takes Latin keys)
    assert visible(dialog) == ["刘振东（Liu Zhendong）（培训讲师）"]
    dialog.trainers.item(0).setCheckState(Qt.CheckState.Checked)  # Liu ticked while filtered
    dialog.grab().save(str(tmp_path / "session_dialog_filtered.png"))
    dialog.trainer_filter.clear()
    assert len(visible(dialog)) == 3  # the attendee on asking (below)
    assert dialog.trainer_ids() == [data["liu"], data["klaus"], data["soren"]]  # nothing hidden was lost


def test_the_trainers_alone_and_everyone_on_asking(qtbot: QtBot, db: Database) -> None:
    """Field test 36, §10: the trainer list held all 44 participants; the 4 trainers were found by
    scrolling. The registered trainers and whoever leads the session are listed; "Show all
    participants" adds the others, and a ticked attendee stays ticked through both."""
    data = hangzhou_training(db)
    editor = TrainingEditor(db, locale="en", training_id=data["training"])
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    dialog = editor.session_dialog(data["session"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.show_all_people.isChecked()
    assert [text.split(" (")[0] for text in visible(dialog)] == [
        "Liu Zhendong",
        "Klaus Müller",
        "Søren Kjærgaard",
    ]
    dialog.show_all_people.click()
    assert len(visible(dialog)) == 4 and visible(dialog)[-1].startswith("Wang Jianguo")
    dialog.trainers.item(3).setCheckState(Qt.CheckState.Checked)
    dialog.trainer_filter.setText("wang")  # the filter within everyone
    assert [text.split(" (")[0] for text in visible(dialog)] == ["Wang Jianguo"]
    dialog.trainer_filter.clear()
    dialog.show_all_people.click()
    assert len(visible(dialog)) == 4, "the attendee ticked stays in view"
    assert len(dialog.trainer_ids()) == 3  # Klaus, Søren and the attendee
