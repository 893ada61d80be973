"""Review of round 61: a second "present" in a parallel session is refused naming the other
session; ``training-attendance`` named it in the reader's language, but the window (and any caller
of ``messages.explain``) read the English title inside the Chinese sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.enums import AttendanceStatus
from petdesk.messages import explain
from petdesk.services import trainings as ts
from tests.core.visits.data import person


def test_review61_the_other_session_is_named_in_chinese_in_the_window(db: Database) -> None:
    day = dt.date(2026, 12, 31)
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Sponge cities", start_date=day, end_date=day, timezone="Asia/Shanghai"
        )
        start = dt.datetime(2026, 12, 31, 9)
        first, second = (
            ts.add_session(s, t.id, title_en=en, title_zh=zh, start=start, end=start.replace(hour=12))
            for en, zh in (("Technology options", "技术方案"), ("Sponge city design", "海绵城市设计"))
        )
        gao = person(s, "Shiyu", "Gao").id
        ts.register(s, t.id, gao)
        ts.set_attendance(s, first.id, gao, AttendanceStatus.PRESENT)
        with pytest.raises(ts.AtTheSameTime) as refused:
            ts.set_attendance(s, second.id, gao, AttendanceStatus.PRESENT)
    said = explain(refused.value, "zh_CN")
    assert "技术方案" in said and "Technology options" not in said
    assert "Technology options" in explain(refused.value, "en")
