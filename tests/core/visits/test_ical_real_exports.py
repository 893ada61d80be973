"""Calendar files that Google Calendar and Outlook/Exchange really exported (issue 13).

The files come from the test data of the ``icalendar`` project (see tests/data/README.md).
"""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import ical
from petdesk.services import visits as vs
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
