"""Calendar files that Google Calendar, Outlook/Exchange, Apple iCal and Nextcloud really exported (issue 13).

The files come from the test data of the ``icalendar`` project (see tests/data/README.md).
"""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import ical
from petdesk.services import visits as vs
from petdesk.services.contacts import Method, create_contact
from tests.core.contacts.io_helpers import DATA_DIR

REAL = DATA_DIR / "real"


def _visit(db: Database, start: dt.date, end: dt.date) -> str:
    with db.transaction() as s:
        return vs.create_visit(s, title_en="Visit", start_date=start, end_date=end).id


def test_google_calendar_event_keeps_its_four_reminders(db: Database) -> None:
    visit_id = _visit(db, dt.date(2024, 10, 4), dt.date(2024, 10, 5))
    data = (REAL / "google_calendar_alarms.ics").read_bytes()
    with db.transaction() as s:
        result = ical.import_into_visit(s, visit_id, data)
        assert (result.added, result.skipped, result.guests) == (["event with alarms"], [], [])
        (item,) = vs.itinerary(s, visit_id)
        assert (item.starts_at, item.ends_at) == (
            dt.datetime(2024, 10, 4, 18, 15, tzinfo=dt.UTC),
            dt.datetime(2024, 10, 4, 19, 0, tzinfo=dt.UTC),
        )
        assert not item.all_day
        # Display reminders 10 and 14 minutes before, display and e-mail 15 minutes before.
        assert item.alarms == [10, 14, 15]
        again = ical.import_into_visit(s, visit_id, data)
        assert (again.added, again.updated, again.unchanged) == ([], [], ["event with alarms"])


def test_exchange_export_with_biweekly_all_day_series_exdate_and_windows_zone(db: Database) -> None:
    visit_id = _visit(db, dt.date(2024, 7, 1), dt.date(2024, 10, 5))
    data = (REAL / "exchange2010_outlook.ics").read_bytes()
    with db.transaction() as s:
        result = ical.import_into_visit(s, visit_id, data)
        assert len(result.added) == 5 and not result.skipped
        items = vs.itinerary(s, visit_id)
        series = [(i.title_en, i.local_start().date(), i.all_day) for i in items if i.all_day]
        # Every other Monday from 1 July until 29 July; 15 July is excepted (EXDATE).
        assert series == [
            ("test123", dt.date(2024, 7, 1), True),
            ("test123 - edited event!!!!", dt.date(2024, 7, 1), True),
            ("test123", dt.date(2024, 7, 29), True),
            ("test123 - edited event!!!!", dt.date(2024, 7, 29), True),
        ]
        first = next(i for i in items if i.all_day)
        assert first.ends_at - first.starts_at == dt.timedelta(days=7)  # DTEND is exclusive
        timed = next(i for i in items if not i.all_day)
        # "GMT Standard Time" is Outlook's name for Europe/London (British summer time in October).
        assert (timed.title_en, timed.timezone) == ("outlook event with alarm", "Europe/London")
        assert timed.local_start().strftime("%Y-%m-%d %H:%M") == "2024-10-04 18:30"
        assert timed.starts_at == dt.datetime(2024, 10, 4, 17, 30, tzinfo=dt.UTC)
        again = ical.import_into_visit(s, visit_id, data)
        assert (again.added, again.updated, len(again.unchanged)) == ([], [], 5)


def test_only_occurrences_inside_the_visit_are_added(db: Database) -> None:
    visit_id = _visit(db, dt.date(2024, 7, 20), dt.date(2024, 8, 2))
    data = (REAL / "exchange2010_outlook.ics").read_bytes()
    with db.transaction() as s:
        result = ical.import_into_visit(s, visit_id, data)
        assert sorted(result.added) == ["test123", "test123 - edited event!!!!"]
        assert [i.local_start().date() for i in vs.itinerary(s, visit_id)] == [dt.date(2024, 7, 29)] * 2
        assert result.skipped == [("outlook event with alarm", "outside the visit's dates")]


def test_apple_ical_4_event_in_a_misspelt_zone_keeps_new_york_time(db: Database) -> None:
    """apple_ical_one_event.ics: Apple iCal 4.0.4 wrote TZID=America/New_Yrok (sic) with its own
    VTIMEZONE; the item is in New York time, not silently moved to the visit's zone."""
    visit_id = _visit(db, dt.date(2011, 5, 15), dt.date(2011, 5, 17))
    data = (REAL / "apple_ical_one_event.ics").read_bytes()
    with db.transaction() as s:
        result = ical.import_into_visit(s, visit_id, data)
        assert (result.added, result.skipped, result.dropped) == (["One Event"], [], {})
        (item,) = vs.itinerary(s, visit_id)
        assert (item.timezone, item.all_day) == ("America/New_York", False)
        assert item.local_start().strftime("%Y-%m-%d %H:%M %Z") == "2011-05-16 09:45 EDT"
        assert (item.starts_at, item.ends_at) == (
            dt.datetime(2011, 5, 16, 13, 45, tzinfo=dt.UTC),
            dt.datetime(2011, 5, 16, 15, 0, tzinfo=dt.UTC),
        )
        again = ical.import_into_visit(s, visit_id, data)
        assert (again.added, again.updated, again.unchanged) == ([], [], ["One Event"])


