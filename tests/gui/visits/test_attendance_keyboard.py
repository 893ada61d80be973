"""Attendance recorded from the keyboard alone (field test 13, defect 1): Space and Enter on a cell
cycle its mark as a click does, P/A/E set a mark directly, Delete and Backspace clear it, and the
tab's hint names the keys."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, QLabel, Qt
from petdesk.gui.trainings.edit import TrainingEditor
from tests.gui.visits.test_attendance_quick_clicks import stored_marks, three_sessions

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_attendance(qtbot: QtBot, db: Database) -> tuple[TrainingEditor, str, list[str]]:
    tid, cid, sessions = three_sessions(db)
    editor = TrainingEditor(db, locale="en", training_id=tid)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.tabs.setCurrentIndex(3)
    view = editor.attendance_view
    view.setFocus()
    view.setCurrentIndex(editor.attendance_model.index(0, 1))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)  # onto the first session's cell
    assert view.currentIndex().column() == 0
    return editor, cid, sessions


def press(qtbot: QtBot, key: Qt.Key) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)


def marks(editor: TrainingEditor) -> list[str]:
    return [editor.attendance_model.index(0, c).data() for c in (0, 1, 2)]


def test_space_and_enter_cycle_the_mark_and_letters_set_it(qtbot: QtBot, db: Database) -> None:
    editor, cid, sessions = open_attendance(qtbot, db)
    assert QApplication.focusWidget() is editor.attendance_view
    press(qtbot, Qt.Key.Key_Space)  # not recorded → present
    assert marks(editor) == ["✓", "", ""]
    press(qtbot, Qt.Key.Key_Return)  # present → absent
    press(qtbot, Qt.Key.Key_Enter)  # absent → excused
    assert marks(editor) == ["E", "", ""]
    qtbot.waitUntil(lambda: stored_marks(db, cid) == {sessions[0]: "excused"}, timeout=10000)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_A)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_P)
    assert marks(editor) == ["E", "✗", "✓"]
    qtbot.waitUntil(
        lambda: (
            stored_marks(db, cid) == {sessions[0]: "excused", sessions[1]: "absent", sessions[2]: "present"}
        ),
        timeout=10000,
    )
    press(qtbot, Qt.Key.Key_E)  # straight to excused, whatever was there
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Backspace)
    assert marks(editor) == ["", "", "E"]
    qtbot.waitUntil(lambda: stored_marks(db, cid) == {sessions[2]: "excused"}, timeout=10000)
    qtbot.waitUntil(lambda: not editor.is_busy())
    assert marks(editor) == ["", "", "E"]  # the grid read back agrees
    assert editor.attendance_view.currentIndex().column() == 0  # the keys did not move the cell


def test_left_stops_at_the_first_session(qtbot: QtBot, db: Database) -> None:
    """The names are the row header (field test 15, defect 3): no name cell to land a key on."""
    editor, cid, sessions = open_attendance(qtbot, db)
    press(qtbot, Qt.Key.Key_Left)
    assert editor.attendance_view.currentIndex().column() == 0
    press(qtbot, Qt.Key.Key_P)
    assert marks(editor) == ["✓", "", ""]
    qtbot.waitUntil(lambda: stored_marks(db, cid) == {sessions[0]: "present"}, timeout=10000)


def test_the_hint_names_the_keys(qtbot: QtBot, db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor, _cid, _sessions = open_attendance(qtbot, db)
    page = editor.tabs.widget(3)
    hint = " ".join(label.text() for label in page.findChildren(QLabel))
    for key in ("Space", "Enter", "P", "A", "E", "Delete"):
        assert key in hint
    editor.resize(1000, 600)
    editor.grab().save(str(tmp_path / "attendance_keyboard.png"))
