"""A month of a calendar for the range-export tests: a visit of Li Na's (with an item), a visit she
is not on, a follow-up and a project deadline, all in December 2026, read in Shanghai's zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import follow_ups as fu
from petdesk.services import projects as project_service
from petdesk.services import visits as vs
from tests.core.visits.data import organisation, person

FIRST, LAST = dt.date(2026, 12, 1), dt.date(2026, 12, 31)
SHANGHAI = ZoneInfo("Asia/Shanghai")


def december(db: Database) -> dict[str, str]:
    """The ids: ``li`` (the person), ``hers`` and ``other`` (visits)."""
    with db.transaction() as s:
        li = person(s, "Na", "Li", "李娜")
        org = organisation(s, "Kunming Water Bureau", "昆明市水务局")
        hers = vs.create_visit(
            s,
            title_en="Kunming delegation",
            title_zh="昆明代表团",
            start_date=FIRST + dt.timedelta(days=9),
            end_date=FIRST + dt.timedelta(days=11),
        )
        vs.add_participant(s, hers.id, li.id, "staff")
        start = dt.datetime(2026, 12, 10, 9, 0, tzinfo=SHANGHAI)
        vs.add_item(
            s,
            hers.id,
            start=start,
            end=start + dt.timedelta(hours=2),
            timezone="Asia/Shanghai",
            title_en="Plant tour",
            title_zh="参观水厂",
        )
        other = vs.create_visit(
            s,
            title_en="Hamburg port visit",
            start_date=FIRST + dt.timedelta(days=19),
            end_date=FIRST + dt.timedelta(days=20),
        )
        fu.add(s, kind="organisation", record_id=org.id, title_en="Send the offer", due_date=LAST)
        project_service.create_project(
            s,
            title_en="Sludge pilot",
            title_zh="污泥试点",
            stage=ProjectStatus.PREPARING,
            deadline=FIRST + dt.timedelta(days=14),
        )
        return {"li": li.id, "hers": hers.id, "other": other.id}
