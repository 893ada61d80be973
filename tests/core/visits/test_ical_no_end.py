"""A calendar event with a start and neither DTEND nor DURATION follows RFC 5545 (3.6.1, round 51):
a DATE start lasts that day, a DATE-TIME start ends at its start. It was taken as one hour, so the
itinerary, the dossier and the file exported back said 09:00–10:00 for a 09:00 departure."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.layout import fmt_time_range
from petdesk.services import ical
from petdesk.services import visits as vs
from tests.helpers.no_end_events import GOOGLE, OUTLOOK

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Munich delegation", start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 20),
            timezone="Asia/Shanghai",
        )  # fmt: skip
        return v.id


def _import(db: Database, visit_id: str, text: str) -> ical.ImportResult:
    with db.transaction() as s:
        return ical.import_into_visit(s, visit_id, text.replace("\n", "\r\n").encode())


def _items(db: Database, visit_id: str) -> dict[str, vs.ItineraryItem]:
    with db.reading() as s:
        return {i.title_en or i.title_zh: i for i in vs.itinerary(s, visit_id)}


def test_a_start_time_without_an_end_is_a_moment(db: Database, visit_id: str) -> None:
    for text in (OUTLOOK, GOOGLE):
        result = _import(db, visit_id, text)
        assert not result.skipped and result.notes == [], (result.skipped, result.notes)
    items = _items(db, visit_id)
    coach = items["Coach leaves the hotel"]  # Outlook, Windows zone
    assert coach.starts_at == dt.datetime(2027, 3, 16, 1, tzinfo=dt.UTC) == coach.ends_at
    papers = items["Papers due at the bureau"]  # Google, UTC
    assert papers.starts_at == dt.datetime(2027, 3, 18, 2, tzinfo=dt.UTC) == papers.ends_at
    day = items["Day in Hangzhou"]  # a DATE start: that day, in the visit's place
    assert day.all_day and day.local_start() == dt.datetime(2027, 3, 17, tzinfo=SHANGHAI)
    assert day.ends_at - day.starts_at == dt.timedelta(days=1)
    # imported again: the same, nothing changed
    again = _import(db, visit_id, OUTLOOK)
    assert again.unchanged == ["Coach leaves the hotel"] and not again.updated


def test_a_moment_is_shown_and_exported_as_a_moment(
    db: Database, visit_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _import(db, visit_id, OUTLOOK)
    coach = _items(db, visit_id)["Coach leaves the hotel"]
    local = coach.local_start()
    assert fmt_time_range(local, coach.local_end(), "en") == "09:00"  # the dossier's programme
    assert main(["--db", str(db.path), "visits", visit_id, "--lang", "en", "--tz", "Asia/Shanghai"]) == 0
    shown = capsys.readouterr().out
    line = next(ln for ln in shown.splitlines() if "Coach leaves the hotel" in ln)
    assert "09:00" in line and "09:00–" not in line, line
    with db.reading() as s:
        exported = Calendar.from_ical(ical.export_visit(s, visit_id))
    event = next(e for e in exported.walk("VEVENT") if str(e.get("summary")) == "Coach leaves the hotel")
    assert event.get("dtend") is None and event.get("duration") is None
    assert event.decoded("dtstart") == dt.datetime(2027, 3, 16, 9, tzinfo=SHANGHAI)


def test_an_item_may_be_a_moment_a_session_may_not() -> None:
    at = dt.datetime(2027, 3, 16, 1, tzinfo=dt.UTC)
    vs.check_span(at, at, "itinerary item")
    with pytest.raises(vs.ScheduleError, match="must end after it starts"):
        vs.check_span(at, at, "session")
    with pytest.raises(vs.ScheduleError, match="must end after it starts"):
        vs.check_span(at, at - dt.timedelta(minutes=1), "itinerary item")


def test_a_moment_at_midnight_is_on_its_own_day(db: Database, visit_id: str) -> None:
    """Not on the day before, as an event ending at midnight is: the first minute of the visit is
    no clash "outside the visit's dates", and the calendar shows it on that day."""
    from petdesk.services import calendar as cs
    from petdesk.services import clashes as cl

    midnight = OUTLOOK.replace("20270316T090000", "20270315T000000")
    _import(db, visit_id, midnight)
    with db.reading() as s:
        assert [c for c in cl.find_clashes(s, visit_id=visit_id) if c.kind == cl.OUTSIDE] == []
        day = dt.date(2027, 3, 15)
        events = [
            e
            for e in cs.events_between_dates(s, day, day, SHANGHAI)
            if e.title_en == "Coach leaves the hotel"
        ]
    assert [e.end_date for e in events] == [day]
    assert events[0].days(SHANGHAI) == [day]
