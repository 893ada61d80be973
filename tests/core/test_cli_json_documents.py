"""``--json`` of stats, visits (list and one), duplicates and backups: one JSON document on standard
output, English keys, ISO 8601 dates and times, whole ids, numbers as numbers, Chinese unescaped;
errors still on standard error with the usual exit codes."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import organisations as orgs
from petdesk.services import visits as vs


@pytest.fixture
def office(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        host = orgs.create_organisation(s, name_en="Chengdu Water Bureau", name_zh="成都市水务局").id
        head = cs.create_contact(
            s, family_name="Zhang", given_name="Wei", family_name_zh="张", given_name_zh="伟"
        ).id
        twin = cs.create_contact(
            s, family_name="Zhang", given_name="Wei", family_name_zh="张", given_name_zh="伟"
        ).id
        visit = vs.create_visit(
            s,
            title_en="Water delegation",
            title_zh="水务代表团",
            start_date=dt.date(2026, 12, 1),
            end_date=dt.date(2026, 12, 3),
            timezone="Asia/Shanghai",
            host_organisation_id=host,
        ).id
        vs.add_participant(s, visit, head, "head")
        vs.add_item(
            s,
            visit,
            start=dt.datetime(2026, 12, 1, 9, 0),
            end=dt.datetime(2026, 12, 1, 10, 30),
            title_en="Welcome meeting",
            title_zh="欢迎会",
        )
    return {"host": host, "head": head, "twin": twin, "visit": visit}


def document(argv: list[str], capsys: pytest.CaptureFixture[str]) -> Any:
    """The command's output, which must be exactly one JSON document with Chinese unescaped."""
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "\\u" not in out
    return json.loads(out)


def test_stats_json_counts_as_the_database(
    db: Database, office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    stats = document(["--db", str(db.path), "stats", "--json"], capsys)
    conn = sqlite3.connect(db.path)
    try:
        (contacts,) = conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()
        (office_id,) = conn.execute("SELECT id FROM office WHERE is_self = 1").fetchone()
    finally:
        conn.close()
    assert stats["counts"]["contacts"] == contacts == 2
    assert stats["counts"]["organisations"] == 1 and stats["counts"]["contact_methods"] == 0
    assert stats["office"]["id"] == office_id
    assert stats["database"] == str(db.path) and isinstance(stats["file_size_bytes"], int)


def test_visits_json_list_and_one(
    db: Database, office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", str(db.path), "--lang", "zh_CN"]  # the data's values, whatever the language
    listed = document([*base, "visits", "--json"], capsys)
    (row,) = listed["visits"]
    assert row["id"] == office["visit"]  # whole
    assert (row["title_zh"], row["status"], row["direction"]) == ("水务代表团", "planned", "inbound")
    assert (row["start_date"], row["end_date"]) == ("2026-12-01", "2026-12-03")
    assert (row["items"], row["participants"]) == (1, 1)
    assert row["host_zh"] == "成都市水务局"

    one = document([*base, "visits", office["visit"][:6], "--json"], capsys)
    assert one["id"] == office["visit"]
    assert one["host_organisation"] == {
        "id": office["host"],
        "name_en": "Chengdu Water Bureau",
        "name_zh": "成都市水务局",
    }
    (member,) = one["delegation"]
    assert member["role"] == "head" and member["contact"]["id"] == office["head"]
    assert member["contact"]["name_zh"] == "张伟"
    (item,) = one["itinerary"]
    # 09:00 in Shanghai is 01:00 UTC, written with its offset
    assert item["starts_at"] == "2026-12-01T01:00:00+00:00"
    assert dt.datetime.fromisoformat(item["ends_at"]) == dt.datetime(2026, 12, 1, 2, 30, tzinfo=dt.UTC)

    empty = document([*base, "visits", "--from", "2030-01-01", "--to", "2030-01-02", "--json"], capsys)
    assert empty == {"visits": []}
    assert main([*base, "visits", "zzzz", "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "zzzz" in captured.err


def test_duplicates_json(db: Database, office: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    found = document(["--db", str(db.path), "duplicates", "--json"], capsys)
    assert found["total"] == 1
    (pair,) = found["pairs"]
    assert {pair["first_id"], pair["second_id"]} == {office["head"], office["twin"]}
    assert isinstance(pair["score"], float) and pair["score"] >= 0.5
    assert "same Chinese name 张伟" in pair["reasons"]
    of = document(["--db", str(db.path), "duplicates", "--of", office["twin"], "--json"], capsys)
    assert [p["second_id"] for p in of["pairs"]] == [office["head"]]


def test_backups_json(db: Database, office: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", str(db.path)]
    assert document([*base, "backups", "--json"], capsys)["backups"] == []
    assert main([*base, "backup"]) == 0
    capsys.readouterr()
    listed = document([*base, "backups", "--json"], capsys)
    (one,) = listed["backups"]
    assert one["counts"]["contact"] == 2 and one["ok"] is True and one["encrypted"] is False
    assert one["size_bytes"] > 0 and one["file"].endswith(".gz")
    assert dt.datetime.fromisoformat(one["created"]).utcoffset() == dt.timedelta(0)
