"""Review of round 61's project-import deadlines: a deadline cell that cannot be read (or whose
time of day cannot be stored) kept its row but lost its text, where the submitted, started and
ended dates keep theirs in the description; an offset the tz database has no fixed zone for
(-13:00) stopped the whole import with a KeyError."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.services import deadline_cell, past_projects

SHEET = (
    "Project,Funder,Status,Deadline\n"
    "Lake sensors,GIZ,submitted,end of March\n"
    "Sludge drying,GIZ,submitted,2027-03-31 17:00\n"
    "Rainwater tanks,GIZ,submitted,2027-03-31T17:00-13:00\n"
)


def test_review61_an_unread_deadline_stays_in_the_description(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "projects.csv"
    sheet.write_text(SHEET, "utf-8")
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, sheet)
    got = {p.title: p for p in plan.planned}
    assert set(got) == {"Lake sensors", "Sludge drying", "Rainwater tanks"}
    assert got["Lake sensors"].deadline is None
    assert "Deadline: end of March" in got["Lake sensors"].remark
    # the time without its zone is not stored: the cell is kept as written
    assert got["Sludge drying"].deadline == dt.date(2027, 3, 31)
    assert "Deadline: 2027-03-31 17:00" in got["Sludge drying"].remark


def test_review61_an_offset_with_no_fixed_zone_keeps_the_moment() -> None:
    day, time, zone = deadline_cell.stored(dt.date(2027, 3, 31), "17:00", dt.timedelta(hours=-13))
    moment = dt.datetime.combine(day, dt.time.fromisoformat(time), deadline_cell.ZoneInfo(zone))
    expected = dt.datetime(2027, 3, 31, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=-13)))
    assert moment == expected
