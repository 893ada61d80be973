"""Round 61 review: ``attendance mark`` refusing a second "present" in a parallel session named the
other session by its English title inside the Chinese sentence (the service built the label in
English); it names it in the reader's language now."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import trainings as training_service
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # a fixture


@pytest.mark.usefixtures("tree_catalogue")
def test_the_parallel_session_is_named_in_chinese(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        t = training_service.create_training(
            s, title_en="Wastewater course", start_date=dt.date(2026, 11, 10),
            end_date=dt.date(2026, 11, 10), timezone="Asia/Shanghai",
        )  # fmt: skip
        start, end = dt.datetime(2026, 11, 10, 9), dt.datetime(2026, 11, 10, 12)
        a, b = (
            training_service.add_session(
                s, t.id, start=start, end=end, title_en=en, title_zh=zh
            ).id
            for en, zh in (("Breakout A", "分组讨论甲"), ("Breakout B", "分组讨论乙"))
        )  # fmt: skip
        who = person(s, "Wei", "Wang").id
        training_service.register(s, t.id, who)
        training_service.set_attendance(s, a, who, "present")
    code = main(["--db", str(db.path), "attendance", "mark", b[:8], who[:8], "--lang", "zh_CN"])
    err = capsys.readouterr().err
    assert code == 1
    assert "分组讨论甲" in err and "Breakout" not in err, err
    assert "未保存" in err, err
