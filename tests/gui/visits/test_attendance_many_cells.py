"""Marking many cells at once (field test 36, defect 6): with a session's column selected, P marked
one cell of 44. Now P/A/E mark every selected cell in one write, taken back by one Undo; the
context menu marks everyone present in a session."""

from __future__ import annotations

from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.qt import Qt
from tests.gui.visits.test_attendance_quick_clicks import stored_marks
from tests.gui.visits.test_training_substitute import open_editor, wait_idle
from tests.helpers import trainings_data

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def column(editor: Any, c: int) -> list[str]:
    model = editor.attendance_model
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_p_on_a_selected_column_marks_all_of_it_and_undo_takes_it_back(qtbot: Any, db: Database) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)  # Lars ✓ ✓, Anna ✗ ✗
    editor = open_editor(qtbot, db, ids["training"])
    editor.tabs.setCurrentIndex(3)
    view = editor.attendance_view
    view.setFocus()
    view.selectColumn(1)
    assert len(view.selectionModel().selectedIndexes()) == 2
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(view, Qt.Key.Key_E)
    wait_idle(qtbot, editor)
    assert column(editor, 1) == ["E", "E"]
    assert stored_marks(db, ids["lars"])[ids["s2"]] == stored_marks(db, ids["anna"])[ids["s2"]] == "excused"
    assert stored_marks(db, ids["anna"])[ids["s1"]] == "absent"  # the other column untouched
    assert editor.undo_button.isVisible()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.undo_button.click()
    wait_idle(qtbot, editor)
    assert stored_marks(db, ids["lars"])[ids["s2"]] == "present"
    assert stored_marks(db, ids["anna"])[ids["s2"]] == "absent"


def test_mark_all_present_in_a_session_from_the_context_menu(qtbot: Any, db: Database) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    editor = open_editor(qtbot, db, ids["training"])
    menu = editor.session_menu(0)
    action = next(a for a in menu.actions() if a.objectName() == "mark_all_present")
    assert action.text() == "Mark all present in this session"
    with qtbot.waitSignal(editor.saved, timeout=10000):
        action.trigger()
    wait_idle(qtbot, editor)
    assert column(editor, 0) == ["✓", "✓"]
    assert stored_marks(db, ids["anna"]) == {ids["s1"]: "present", ids["s2"]: "absent"}
