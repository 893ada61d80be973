"""Findings of field tests 107 (New Delhi) and 108 (Jakarta) in ``import-visits``: a visit dated after
today comes in planned, not done, and the report counts both; "05/08/2027" is read the way the office's
country writes dates (day first in India and Indonesia, month first in the US), said once, and skipped
with the reason where the office has no country or one writing the year first (China)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk.cli import main
from petdesk.day_order import day_order
from petdesk.db import Database
from petdesk.models import Training, Visit
from petdesk.models.enums import VisitStatus
from petdesk.services import past_visits
from petdesk.services.invitation import set_office_settings
from petdesk.written_days import reads_two_ways, written_day
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

LIST = Path(__file__).parents[1] / "data" / "import" / "field108" / "visit_list.csv"


def _sheet(tmp_path: Path) -> Path:
    later = dt.date.today() + dt.timedelta(days=200)
    path = tmp_path / "visits.csv"
    path.write_text(
        "日期,代表团,国家,人数\n"
        "2019.5.12-5.15,维也纳水务代表团,奥地利,6\n"
        f"{later:%Y.%m.%d},泗水市代表团,印度尼西亚,5\n"
        f"{later:%Y.%m.%d},新德里市代表团,印度,4\n",
        encoding="utf-8",
    )
    return path


def test_a_visit_after_today_comes_in_planned(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        result = past_visits.import_past_visits(s, _sheet(tmp_path))
        statuses = {v.title_zh: v.status for v in s.scalars(select(Visit))}
    assert statuses == {
        "维也纳水务代表团": VisitStatus.DONE,
        "泗水市代表团": VisitStatus.PLANNED,
        "新德里市代表团": VisitStatus.PLANNED,
    }
    assert [a.status for a in result.added] == ["done", "planned", "planned"] and result.planned == 2
    lines = past_visits.report_lines(result, "en")
    assert "Done: 1 · planned (dated after today): 2" in lines
    assert lines[1].endswith("(Planned)") and not lines[0].endswith("(Planned)")


@pytest.mark.usefixtures("tree_catalogue")
def test_the_command_says_how_many_are_planned(db: Database, tmp_path: Path, capsys) -> None:
    path = _sheet(tmp_path)
    assert main(["--db", str(db.path), "import-visits", str(path), "--dry-run", "--lang", "zh_CN"]) == 0
    assert "已完成：1 · 计划中（日期在今天之后）：2" in capsys.readouterr().out


def test_a_training_after_today_comes_in_planned(db: Database, tmp_path: Path) -> None:
    later = dt.date.today() + dt.timedelta(days=30)
    path = tmp_path / "trainings.csv"
    path.write_text(
        f"日期,培训名称\n2020.3.2,污水处理培训\n{later:%Y-%m-%d},海绵城市培训\n", encoding="utf-8"
    )
    with db.transaction() as s:
        result = past_visits.import_past_visits(s, path, kind=past_visits.TRAININGS)
        statuses = {t.title_zh: t.status.value for t in s.scalars(select(Training))}
    assert statuses == {"污水处理培训": "done", "海绵城市培训": "planned"}
    assert "Done: 1 · planned (dated after today): 1" in past_visits.report_lines(result, "en")


@pytest.mark.parametrize(
    ("country", "order"),
    [("IN", "dmy"), ("ID", "dmy"), ("DE", "dmy"), ("US", "mdy"), ("CN", "ymd"), ("", None), ("ZZ", None)],
)
def test_how_a_country_writes_dates(country: str, order: str | None) -> None:
    assert day_order(country) == order


@pytest.mark.parametrize(
    ("order", "day"),
    [("dmy", dt.date(2027, 8, 5)), ("mdy", dt.date(2027, 5, 8)), ("ymd", None), (None, None)],
)
def test_a_date_that_reads_two_ways(order: str | None, day: dt.date | None) -> None:
    assert reads_two_ways("05/08/2027") and not reads_two_ways("17/08/2027")
    assert not reads_two_ways("05/05/2027")
    assert written_day("05/08/2027", order) == day
    assert written_day("17/08/2027", order) == dt.date(2027, 8, 17)  # one way only, whatever the order


@pytest.mark.parametrize(
    ("country", "day", "said"),
    [
        (
            "ID",
            dt.date(2027, 8, 5),
            "read day first (5 August), as the office's country writes them (Indonesia)",
        ),
        ("IN", dt.date(2027, 8, 5), "read day first (5 August), as the office's country writes them (India)"),
        (
            "US",
            dt.date(2027, 5, 8),
            "read month first (May 8), as the office's country writes them (United States)",
        ),
    ],
)
def test_read_as_the_office_country_writes_dates(db: Database, country: str, day: dt.date, said: str) -> None:
    with db.transaction() as s:
        set_office_settings(s, country=country)
        result = past_visits.import_past_visits(s, LIST)
    assert [a.start for a in result.added if a.row == 6] == [day] and not result.skipped
    lines = past_visits.report_lines(result, "en")
    assert said in lines[0] and sum(said in line for line in lines) == 1  # said once


@pytest.mark.parametrize(
    ("country", "reason"),
    [
        ("", "and the office's country is not set: set it (petdesk office --country)"),
        ("CN", "and dates in China are written year first: write it year first (2027-08-05)"),
    ],
)
def test_still_skipped_and_said(db: Database, country: str, reason: str) -> None:
    with db.transaction() as s:
        if country:
            set_office_settings(s, country=country)
        result = past_visits.import_past_visits(s, LIST)
    assert [k.row for k in result.skipped] == [6]
    text = "\n".join(past_visits.report_lines(result, "en"))
    assert "row 6 skipped: “05/08/2027” reads two ways (day or month first)" in text and reason in text
