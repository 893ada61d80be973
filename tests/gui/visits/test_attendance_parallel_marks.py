"""P on a block of cells leaves out a second "present" in a parallel session and says so (field
test 41, defect 2: six people were marked present in both 09:00 breakouts without a word)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.qt import Qt
from petdesk.gui.trainings.edit import mark
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.gui.visits.test_attendance_many_cells import column
from tests.gui.visits.test_attendance_quick_clicks import stored_marks
from tests.gui.visits.test_training_substitute import open_editor, wait_idle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _breakouts(db: Database) -> dict[str, str]:
    """Two breakouts at 09:00 on 31 Dec (rooms A and B); Gao and Li are registered."""
    day = dt.date(2026, 12, 31)
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Sponge cities", start_date=day, end_date=day, timezone="Asia/Shanghai"
        )
        ids = {"training": t.id}
        for key, title, room in (
            ("s1", "Technology options", "Room A"),
            ("s2", "Sponge city design", "Room B"),
        ):
            start = dt.datetime(2026, 12, 31, 9)
            row = ts.add_session(
                s, t.id, title_en=title, room_en=room, start=start, end=start.replace(hour=12)
            )
            ids[key] = row.id
        for key, given, family in (("gao", "Shiyu", "Gao"), ("li", "Wei", "Li")):
            ids[key] = person(s, given, family).id
            ts.register(s, t.id, ids[key])
    return ids


def test_p_on_both_breakouts_marks_the_first_and_says_the_second_was_left_out(
    qtbot: Any, db: Database
) -> None:
    ids = _breakouts(db)
    editor = open_editor(qtbot, db, ids["training"])
    editor.tabs.setCurrentIndex(3)
    view = editor.attendance_view
    view.setFocus()
    view.selectAll()
    assert len(view.selectionModel().selectedIndexes()) == 4
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(view, Qt.Key.Key_P)
    wait_idle(qtbot, editor)
    for key in ("gao", "li"):
        assert stored_marks(db, ids[key]) == {ids["s1"]: "present"}
    # the cells shown ✓ at once are read back from the file: the second breakout is empty again
    empty = mark(None, "en")
    qtbot.waitUntil(lambda: column(editor, 1) == [empty, empty], timeout=10000)
    assert column(editor, 0) == ["✓", "✓"]
    assert editor.message.text() == (
        "2 attendance marks set. "
        "2 left out: the person is already present in a parallel session at that time."
    )
