"""A project deadline with a time in the funder's zone is a timed event in .ics files, with its TZID
and reminders a week and a day before the moment (0072_project_deadline_time); a whole-day one
stays an all-day event."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import ical
from petdesk.services import projects as project_service

TODAY = dt.date.today()


def test_a_timed_deadline_is_an_event_at_its_moment_with_its_zone(db: Database) -> None:
    day = TODAY + dt.timedelta(days=12)
    with db.transaction() as s:
        for title, time, zone in (("GEF call", "17:00", "America/New_York"), ("Whole day", "", "")):
            project_service.create_project(
                s, title_en=title, stage=ProjectStatus.PREPARING, deadline=day, deadline_time=time,
                deadline_zone=zone,
            )  # fmt: skip
    with db.reading() as s:
        data = ical.export_range(s, TODAY, TODAY + dt.timedelta(days=14), locale="en")
    events = {str(e["summary"]): e for e in Calendar.from_ical(data).walk("VEVENT")}
    gef = events["Deadline: GEF call / 截止日期：GEF call"]
    start = gef["dtstart"]
    assert start.params["TZID"] == "America/New_York"
    moment = dt.datetime.combine(day, dt.time(17), ZoneInfo("America/New_York"))
    assert start.dt == moment and start.dt.utcoffset() == moment.utcoffset()
    assert b"DTSTART;TZID=America/New_York:" + day.strftime("%Y%m%d").encode() + b"T170000" in data
    assert b"BEGIN:VTIMEZONE" in data and b"TZID:America/New_York" in data
    assert sorted(a["trigger"].dt for a in gef.walk("VALARM")) == [
        -dt.timedelta(days=7),
        -dt.timedelta(days=1),
    ]
    whole = events["Deadline: Whole day / 截止日期：Whole day"]
    assert whole["dtstart"].dt == day and whole["dtend"].dt == day + dt.timedelta(days=1)
