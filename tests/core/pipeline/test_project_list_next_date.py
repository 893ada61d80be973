"""The window's project list shows the date each project must act on first, as the command line's
``petdesk projects`` and the printed overview do (field test 106: the list "due in the next 30 days"
showed an ADB application with its deadline of 20 January, while what was due was the concept note
in five days; only the application deadline had a column)."""

from __future__ import annotations

import datetime as dt

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import pipeline_lists
from petdesk.services import projects as project_service

TODAY = dt.date.today()


def _day(offset: int | None) -> dt.date | None:
    return None if offset is None else TODAY + dt.timedelta(days=offset)


def _listed_day(value: object) -> dt.date | None:
    """The list's cell as a day: "YYYY-MM-DD" text since deadlines have times (0072), a timed one
    "YYYY-MM-DD HH:MM|…" on the office's clock (``deadline_time.list_cell`` words it)."""
    return None if value is None else dt.date.fromisoformat(str(value)[:10])


#: (stage, deadline, open milestones, done milestone) in days from today, and the next date expected.
CASES = {
    "concept note first": (ProjectStatus.PREPARING, 45, (5, 20), None, 5),
    "deadline first": (ProjectStatus.IDEA, 3, (9,), 1, 3),
    "no dates": (ProjectStatus.IDEA, None, (), None, None),
    "overdue milestone": (ProjectStatus.PREPARING, 30, (-10,), None, -10),
    "overdue too long": (ProjectStatus.PREPARING, -200, (-120,), None, None),
    "submitted, deadline met": (ProjectStatus.SUBMITTED, -5, (), None, None),
    "submitted, report due": (ProjectStatus.SUBMITTED, -5, (40,), None, 40),
    "rejected": (ProjectStatus.REJECTED, 10, (4,), None, None),
    "closed": (ProjectStatus.CLOSED, None, (7,), None, None),
}


def test_the_list_gives_each_project_the_date_the_command_line_gives_it(db: Database) -> None:
    ids = {}
    with db.transaction() as s:
        for name, (stage, deadline, open_ones, done_one, _) in CASES.items():
            p = project_service.create_project(s, title_en=name, stage=stage, deadline=_day(deadline))
            for due in open_ones:
                project_service.add_milestone(s, p.id, title_en="Open", due=_day(due))
            if done_one is not None:
                project_service.add_milestone(s, p.id, title_en="Done", due=_day(done_one), done=True)
            ids[p.id] = name
        gone = project_service.add_milestone(s, p.id, title_en="Deleted", due=_day(1))
        s.get(m.ProjectMilestone, gone.id).soft_delete()
    listing = pipeline_lists.projects("en")
    key = [c.key for c in listing.columns].index("next_date") + 1  # the row id comes first
    with db.reading() as s:
        listed = {row[0]: row[key] for row in listing.page(s, offset=0, limit=100)}
        rows = project_service.ProjectFilter().rows(s)
        computed = project_service.next_dates(s, rows, TODAY)
    for project_id, name in ids.items():
        expected = _day(CASES[name][-1])
        assert _listed_day(listed[project_id]) == expected, name
        assert computed.get(project_id) == expected, name  # the command line's own rule agrees


def test_the_next_date_column_sorts_soonest_first(db: Database) -> None:
    with db.transaction() as s:
        for title, deadline in (("Later", 30), ("Sooner", 4), ("None", None)):
            project_service.create_project(s, title_en=title, deadline=_day(deadline))
    listing = pipeline_lists.projects("en")
    with db.reading() as s:
        rows = listing.page(s, offset=0, limit=10, sort_key="next_date")
    titles = [row[1] for row in rows]
    assert titles.index("Sooner") < titles.index("Later")