def test_apple_ical_2_yearly_all_day_holiday(db: Database) -> None:
    """apple_ical_holiday.ics: iCal 2.0's "New Year's Day", all day, yearly until the end of 2003."""
    data = (REAL / "apple_ical_holiday.ics").read_bytes()
    around_new_year = _visit(db, dt.date(2002, 12, 30), dt.date(2003, 1, 3))
    later = _visit(db, dt.date(2003, 12, 30), dt.date(2004, 1, 3))
    with db.transaction() as s:
        result = ical.import_into_visit(s, around_new_year, data)
        assert result.added == ["New Year's Day"]
        (item,) = vs.itinerary(s, around_new_year)
        assert (item.all_day, item.local_start().date()) == (True, dt.date(2003, 1, 1))
        assert item.ends_at - item.starts_at == dt.timedelta(days=1)
        # UNTIL=20031231: no 1 January 2004.
        result = ical.import_into_visit(s, later, data)
        assert result.added == []
        assert result.skipped == [("New Year's Day", "repeats, but not during the visit")]


def test_nextcloud_monthly_all_day_series_with_two_alarms(db: Database) -> None:
    """nextcloud_alarm_recurring.ics: Nextcloud (SabreDAV) export of an all-day event repeating on the
    second Wednesday of each month, two reminders, and properties an itinerary item has no place for."""
    visit_id = _visit(db, dt.date(2022, 3, 1), dt.date(2022, 4, 30))
    data = (REAL / "nextcloud_alarm_recurring.ics").read_bytes()
    with db.transaction() as s:
        result = ical.import_into_visit(s, visit_id, data)
        assert result.added == ["Complex recurring event"] * 2
        items = vs.itinerary(s, visit_id)
        assert [(i.local_start().date(), i.all_day) for i in items] == [
            (dt.date(2022, 3, 9), True),
            (dt.date(2022, 4, 13), True),
        ]
        for item in items:
            assert (item.place_en, item.notes) == ("Antarctica", "Event description")
            assert item.alarms == [15 * 60, 6 * 24 * 60 + 15 * 60]  # -PT15H and -P6DT15H
        # Tentative, confidential, its categories and colour: named in the report, per occurrence.
        assert result.dropped == {"STATUS": 2, "CLASS": 2, "CATEGORIES": 2, "COLOR": 2}
        assert result.summary() == (
            "2 added, 0 updated, 0 skipped; dropped: 2 × CATEGORIES, 2 × CLASS, 2 × COLOR, 2 × STATUS"
        )
        again = ical.import_into_visit(s, visit_id, data)
        assert (again.added, again.updated, len(again.unchanged)) == ([], [], 2)


def test_nextcloud_meeting_with_organiser_among_the_attendees(db: Database) -> None:
    """nextcloud_attendees.ics: an Europe/Berlin meeting whose organiser is also listed as attendee,
    one attendee delegated; one of them is already a contact."""
    visit_id = _visit(db, dt.date(2016, 8, 15), dt.date(2016, 8, 17))
    with db.transaction() as s:
        email = Method(ContactChannel.EMAIL, "hcabot@example.com", ChannelLabel.WORK)
        henry = create_contact(s, family_name="Cabot", given_name="Henry", methods=[email]).id
    data = (REAL / "nextcloud_attendees.ics").read_bytes()
    with db.transaction() as s:
        result = ical.import_into_visit(s, visit_id, data)
        (item,) = vs.itinerary(s, visit_id)
        assert (item.timezone, item.local_start().strftime("%H:%M")) == ("Europe/Berlin", "09:00")
        assert item.starts_at == dt.datetime(2016, 8, 16, 7, 0, tzinfo=dt.UTC)
        assert [a.contact_id for a in item.attendees] == [henry]
        # John Smith once, as organiser, not again as the attendee "jsmith@example.com".
        assert item.external_attendees == [
            {"name": "John Smith", "email": "jsmith@example.com", "role": "organiser"},
            {"name": "Jane Doe", "email": "jdoe@example.com", "role": "attendee"},
            {"name": "The Big Cheese", "email": "iamboss@example.com", "role": "attendee"},
        ]
        assert result.guests == [
            ("John Smith", "jsmith@example.com"),
            ("Jane Doe", "jdoe@example.com"),
            ("The Big Cheese", "iamboss@example.com"),
        ]
