"""A project's deadline at a time in the funder's zone (0072_project_deadline_time): checked in plain
words, shown on the office's clock with the funder's beside it, sorted and filtered by the real
moment, and carried to other offices; an older file upgrades with the fields empty."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.services import deadline_time, pipeline_lists
from petdesk.services import projects as project_service
from petdesk.services.projects import PipelineError
from tests.core.sync.helpers import make_office, send
from tests.helpers.old_files import set_back_to

BEIJING = "Asia/Shanghai"


@pytest.fixture
def in_beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The office's computer keeps Beijing time."""
    monkeypatch.setenv("PETDESK_TZ", BEIJING)


def test_a_washington_deadline_reads_the_next_morning_in_beijing() -> None:
    day = dt.date(2027, 3, 17)  # Washington keeps summer time from 14 March: 17:00 is 21:00 UTC
    beijing = ZoneInfo(BEIJING)
    assert deadline_time.office_day(day, "17:00", "America/New_York", beijing) == dt.date(2027, 3, 18)
    assert deadline_time.describe(day, "17:00", "America/New_York", "en", beijing) == (
        "18 Mar 2027 05:00 (17 Mar 17:00 New York)"
    )
    assert deadline_time.describe(day, "17:00", "America/New_York", "zh_CN", beijing) == (
        "2027年3月18日 05:00（3月17日 17:00 纽约）"
    )
    # a whole day stays a date; the funder's own zone shows its time once
    assert deadline_time.describe(day, "", "", "en", beijing) == "17 Mar 2027"
    assert deadline_time.describe(day, "17:00", BEIJING, "en", beijing) == "17 Mar 2027 17:00 (Shanghai)"


@pytest.mark.parametrize(
    ("time", "zone", "words"),
    [
        ("25:00", "Europe/Brussels", "no time of day"),
        ("5pm", "Europe/Brussels", "no time of day"),
        ("17:00", "Europe/Bruxelles", "unknown time zone"),
        ("17:00", "", "needs its time zone"),
    ],
)
def test_a_bad_time_or_unknown_zone_is_refused_in_words(
    db: Database, time: str, zone: str, words: str
) -> None:
    with db.transaction() as s, pytest.raises(PipelineError, match=words):
        project_service.create_project(
            s, title_en="EU call", deadline=dt.date(2027, 3, 17), deadline_time=time, deadline_zone=zone
        )


def _projects(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        return {
            title: project_service.create_project(
                s, title_en=title, deadline=dt.date(2027, 3, 17), deadline_time=time, deadline_zone=zone
            ).id
            for title, time, zone in (
                ("GEF", "17:00", "America/New_York"),
                ("Beijing late", "23:00", BEIJING),
                ("Whole day", "", ""),
            )
        }


def test_next_deadline_sorts_by_the_real_moment(db: Database, in_beijing: None) -> None:
    """17:00 Washington (05:00 the 18th in Beijing, in US summer time) sorts after 23:00 Beijing
    of the same date."""
    _projects(db)
    query = pipeline_lists.projects("en")
    keys = [c.key for c in query.columns]
    with db.reading() as s:
        for key in ("next_date", "deadline"):
            rows = query.page(s, offset=0, limit=10, sort_key=key)
            titles = [r[1 + keys.index("title")] for r in rows]
            assert titles == ["Whole day", "Beijing late", "GEF"], key
        gef = next(r for r in rows if r[1 + keys.index("title")] == "GEF")
    cell = gef[1 + keys.index("next_date")]
    assert deadline_time.list_cell(cell, "en") == "18 Mar 2027 05:00 (17 Mar 17:00 New York)"


def test_the_due_filter_takes_the_real_moment(db: Database, in_beijing: None) -> None:
    """Due by the 17th in Beijing: the Washington deadline is the 18th here, so it is not."""
    ids = _projects(db)
    due = (dt.date(2027, 3, 10), dt.date(2027, 3, 17))
    with db.reading() as s:
        found = {r.id for r in project_service.list_projects(s, due=due)}
    assert found == {ids["Beijing late"], ids["Whole day"]}
    with db.reading() as s:
        later = {r.id for r in project_service.list_projects(s, due=(due[0], dt.date(2027, 3, 18)))}
        rows = project_service.list_projects(s)
        nexts = project_service.next_dates(s, rows, dt.date(2027, 3, 10))
    assert later == set(ids.values())
    assert nexts[ids["GEF"]] == dt.date(2027, 3, 18)


def test_time_and_zone_travel_and_an_older_file_upgrades_empty(tmp_path: Path) -> None:
    beijing, bonn = (make_office(tmp_path, name) for name in ("Beijing", "Bonn"))
    ids = _projects(beijing)
    send(beijing, bonn, tmp_path)
    with bonn.reading() as s:
        gef = s.get(m.Project, ids["GEF"])
        assert gef is not None and (gef.deadline_time, gef.deadline_zone) == ("17:00", "America/New_York")
    with bonn.transaction() as s:
        project_service.update_project(s, ids["GEF"], deadline_time="12:00", deadline_zone="Europe/Brussels")
    send(bonn, beijing, tmp_path)
    with beijing.reading() as s:
        gef = s.get(m.Project, ids["GEF"])
        assert gef is not None and (gef.deadline_time, gef.deadline_zone) == ("12:00", "Europe/Brussels")
    bonn.close()
    # An office still at 0071 had projects with a date only: after the upgrade they are whole days.
    beijing.close()
    set_back_to(beijing.path, "0071_organisation_postal_code")
    upgraded = open_database(beijing.path)
    try:
        with upgraded.reading() as s:
            rows = {p.title_en: (p.deadline, p.deadline_time, p.deadline_zone) for p in s.query(m.Project)}
        assert rows["GEF"] == (dt.date(2027, 3, 17), "", "")
        assert len(rows) == 3 and all(v[1:] == ("", "") for v in rows.values())
    finally:
        upgraded.close()


def test_the_zone_follows_a_funder_of_one_clock() -> None:
    assert deadline_time.funder_zone("BE") == "Europe/Brussels"
    assert deadline_time.funder_zone("US") == ""  # several clocks: the user picks
    assert deadline_time.funder_zone(None) == ""
