"""Calendars that Google Calendar, Outlook 2003 and Evolution really exported (issue 13).

The files come from the test data of ical.js and ical4j (see tests/data/README.md).
"""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import ical
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR

REAL = DATA_DIR / "real"


def _visit(db: Database, start: dt.date, end: dt.date, timezone: str = "UTC") -> str:
    with db.transaction() as s:
        return vs.create_visit(s, title_en="Visit", start_date=start, end_date=end, timezone=timezone).id


def test_google_birthday_calendar_with_utc_dates_in_rdate(db: Database) -> None:
    """google_calendar_birthdays.ics: Google's "Contacts' birthdays and events" calendar writes
    ``RDATE:20131210Z`` (a date with a UTC "Z", which no calendar type allows) and lists its own
    pseudo-address "Contacts" (``…@virtual``) as attendee. The whole file was refused ("a repeating
    event cannot be expanded"); the pseudo-attendee would have been offered as a new contact."""
    visit_id = _visit(db, dt.date(2012, 12, 1), dt.date(2014, 12, 31))
    data = (REAL / "google_calendar_birthdays.ics").read_bytes()
    with db.transaction() as s:
        result = ical.import_into_visit(s, visit_id, data)
        assert result.added == ["PErson #2's birthday"] * 3 and not result.skipped
        assert result.guests == []
        items = vs.itinerary(s, visit_id)
        assert [(i.title_en, i.local_start().date(), i.all_day) for i in items] == [
            ("PErson #2's birthday", dt.date(2012, 12, 10), True),
            ("PErson #2's birthday", dt.date(2013, 12, 10), True),
            ("PErson #2's birthday", dt.date(2014, 12, 10), True),
        ]
        assert all(not i.external_attendees for i in items)


def test_utc_dates_are_mended_only_in_date_lists() -> None:
    text = "RDATE:20131210Z\r\nEXDATE;VALUE=DATE-TIME:20131210Z,20141210Z\r\nDTSTART:20131210T100000Z\r\n"
    assert ical._mend_utc_dates(text) == (
        "RDATE;VALUE=DATE:20131210\r\nEXDATE;VALUE=DATE:20131210,20141210\r\nDTSTART:20131210T100000Z\r\n"
    )


def test_outlook_2003_weekday_series_in_a_zone_named_by_its_cities(db: Database) -> None:
    """outlook2003_standup.ics: Outlook 11.0 names the zone by Windows' display name
    ``TZID:"Canberra, Melbourne, Sydney"``; the meetings took the visit's zone (here Beijing's) and
    read 06:30 instead of the 09:30 in Sydney the organiser set (the instant was right)."""
    visit_id = _visit(db, dt.date(2009, 3, 10), dt.date(2009, 3, 13), timezone="Asia/Shanghai")
    data = (REAL / "outlook2003_standup.ics").read_bytes()
    with db.transaction() as s:
        result = ical.import_into_visit(s, visit_id, data)
        assert result.added == ["Standup"] * 4 and not result.skipped
        items = vs.itinerary(s, visit_id)
        # Weekdays from the first, Tuesday 10 March (BYDAY=MO,TU,WE,TH,FR), 09:30–09:45 Sydney
        # summer time (+11:00), with Outlook's 5-minute reminder.
        assert [i.local_start().strftime("%a %d %H:%M") for i in items] == [
            "Tue 10 09:30",
            "Wed 11 09:30",
            "Thu 12 09:30",
            "Fri 13 09:30",
        ]
        assert items[0].starts_at == dt.datetime(2009, 3, 9, 22, 30, tzinfo=dt.UTC)
        assert {i.timezone for i in items} == {"Australia/Sydney"}
        assert items[0].ends_at - items[0].starts_at == dt.timedelta(minutes=15)
        assert items[0].alarms == [5]


def test_an_unknown_list_of_cities_keeps_the_visits_zone() -> None:
    value = dt.datetime(2009, 3, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=11)))
    assert ical._zone_of_cities("Canberra, Melbourne, Sydney", value) == "Australia/Sydney"
    assert ical._zone_of_cities("(GMT+10:00) Canberra, Melbourne, Sydney", value) == "Australia/Sydney"
    # Sydney's offset must agree: a file whose zone says +01:00 is not Sydney.
    wrong = value.replace(tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert ical._zone_of_cities("Canberra, Melbourne, Sydney", wrong) is None
    assert ical._zone_of_cities("Eastern Time (US & Canada)", value) is None


def test_evolution_meeting_in_a_windows_zone_with_an_html_description(db: Database) -> None:
    """evolution_windows_zone.ics: Evolution kept Outlook's ``Arabian Standard Time`` zone,
    ``X-ALT-DESC`` (an HTML description without a plain one) and a reminder a day before."""
    visit_id = _visit(db, dt.date(2021, 3, 30), dt.date(2021, 4, 1))
    data = (REAL / "evolution_windows_zone.ics").read_bytes()
    with db.transaction() as s:
        result = ical.import_into_visit(s, visit_id, data)
        title = "Webinar - Middle East M&A: How new tax rules impact M&A deals"
        assert result.added == [title]
        assert result.dropped == {"X-ALT-DESC": 1}  # said, not silent
        (item,) = vs.itinerary(s, visit_id)
        assert (item.timezone, item.local_start().strftime("%Y-%m-%d %H:%M")) == (
            "Asia/Dubai",
            "2021-03-31 14:00",
        )
        assert item.starts_at == dt.datetime(2021, 3, 31, 10, 0, tzinfo=dt.UTC)
        assert item.alarms == [24 * 60]
