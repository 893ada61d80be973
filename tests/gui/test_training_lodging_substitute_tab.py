"""The training editor's Lodging tab gives the room of a person a late substitute replaced before the
first day to the substitute: no nights on the replaced person's row, one room counted (exchange54b)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.trainings.edit import TrainingEditor
from tests.core.test_training_lodging import _three_days
from tests.core.test_training_lodging_substitutes import _replace, _sessions

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_substitute_has_the_room_in_the_tab(qtbot: QtBot, db: Database, translators) -> None:  # type: ignore[no-untyped-def]
    translators("en")  # the English plurals
    ids = _three_days(db)
    tid = ids["training"]
    chen = _replace(db, ids, _sessions(db, tid)[0])
    editor = TrainingEditor(db, locale="en", training_id=tid)
    qtbot.addWidget(editor)
    editor.resize(1024, 640)
    editor.show()
    tab = editor.lodging_tab
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5 and tab.answer_box.isEnabled(), timeout=10000)
    li, substitute = tab.model.ids().index(ids["li"]), tab.model.ids().index(chen)
    assert (tab.model.cell(li, 3), tab.model.cell(li, 4)) == ("", ""), "Li needs no nights"
    assert tab.model.cell(substitute, 2) == "Jinjiang Hotel" and tab.model.cell(substitute, 3)
    assert "2 participants need a room" in tab.summary.text()
    assert "Jinjiang Hotel: 1 room · 2 guests" in tab.summary.text()
