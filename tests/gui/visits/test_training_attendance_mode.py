"""How a participant attends a hybrid training, in the training editor (field test 79): the
participant list's "Attends" column, its two context actions, and the printed sign-in sheet that
leaves the online people out."""

from __future__ import annotations

from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.qt import QAction, QItemSelectionModel, Qt
from petdesk.services import attendance_mode
from tests.gui.visits.test_training_substitute import open_editor, wait_idle
from tests.helpers import trainings_data

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_mark_an_attendee_online_from_the_participant_list(qtbot: Any, db: Database) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    editor = open_editor(qtbot, db, ids["training"])
    editor.tabs.setCurrentIndex(2)
    model = editor.people_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Attends")
    row = model.ids().index(ids["anna"])
    assert model.index(row, column).data() == ""  # not known yet
    editor.people_view.selectionModel().select(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    [online] = [a for a in editor.people_view.actions() if a.objectName() == "attends_online"]
    assert isinstance(online, QAction) and online.text() == "Attends online"
    online.trigger()
    qtbot.waitUntil(
        lambda: model.index(model.ids().index(ids["anna"]), column).data() == "Online", timeout=10000
    )
    wait_idle(qtbot, editor)
    with db.reading() as s:
        assert attendance_mode.online_participants(s, ids["training"]) == {ids["anna"]}
    # the printed sheet: Lars signs, Anna (online) is not on it; the attendance grid keeps her
    html = editor.sheet_view.toHtml()
    assert "Bergström" in html and "Becker" not in html
    assert ids["anna"] in [r.contact_id for r in editor.attendance_model.rows]
