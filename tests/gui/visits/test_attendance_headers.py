"""The attendance grid's session headers (field test 36, defect 10): titles broken after five
characters left one alone on a line ("膜生物反应\\n器"), and two sessions in the same hours showed
their time only in the tooltip. Titles are now broken by their drawn width, evenly, and cut with
"…" only when two lines cannot hold them; a parallel session shows its start time."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import Qt
from petdesk.gui.trainings.edit import AttendanceModel, TrainingEditor
from petdesk.gui.trainings.header_lines import header_lines
from petdesk.services import trainings as ts
from tests.core.visits.data import person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TITLES = [
    ("Membrane bioreactors", "膜生物反应器"),
    ("Financing and closing", "融资与结业式"),
    ("Sewer networks and stormwater", "排水管网与雨水管理"),
    ("Digital monitoring of treatment plants", "污水处理厂数字化监测与智慧运维平台建设"),
]


def _training(db: Database) -> tuple[str, list[str]]:
    """Four sessions; the last two on the same morning in two rooms."""
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Urban wastewater",
            title_zh="城市污水处理",
            start_date=dt.date(2026, 12, 1),
            end_date=dt.date(2026, 12, 3),
        )
        ts.register(s, t.id, person(s, "Jing", "Wu", "吴静", family_first=True).id)
        starts = [dt.datetime(2026, 12, 1, 9), dt.datetime(2026, 12, 2, 9)] + [
            dt.datetime(2026, 12, 3, 9)
        ] * 2
        ids = [
            ts.add_session(
                s, t.id, title_en=en, title_zh=zh, start=start, end=start + dt.timedelta(hours=1.5)
            ).id
            for (en, zh), start in zip(TITLES, starts, strict=True)
        ]
        return t.id, ids


def _headers(qtbot: QtBot, db: Database, locale: str) -> tuple[TrainingEditor, list[list[str]]]:
    tid, _ids = _training(db)
    editor = TrainingEditor(db, locale=locale, training_id=tid)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    model = editor.attendance_model
    shown = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)).split("\n")
        for c in range(model.columnCount())
    ]
    return editor, shown


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_no_title_line_is_one_character_and_every_line_fits(qtbot: QtBot, db: Database, locale: str) -> None:
    editor, shown = _headers(qtbot, db, locale)
    measure = editor.attendance_view.horizontalHeader().fontMetrics().horizontalAdvance
    for lines in shown:
        # the number and day, then (for a session beside another in the same hours) its time
        title_lines = lines[2:] if lines[1] == "09:00" else lines[1:]
        assert 1 <= len(title_lines) <= 2, lines
        assert all(len(line) > 1 for line in title_lines), lines
        assert all(measure(line) <= AttendanceModel.HEADER_TEXT_WIDTH for line in title_lines), lines
    if locale == "zh_CN":
        assert shown[0][1:] in (["膜生物反应器"], ["膜生物", "反应器"]), shown[0]
        long = next(lines for lines in shown if lines[-2].startswith("污水处理厂"))
        whole = "污水处理厂数字化监测与智慧运维平台建设"
        # all of it, or cut with "…" when two lines cannot hold it (the tooltip has it all)
        assert "".join(long[-2:]) == whole or long[-1].endswith("…"), long


def test_parallel_sessions_show_their_start_time(qtbot: QtBot, db: Database) -> None:
    _editor, shown = _headers(qtbot, db, "en")
    assert "09:00" not in shown[0][:2] and "09:00" not in shown[1][:2]
    assert shown[2][1] == "09:00" and shown[3][1] == "09:00"
    # numbered as the command line numbers them
    assert [lines[0].split(" · ")[0] for lines in shown[:4]] == ["S1", "S2", "S3", "S4"]


def test_the_break_is_even_and_never_leaves_one_character() -> None:
    """Five characters fit a line: 膜生物反应器 is two lines of three, not five and one."""
    assert header_lines("膜生物反应器", len, 5) == ["膜生物", "反应器"]
    assert header_lines("融资与结业式", len, 5) == ["融资与", "结业式"]
    assert header_lines("Sewer networks and stormwater", len, 16) == ["Sewer networks", "and stormwater"]
    assert header_lines("污水处理厂数字化监测", len, 4) == ["污水处理", "厂数字…"]
    assert header_lines("短标题", len, 5) == ["短标题"]
