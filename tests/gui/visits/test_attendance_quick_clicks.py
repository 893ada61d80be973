"""Attendance clicks made in quick succession are all stored (field test 7, defect 4): the grid shows
each mark at once and the editor writes them one after another, never dropping one while the
previous write runs."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.qt import Qt
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.services import trainings as ts
from tests.core.visits.data import person

#: The offscreen platform cannot resize native windows to fit a toolbar; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


#: Milliseconds between clicks: quicker than a write and the read after it (about 50 ms here,
#: 50–150 ms between the tester's clicks on a larger file).
QUICK = 10


def three_sessions(db: Database) -> tuple[str, str, list[str]]:
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Sludge treatment", start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 17)
        )
        min_ = person(s, "Min", "Liu", "刘敏", family_first=True)
        ts.register(s, t.id, min_.id)
        sessions = [
            ts.add_session(
                s,
                t.id,
                title_en=f"Day {day}",
                start=dt.datetime(2027, 3, 14 + day, 9),
                end=dt.datetime(2027, 3, 14 + day, 12),
            ).id
            for day in (1, 2, 3)
        ]
        return t.id, min_.id, sessions


def stored_marks(db: Database, contact_id: str) -> dict[str, str]:
    rows = db.raw().execute(
        "SELECT session_id, status FROM attendance WHERE contact_id = ? AND deleted_at IS NULL", (contact_id,)
    )
    return {sid: status for sid, status in rows}


def click(qtbot, editor: TrainingEditor, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    view = editor.attendance_view
    cell = editor.attendance_model.index(row, column)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())


def test_three_quick_clicks_are_all_stored(qtbot, db: Database) -> None:
    tid, cid, sessions = three_sessions(db)
    editor = TrainingEditor(db, locale="en", training_id=tid)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    editor.tabs.setCurrentIndex(3)
    for column in (0, 1, 2):  # a fast mouse user ticking a sign-in sheet
        click(qtbot, editor, 0, column)
        qtbot.wait(QUICK)  # the user's pace, not a wait for a state
    # Each mark shows at once, before it is stored.
    assert [editor.attendance_model.index(0, c).data() for c in (0, 1, 2)] == ["✓", "✓", "✓"]
    qtbot.waitUntil(lambda: len(stored_marks(db, cid)) == 3, timeout=10000)
    assert stored_marks(db, cid) == dict.fromkeys(sessions, "present")
    # Once written, the grid read back agrees, and a second quick round on one cell counts twice.
    click(qtbot, editor, 0, 0)
    qtbot.wait(QUICK)  # the user's pace, not a wait for a state
    click(qtbot, editor, 0, 0)  # ✓ → ✗ → excused
    # Stored one after the other: the first write may end before the second click is queued.
    qtbot.waitUntil(lambda: stored_marks(db, cid)[sessions[0]] == "excused", timeout=10000)
    qtbot.waitUntil(lambda: "E" in editor.sheet_view.toPlainText())  # the sheet read back
    assert [editor.attendance_model.index(0, c).data() for c in (0, 1, 2)] == ["E", "✓", "✓"]
    assert not editor.is_dirty()  # attendance is stored as clicked: nothing left to save
