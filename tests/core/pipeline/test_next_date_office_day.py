"""The Projects list's next date counts by the office's day, as the reminders and Home do since
deadline57: its "today" was SQLite's local day (the computer's), so with PETDESK_TZ ahead of the
computer's zone a whole-day deadline met yesterday (the office's yesterday) still showed (review57)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import deadline_time, project_dates
from petdesk.services import projects as project_service


def _next_dates(db: Database) -> dict[str, str | None]:
    p = m.Project
    with db.reading() as s:
        rows = s.execute(select(p.title_en, project_dates.next_date_sql(p, m.ProjectMilestone)))
        return {title: next_date for title, next_date in rows}


def test_next_date_uses_the_office_day(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    with db.reading() as s:
        computer_day = dt.date.fromisoformat(s.execute(text("SELECT date('now', 'localtime')")).scalar_one())
    office_day = computer_day + dt.timedelta(days=1)  # the office is a day ahead of the computer's clock
    monkeypatch.setattr(deadline_time, "office_now", lambda: dt.datetime.combine(office_day, dt.time(7, 0)))
    with db.transaction() as s:
        for title, stage in (("Sent", ProjectStatus.SUBMITTED), ("Open", ProjectStatus.PREPARING)):
            project_service.create_project(s, title_en=title, stage=stage, deadline=computer_day)
    # "Sent" met its deadline (the office's yesterday); "Open" still shows it, overdue
    assert _next_dates(db) == {"Sent": None, "Open": computer_day.isoformat()}
    assert project_dates.next_date(ProjectStatus.SUBMITTED, computer_day, [], office_day) is None  # one rule
