"""The training editor lists its trainers' and attendees' clashes, as the visit editor does, and
the list follows the sessions as they are changed."""

from __future__ import annotations

from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.qt import QDate, QDateTime, QTime
from petdesk.gui.trainings.edit import SessionDialog, TrainingEditor
from petdesk.models.enums import TrainingRole
from tests.core.visits.test_training_clashes import other_training
from tests.helpers import trainings_data

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_moving_a_session_onto_the_trainers_other_booking_shows_the_clash(
    qtbot: Any, db: Database, translators: Any
) -> None:
    translators("en")
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    other_training(db, ids["erik"], TrainingRole.TRAINER, 11, 14)  # after the design studio
    editor = TrainingEditor(db, locale="en", training_id=ids["training"])
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    assert editor.clash_title.text() == "No clashes" and editor.clash_texts() == []
    # the design studio moves to the afternoon: Erik is booked elsewhere at 14:00
    editor.tabs.setCurrentIndex(1)
    editor.sessions_view.selectRow(editor.sessions_model.ids().index(ids["s2"]))
    editor.edit_session()
    dialog = editor.findChild(SessionDialog)
    day = QDate(2027, 5, 11)
    dialog.start.setDateTime(QDateTime(day, QTime(13, 0)))
    dialog.end.setDateTime(QDateTime(day, QTime(16, 0)))
    with qtbot.waitSignal(editor.saved, timeout=10000):
        dialog.accept()
    qtbot.waitUntil(lambda: editor.clash_texts() != [], timeout=10000)
    assert editor.clash_title.text().startswith("⚠ Clash") and ": 1" in editor.clash_title.text()
    (text,) = editor.clash_texts()
    assert "Erik Andersson" in text and "Design studio" in text and "Monitoring" in text
    # Enter on the clash shows its session
    editor.tabs.setCurrentIndex(0)
    editor.clashes.setCurrentRow(0)
    editor.clashes.itemActivated.emit(editor.clashes.item(0))
    assert editor.tabs.currentIndex() == 1
    assert editor.sessions_model.ids()[editor.sessions_view.currentIndex().row()] == ids["s2"]
