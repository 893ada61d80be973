"""One rule for which project deadlines matter, in the reminders and on the calendar (field test
9, defect 9): open projects only, and a past deadline of an open project is overdue in both."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import calendar, reminders
from petdesk.services import projects as project_service

TODAY = dt.date(2026, 12, 5)


def _calendar_titles(db: Database) -> set[str]:
    with db.reading() as s:
        found = calendar.events_between_dates(s, dt.date(2026, 11, 1), dt.date(2026, 12, 31), ZoneInfo("UTC"))
        return {e.title_en for e in found if e.kind == calendar.DEADLINE}


def _reminded(db: Database) -> dict[str, str]:
    with db.reading() as s:
        return {r.title_en: r.kind for r in reminders.reminders(s, today=TODAY, days=30)}


def test_rejected_projects_drop_out_of_both_and_missed_deadlines_are_overdue_in_both(db: Database) -> None:
    with db.transaction() as s:
        rejected = project_service.create_project(s, title_en="Huizhou VOCs", deadline=dt.date(2026, 11, 30))
        project_service.add_milestone(s, rejected.id, title_en="Concept note", due=dt.date(2026, 12, 10))
        project_service.move_project(s, rejected.id, ProjectStatus.REJECTED)
        missed = project_service.create_project(s, title_en="Sludge pilot", deadline=dt.date(2026, 11, 28))
        coming = project_service.create_project(
            s, title_en="Leak control", deadline=dt.date(2026, 12, 20), stage=ProjectStatus.SUBMITTED
        )
        closed = project_service.create_project(s, title_en="Old study", deadline=dt.date(2026, 12, 15))
        project_service.move_project(s, closed.id, ProjectStatus.CLOSED)
        assert missed.id and coming.id

    assert _calendar_titles(db) == {"Deadline: Sludge pilot", "Deadline: Leak control"}
    assert _reminded(db) == {
        "Sludge pilot": reminders.PROJECT_DEADLINE_OVERDUE,
        "Leak control": reminders.PROJECT_DEADLINE,
    }
    with db.reading() as s:
        [overdue] = [r for r in reminders.reminders(s, today=TODAY) if r.title_en == "Sludge pilot"]
    assert overdue.urgent
    assert overdue.describe("en", TODAY).startswith("Project “Sludge pilot”: the deadline passed ")


def test_a_submitted_projects_passed_deadline_is_met_on_the_calendar_and_an_ended_ones_dates_are_gone(
    db: Database,
) -> None:
    """Field test 37: the calendar drew a submitted project's passed deadline as a deadline (red)
    while the reminders and the home page no longer call it overdue."""
    with db.transaction() as s:
        submitted = project_service.create_project(
            s, title_en="Sludge to energy Wuhan", title_zh="武汉污泥能源化", deadline=dt.date(2026, 11, 30)
        )
        project_service.add_milestone(s, submitted.id, title_en="Interim report", due=dt.date(2026, 12, 1))
        project_service.move_project(s, submitted.id, ProjectStatus.SUBMITTED)
        running = project_service.create_project(
            s, title_en="Leak control", deadline=dt.date(2026, 12, 20), stage=ProjectStatus.RUNNING
        )
        missed = project_service.create_project(s, title_en="Sludge pilot", deadline=dt.date(2026, 11, 28))
        closed = project_service.create_project(s, title_en="Old study", deadline=dt.date(2026, 12, 15))
        project_service.add_milestone(s, closed.id, title_en="Final report", due=dt.date(2026, 12, 18))
        project_service.move_project(s, closed.id, ProjectStatus.CLOSED)
        assert running.id and missed.id

    with db.reading() as s:
        found = calendar.events_between_dates(
            s, dt.date(2026, 11, 1), dt.date(2026, 12, 31), ZoneInfo("UTC"), today=TODAY
        )
    shown = {e.title_en: e.met for e in found if e.kind == calendar.DEADLINE}
    assert shown == {
        "Deadline met: Sludge to energy Wuhan": True,  # submitted: met, not overdue
        "Interim report": False,  # its open report is still owed (the reminders say overdue)
        "Deadline: Leak control": False,  # running, but the day is to come
        "Deadline: Sludge pilot": False,  # never applied for: missed
    }
    [met] = [e for e in found if e.met]
    assert met.title("zh") == "截止日期（已按期申请）：武汉污泥能源化"
    assert set(_reminded(db)) == {"Interim report — Sludge to energy Wuhan", "Leak control", "Sludge pilot"}
