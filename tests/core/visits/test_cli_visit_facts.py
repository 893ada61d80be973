"""``petdesk visits`` lists a visit's delegation country and head count (0070) and counts the visits by
country; ``petdesk visits ID`` and ``--json`` say them too."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import visits as vs


@pytest.fixture
def hanoi(db: Database) -> str:
    with db.transaction() as s:
        first = vs.create_visit(
            s,
            title_en="Hanoi water",
            start_date=dt.date(2027, 3, 1),
            end_date=dt.date(2027, 3, 3),
            country="VN",
        )
        vs.update_visit(s, first.id, head_count=8)
        vs.create_visit(
            s,
            title_zh="河内代表团",
            start_date=dt.date(2027, 4, 1),
            end_date=dt.date(2027, 4, 2),
            country="VN",
        )
        vs.create_visit(s, title_en="Bonn", start_date=dt.date(2027, 5, 1), end_date=dt.date(2027, 5, 2))
        return first.id


def test_the_list_says_country_and_size_and_counts_by_country(db: Database, hanoi: str, capsys) -> None:
    assert main(["--db", str(db.path), "--lang", "zh_CN", "visits"]) == 0
    out = capsys.readouterr().out
    hanoi_line = next(line for line in out.splitlines() if "Hanoi water" in line)
    assert "越南" in hanoi_line and "代表团 8 人" in hanoi_line
    tally = out.split("按国家：")[1].splitlines()
    assert [line.split() for line in tally if line.strip()] == [
        ["越南", "2", "次代表团访问，8", "人"],
        ["未记录国家", "1", "次代表团访问，0", "人"],
    ]


def test_show_and_json_say_them(db: Database, hanoi: str, capsys) -> None:
    assert main(["--db", str(db.path), "--lang", "en", "visits", hanoi[:8]]) == 0
    out = capsys.readouterr().out
    assert "country: Vietnam (VN)" in out and "head count: 8" in out
    assert main(["--db", str(db.path), "--lang", "zh_CN", "visits", hanoi[:8]]) == 0
    out = capsys.readouterr().out
    assert "国家：越南（VN）" in out and "人数：8" in out
    assert main(["--db", str(db.path), "visits", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["visits"]
    assert [(r["country"], r["head_count"]) for r in rows] == [("VN", 8), ("VN", None), (None, None)]
