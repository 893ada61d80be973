"""A timed deadline is passed, overdue or met by its real moment, not by its day: a call closing at
09:00 New York on 17 March 2027 (21:00 in Beijing) has passed at 22:30 Beijing time that evening,
though it is still "the 17th" here; and it is drawn on the calendar at its time, not as all day."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import calendar as calendar_service
from petdesk.services import deadline_time
from petdesk.services import home as home_service
from petdesk.services import projects as project_service
from petdesk.services import reminders as reminder_service

DAY = dt.date(2027, 3, 17)  # New York keeps summer time from the 14th: 09:00 is 13:00 UTC
BEIJING = ZoneInfo("Asia/Shanghai")


@pytest.fixture(autouse=True)
def evening_in_beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The office keeps Beijing time, and it is 22:30 on the 17th there."""
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")
    monkeypatch.setattr(deadline_time, "office_now", lambda: dt.datetime(2027, 3, 17, 22, 30), raising=False)


def _project(db: Database, title: str, time: str, stage: ProjectStatus = ProjectStatus.PREPARING) -> str:
    with db.transaction() as s:
        return project_service.create_project(
            s, title_en=title, stage=stage, deadline=DAY, deadline_time=time, deadline_zone="America/New_York"
        ).id


def test_a_passed_moment_today_is_overdue_in_the_reminders_and_on_home(db: Database) -> None:
    _project(db, "Morning call", "09:00")
    with db.reading() as s:
        (reminder,) = reminder_service.reminders(s, today=DAY, days=0)
        (entry,) = home_service.project_deadlines(s, today=DAY, days=0)
    assert reminder.kind == reminder_service.PROJECT_DEADLINE_OVERDUE
    assert entry.urgent


def test_a_moment_still_to_come_today_is_not_overdue(db: Database) -> None:
    _project(db, "Evening call", "10:00")  # 22:00 here: passed half an hour ago
    _project(db, "Late call", "11:00")  # 23:00 here: to come
    with db.reading() as s:
        kinds = {r.title_en: r.kind for r in reminder_service.reminders(s, today=DAY, days=0)}
    assert kinds == {
        "Evening call": reminder_service.PROJECT_DEADLINE_OVERDUE,
        "Late call": reminder_service.PROJECT_DEADLINE,
    }


def test_a_submitted_application_met_its_passed_moment(db: Database) -> None:
    pid = _project(db, "Sent call", "09:00", ProjectStatus.SUBMITTED)
    with db.reading() as s:
        assert not reminder_service.reminders(s, today=DAY, days=0)
        assert not home_service.project_deadlines(s, today=DAY, days=0)
        assert pid not in {r.id for r in project_service.list_projects(s, due=(DAY, DAY))}
        (event,) = calendar_service.events_between_dates(s, DAY, DAY, BEIJING, today=DAY)
    assert event.met


def test_the_calendar_draws_a_timed_deadline_at_its_time_here(db: Database) -> None:
    _project(db, "Morning call", "09:00")
    with db.reading() as s:
        (event,) = calendar_service.events_between_dates(s, DAY, DAY, BEIJING, today=dt.date(2027, 3, 1))
    assert not event.all_day
    assert event.starts_at.astimezone(BEIJING).replace(tzinfo=None) == dt.datetime(2027, 3, 17, 21, 0)
    assert event.local_start().strftime("%H:%M") == "09:00"  # "at the place": the funder's clock
    assert calendar_service.by_day([event], DAY, DAY, BEIJING)[DAY] == [event]
