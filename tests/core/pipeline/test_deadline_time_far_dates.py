"""A timed deadline at the calendar's edge (9999-12-31, a placeholder some offices type for "no
deadline", or year 1) moved to the office's clock falls outside the dates Python holds: the
Projects list, its sorting and filters and ``petdesk projects`` raised OverflowError from inside
SQLite (review56). Such a deadline is shown and sorted by its own date."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from petdesk.db import Database
from petdesk.services import deadline_time, pipeline_lists
from petdesk.services import projects as project_service


@pytest.fixture
def east_of_everyone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The office's clock is the first to reach a new day."""
    monkeypatch.setenv("PETDESK_TZ", "Pacific/Kiritimati")


def test_a_deadline_on_the_last_day_there_is(db: Database, east_of_everyone: None) -> None:
    last = dt.date(9999, 12, 31)
    with db.transaction() as s:
        far = project_service.create_project(
            s, title_en="Far", deadline=last, deadline_time="23:00", deadline_zone="America/Los_Angeles"
        ).id
    query = pipeline_lists.projects("en")
    keys = [c.key for c in query.columns]
    with db.reading() as s:
        rows = query.page(s, offset=0, limit=10, sort_key="deadline")
        listed = project_service.list_projects(s)
        nexts = project_service.next_dates(s, listed, dt.date(2027, 1, 1))
        due = project_service.list_projects(s, due=(dt.date(9999, 12, 1), last))
    assert [r[1 + keys.index("title")] for r in rows] == ["Far"]
    assert nexts[far] == last
    assert [r.id for r in due] == [far]
    assert deadline_time.office_day(last, "23:00", "America/Los_Angeles") == last
    assert deadline_time.describe(last, "23:00", "America/Los_Angeles", "en").startswith("31 Dec 9999")


def test_a_deadline_on_the_first_day_there_is() -> None:
    first = dt.date(1, 1, 1)
    tokyo, utc = ZoneInfo("Asia/Tokyo"), ZoneInfo("UTC")
    assert deadline_time.sort_text(first, "01:00", "Asia/Tokyo", utc) == "0001-01-01"
    assert deadline_time.describe(first, "01:00", "Asia/Tokyo", "en", utc)
    assert deadline_time.office_day(first, "01:00", "Asia/Tokyo", tokyo) == first
