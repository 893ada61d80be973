"""On an outbound visit the accompanying officer attends "whole delegation" meetings, and the
head of delegation is no CHAIR of the hosts' meetings abroad (field test 77, follow-up).

Sun Hao travelled with the Wuhan delegation to Rotterdam: the dossier's meetings with nobody
ticked left him out, and the hosts' calendars showed Li Ming as CHAIR of meetings at the Port of
Rotterdam whose host nobody had entered.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from petdesk.db import Database
from petdesk.dossier.data import gather_visit
from petdesk.services import ical
from petdesk.services import visits as vs
from tests.core.visits.data import person

DAY = dt.date(2027, 3, 23)


def _visit(db: Database, direction: str) -> str:
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Study tour", start_date=DAY, end_date=DAY, direction=direction,
            timezone="Europe/Amsterdam",
        ).id  # fmt: skip
        for given, family, role in (
            ("Ming", "Li", "head"), ("Fang", "Wang", "delegate"), ("Hao", "Sun", "staff"),
            ("Pieter", "Smit", "host"), ("Kees", "Bakker", "driver"),
        ):  # fmt: skip
            vs.add_participant(s, visit, person(s, given, family).id, role)
        start = dt.datetime(2027, 3, 23, 10, 0)
        vs.add_item(s, visit, title_en="Port briefing", start=start, end=start + dt.timedelta(hours=2))
    return visit


def _attendees(db: Database, visit: str) -> set[str]:
    with db.transaction() as s:
        (item,) = gather_visit(s, visit).items
    assert item.whole_delegation
    return {p.name("en") for p in item.attendees}


def _roles(db: Database, visit: str) -> dict[str, str]:
    with db.transaction() as s:
        (ev,) = [
            e for e in Calendar.from_ical(ical.export_visit(s, visit)).walk("VEVENT") if "item-" in e["uid"]
        ]
    return {str(a.params["CN"]): str(a.params["ROLE"]) for a in ev["attendee"]}


def test_the_accompanying_officer_attends_the_whole_delegations_meetings_abroad(db: Database) -> None:
    assert _attendees(db, _visit(db, "outbound")) == {"Ming Li", "Fang Wang", "Hao Sun", "Pieter Smit"}
    # at home the office's staff organise rather than sit in (unchanged)
    assert "Hao Sun" not in _attendees(db, _visit(db, "inbound"))


def test_the_head_of_an_outbound_delegation_chairs_no_meeting_abroad(db: Database) -> None:
    assert _roles(db, _visit(db, "outbound"))["Ming Li"] == "REQ-PARTICIPANT"
    assert _roles(db, _visit(db, "inbound"))["Ming Li"] == "CHAIR"  # field test 11: the head chairs at home
