"""The one rule for which project dates need attention, shared by the reminders and the calendar.

A rejected or closed project is over: its deadline and open milestones are history. An open
project's date that has passed is overdue, and all show it (field test 9, defect 9: the calendar
showed a rejected project's deadline while the reminders left out every passed deadline; the home
page showed deadlines only of projects at idea or preparing, and never an overdue one). Kept
apart from ``services.projects`` so that the calendar does not load the whole project service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, and_, case, func, or_, select, type_coerce

from petdesk.enums import stored
from petdesk.models.enums import ProjectStatus

#: Stages at which a project is over: its deadline and open milestones no longer matter.
ENDED_STAGES: tuple[ProjectStatus, ...] = (ProjectStatus.REJECTED, ProjectStatus.CLOSED)


#: Stages at which the application went in: its deadline was met, and is not overdue once passed
#: (field test 37, §9: the home page said "the deadline passed" of a submitted project).
APPLIED_STAGES: tuple[ProjectStatus, ...] = (
    ProjectStatus.SUBMITTED,
    ProjectStatus.APPROVED,
    ProjectStatus.RUNNING,
)


def deadline_matters_sql(project: str = "p", today: str = ":today", now: str = ":now") -> str:
    """SQL condition: the application deadline of the project aliased ``project`` still needs
    attention on the day bound as ``today``: the application has not gone in, or the deadline is
    to come: a whole day from ``today`` on, a timed one after the moment bound as ``now``
    (``deadline_time.now_text``; 09:00 New York has passed by the evening in Beijing)."""
    applied = ", ".join(f"'{stage.value}'" for stage in APPLIED_STAGES)
    return f"({project}.status NOT IN ({applied}) OR {to_come_sql(project, today, now)})"


def to_come_sql(project: str = "p", today: str = ":today", now: str = ":now") -> str:
    """SQL: the deadline of the project aliased ``project`` has not passed (``deadline_time.passed``)."""
    here = f"petdesk_deadline_here({project}.deadline, {project}.deadline_time, {project}.deadline_zone)"
    return f"({here} > {now} OR (length({here}) = 10 AND {here} >= {today}))"


def deadline_day_sql(project: str = "p") -> str:
    """SQL: the day ("YYYY-MM-DD") the deadline of the project aliased ``project`` falls on in this
    office: a timed one's by its moment (17:00 Washington is the next day in Beijing), else its
    date (``deadline_time.office_day``, through the function ``db`` registers)."""
    here = f"petdesk_deadline_here({project}.deadline, {project}.deadline_time, {project}.deadline_zone)"
    return f"substr({here}, 1, 10)"


def deadline_matters(
    stage: ProjectStatus | str, deadline: dt.date, today: dt.date, *, here: str | None = None
) -> bool:
    """:func:`deadline_matters_sql` for one project; ``here`` is its deadline as
    ``deadline_time.sort_text`` gives it, for a timed one (compared by its moment)."""
    from petdesk.services.deadline_time import passed

    if stored(ProjectStatus, stage) not in APPLIED_STAGES:
        return True
    return not passed(here, today) if here else deadline >= today


def dates_matter_sql(project: str = "p") -> str:
    """SQL condition on the project table aliased ``project``: its dates matter (it is open)."""
    ended = ", ".join(f"'{stage.value}'" for stage in ENDED_STAGES)
    return f"{project}.status NOT IN ({ended})"


#: How far back an open project's passed date still shows as overdue (a report nobody sent is still
#: owed; older ones are history, not reminders).
OVERDUE_WINDOW = dt.timedelta(days=90)


def overdue_since(today: dt.date) -> dt.date:
    """The earliest passed date of an open project that still shows, as overdue."""
    return today - OVERDUE_WINDOW


def dates_matter(stage: ProjectStatus | str) -> bool:
    """A project at ``stage`` is open: its deadline and open milestones need attention."""
    return stored(ProjectStatus, stage) not in ENDED_STAGES


def attention_span(today: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """(first, last) day of the dates that show as due up to ``last``: those to come and the overdue
    ones of the last ``OVERDUE_WINDOW`` (a "due in the next 30 days" list left out an open
    project's overdue deadline while the reminders flagged it; field test 37, §3)."""
    return overdue_since(today), last


def next_date(
    stage: ProjectStatus | str, deadline: dt.date | None, milestones: Iterable[dt.date | None], today: dt.date
) -> dt.date | None:
    """The first date an open project must act on, its application ``deadline`` (unless it was met)
    or an open milestone's: an overdue one while it still shows, else the next to come; None for a
    project that is over."""
    if not dates_matter(stage):
        return None
    since = overdue_since(today)
    met = deadline is not None and not deadline_matters(stage, deadline, today)
    dates = (*milestones, None if met else deadline)
    return min((d for d in dates if d is not None and d >= since), default=None)


def next_date_sql(project: Any, milestone: Any) -> Any:
    """:func:`next_date` as one SQL expression on the ``project`` and ``milestone`` tables (ORM
    classes or aliases), so that a list can show and sort by it in SQL (field test 106: the window's
    list showed only the application deadline, not the earlier concept note that was due). "Today"
    is the office's day at each read (``PETDESK_TZ``, as the reminders and Home count it, not the
    computer's), so a window left open overnight does not go stale."""
    now = func.petdesk_office_now()  # a timed deadline is met once its moment passed here
    today = func.substr(now, 1, 10)
    since = func.date(today, f"-{OVERDUE_WINDOW.days} days")
    first_milestone = (
        select(func.min(milestone.due))
        .where(
            milestone.project_id == project.id,
            milestone.done.is_(False),
            milestone.deleted_at.is_(None),
            milestone.due >= since,
        )
        .scalar_subquery()
    )
    # A timed deadline by its moment on this office's clock, "YYYY-MM-DD HH:MM", which compares
    # and sorts with the dates as text (0072_project_deadline_time).
    here = deadline_here_sql(project)
    to_come = or_(here > now, and_(func.length(here) == 10, here >= today))
    deadline_open = or_(project.status.not_in(APPLIED_STAGES), to_come)
    deadline = case((and_(here >= since, deadline_open), here), else_=None)
    # SQLite's min() of several values is NULL when one is: each stands in for the other
    earliest = func.min(func.coalesce(first_milestone, deadline), func.coalesce(deadline, first_milestone))
    return type_coerce(case((project.status.in_(ENDED_STAGES), None), else_=earliest), String)


def deadline_here_sql(project: Any) -> Any:
    """The project's deadline as text on this office's clock: "YYYY-MM-DD HH:MM" when timed, the
    date "YYYY-MM-DD" for a whole day (``deadline_time.sort_text``, a function ``db`` registers)."""
    return type_coerce(
        func.petdesk_deadline_here(project.deadline, project.deadline_time, project.deadline_zone), String
    )


def deadline_cell_sql(project: Any, value: Any) -> Any:
    """``value`` (a deadline on this office's clock, as :func:`deadline_here_sql` gives it) with the
    funder's date, time and zone beside it when it is the project's timed deadline, for
    ``deadline_time.list_cell`` to show: "2027-03-18 06:00|2027-03-17|17:00|America/New_York"."""
    here = deadline_here_sql(project)
    timed = and_(project.deadline_time != "", value == here)
    joined = value.op("||")("|").op("||")(type_coerce(project.deadline, String))
    joined = (
        joined.op("||")("|").op("||")(project.deadline_time).op("||")("|").op("||")(project.deadline_zone)
    )
    return type_coerce(case((timed, joined), else_=value), String)
