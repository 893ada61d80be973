"""Bangkok hub office (field test 120): the projects sheet Excel saves as "CSV UTF-8". Its Thai/English
headers ("ชื่อโครงการ / Project") named no column; with them named, every baht amount ("฿12,500,000",
"12.5 ล้านบาท", "THB 3 ล้าน", "3,000,000 บาท") was "not a number" and its row refused, and a
Buddhist-era deadline ("15/03/2570") was stored as the year 2570, silently."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import past_projects, past_visits
from petdesk.thai_dates import buddhist_day

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field120"


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        ("฿12,500,000", 12_500_000.0),
        ("12.5 ล้านบาท", 12_500_000.0),
        ("THB 3 ล้าน", 3_000_000.0),
        ("3,000,000 บาท", 3_000_000.0),
        ("๓,๐๐๐,๐๐๐ บาท", 3_000_000.0),
    ],
)
def test_baht_amounts(cell: str, amount: float) -> None:
    assert past_projects.parse_money(cell, currency="CNY")[:2] == (amount, "THB")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("15/03/2570", dt.date(2027, 3, 15)),
        ("15 มี.ค. 2570", dt.date(2027, 3, 15)),
        ("๓๐/๐๙/๒๕๗๐", dt.date(2027, 9, 30)),
        ("1 ตุลาคม พ.ศ. 2569", dt.date(2026, 10, 1)),
        ("15/03/2027", None),
        ("31/02/2570", None),
    ],
)
def test_buddhist_era_days(text: str, day: dt.date | None) -> None:
    assert buddhist_day(text) == day


def test_a_buddhist_date_is_converted_and_said() -> None:
    day, note = past_projects.parse_day("15/03/2570")
    assert day == dt.date(2027, 3, 15)
    assert note is not None and note.sentence == past_projects.BUDDHIST_TAKEN
    assert past_visits.parse_dates("15/03/2570", "17/03/2570") == (dt.date(2027, 3, 15), dt.date(2027, 3, 17))


def test_the_bangkok_sheet(db: Database) -> None:
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "projects_th_utf8_bom.csv")
    assert not result.skipped
    by_title = {p.title: p for p in result.planned}
    assert len(by_title) == 4
    bangkok = by_title["Bangkok waste-to-energy feasibility"]
    assert (bangkok.amount, bangkok.currency) == (12_500_000.0, "THB")
    assert bangkok.deadline == dt.date(2027, 3, 15)
    assert by_title["Green bond training"].deadline == dt.date(2027, 9, 30)


def test_thai_sara_am_is_stored_as_written(db: Database) -> None:
    """ำ was taken apart by NFKC (ํ + า): "บำบัด" stored as "บําบัด", another string to every program."""
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "projects_th_utf8_bom.csv")
    titles = {p.title for p in result.planned}
    assert "ระบบบำบัดน้ำเสียนิคมอุตสาหกรรม" in titles
    assert not any("\u0e4d" in title for title in titles)


@pytest.mark.parametrize(
    ("cell", "stored"),
    [
        ("บำบัด", "บำบัด"),  # Thai sara am kept
        ("ນ້ຳ", "ນ້ຳ"),  # Lao am kept
        ("ㄱㄴ", "ㄱㄴ"),  # Hangul compatibility jamo kept
        ("２０２７\u3000ﬁle", "2027 file"),  # full-width forms and ligatures still made plain
    ],
)
def test_cells_keep_letters_nfkc_would_take_apart(cell: str, stored: str) -> None:
    assert past_visits._text(cell) == stored
