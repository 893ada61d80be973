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


def test_the_visits_preview_says_a_buddhist_date_was_converted(db: Database, tmp_path: Path) -> None:
    """The visits import read "15/03/2570" as 15 March 2027 without a word, where the projects
    preview says it; now each row says so, in both languages."""
    sheet = tmp_path / "visits_th.csv"
    sheet.write_text(
        "Delegation,Date,End,Country\nIEAT study tour,15/03/2570,17/03/2570,Thailand\n"
        "Kasetsart visit,2027-06-01,2027-06-02,Thailand\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        result = past_visits.import_past_visits(s, sheet)
    assert [a.start for a in result.added] == [dt.date(2027, 3, 15), dt.date(2027, 6, 1)]
    english = past_visits.report_lines(result, "en", dry_run=True)
    said = [line.strip() for line in english if "Buddhist" in line]
    assert said == [
        "15/03/2570 is a date in the Buddhist era: 15 Mar 2027 is taken",
        "17/03/2570 is a date in the Buddhist era: 17 Mar 2027 is taken",
    ]
    chinese = "\n".join(past_visits.report_lines(result, "zh_CN", dry_run=True))
    assert "15/03/2570" in chinese and "佛历" in chinese


def test_a_buddhist_date_does_not_read_two_ways(db: Database, tmp_path: Path) -> None:
    """02/11/2569 is day first, as Thai writes it: the report said it was read month first, as the
    office's country "()" writes dates (window walk 58, screenshots)."""
    sheet = tmp_path / "visits_th.csv"
    sheet.write_text("Delegation,Date,End\nBMA waste team,02/11/2569,04/11/2569\n", encoding="utf-8")
    with db.transaction() as s:
        result = past_visits.import_past_visits(s, sheet)
    assert result.two_way_dates == 0
    assert not any("were read" in line for line in past_visits.report_lines(result, "en"))
