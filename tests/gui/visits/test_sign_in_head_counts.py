"""The editor's Sign-in sheet tab names the training's two head counts as the Trainings list, the
attendance report and the dossier do (leftover 1): the organiser signs, but is not an attendee."""

from __future__ import annotations

from typing import Any

import pytest

from petdesk.db import Database
from petdesk.enums import TrainingRole
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.gui.visits.test_training_substitute import open_editor
from tests.helpers import trainings_data

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_sign_in_tab_names_people_and_attendees(qtbot: Any, db: Database) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)  # a trainer and two attendees
    with db.transaction() as s:
        ts.register(s, ids["training"], person(s, "Olga", "Quarrington").id, TrainingRole.ORGANISER)
    editor = open_editor(qtbot, db, ids["training"])
    qtbot.waitUntil(lambda: "Quarrington" in editor.sheet_view.toPlainText(), timeout=10000)
    shown = editor.sheet_view.toPlainText()
    assert "People: 4; attendees: 2 (trainers and organisers are not graded for attendance)" in shown
    assert "人数：4；学员：2（培训讲师和组织方不计出勤）" in shown
    assert "Andersson" not in shown.split("People:")[1]  # the trainer does not sign
