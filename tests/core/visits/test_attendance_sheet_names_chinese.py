"""Field test "fieldtraining60": the attendance workbook written from the Chinese window had its
column headers Chinese first but its sheets named "attendees", "organisations", "sessions" and
"grid", as the market report's workbook no longer does for a Chinese reader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from petdesk.db import Database
from petdesk.services import attendance
from petdesk.services import trainings as ts


def _workbook(db: Database, path: Path, lang: str) -> list[str]:
    with db.transaction() as s:
        t = ts.create_training(
            s, start_date=dt.date(2027, 3, 16), end_date=dt.date(2027, 3, 16), title_zh="城市污水管理培训"
        )
        ts.add_session(
            s, t.id, start=dt.datetime(2027, 3, 16, 9), end=dt.datetime(2027, 3, 16, 12), title_zh="开幕"
        )
        report = attendance.attendance_report(s, t.id, lang=lang)
    attendance.write_report(report, path)
    return load_workbook(path).sheetnames


def test_a_chinese_readers_workbook_names_its_sheets_in_chinese(db: Database, tmp_path: Path) -> None:
    assert _workbook(db, tmp_path / "出勤.xlsx", "zh_CN") == ["学员", "单位", "课程", "出勤表"]


def test_an_english_readers_workbook_keeps_its_names(db: Database, tmp_path: Path) -> None:
    assert _workbook(db, tmp_path / "a.xlsx", "en") == ["attendees", "organisations", "sessions", "grid"]
