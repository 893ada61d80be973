"""The schedule services on the demo generator's data: every visit and training exports, parses
and re-imports; the calendar, clash check, sign-in sheets and reminders run on it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from petdesk.db import Database
from petdesk.services import calendar as cs
from petdesk.services import clashes as cl
from petdesk.services import ical
from petdesk.services import reminders as rs
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.helpers.fixtures import DEMO_ANCHOR


def test_services_on_demo_data(demo_db: Database) -> None:
    with demo_db.reading() as s:
        visits = vs.list_visits(s)
        trainings = ts.list_trainings(s)
        assert visits and trainings
        for row in visits:
            cal = Calendar.from_ical(ical.export_visit(s, row.id))
            # the itinerary's items (the file also carries the delegation's travel legs)
            timed = [e for e in cal.walk("VEVENT") if str(e["uid"]).startswith("item-")]
            assert len(timed) == row.items
            for event in timed:  # every exported time is the stored instant
                item = vs.get_item(s, ical._UID_RE.match(str(event["uid"])).group(2))
                assert event["dtstart"].dt.astimezone(dt.UTC) == item.starts_at
        for row in trainings:
            sheet = ts.sign_in_sheet(s, row.id)
            assert len(sheet.sessions) == row.sessions and len(sheet.rows) == row.participants
            Calendar.from_ical(ical.export_training(s, row.id))
        first = min(v.start_date for v in visits)
        last = max(v.end_date for v in visits)
        # A day more each side: visits abroad keep their dates in their own zone.
        day = dt.timedelta(days=1)
        found = cs.events_between_dates(s, first - day, last + day, ZoneInfo("Asia/Shanghai"))
        assert sum(1 for e in found if e.kind == cs.ITEM) == sum(v.items for v in visits)
        cl.find_clashes(s)
        rs.reminders(s, today=DEMO_ANCHOR, days=60)
    # Round trip of a whole visit into an empty copy keeps every item.
    with demo_db.transaction() as s:
        source = max(visits, key=lambda v: v.items)
        copy = vs.create_visit(s, title_en="copy", start_date=source.start_date, end_date=source.end_date)
        result = ical.import_into_visit(s, copy.id, ical.export_visit(s, source.id))
        assert len(result.added) == source.items
        assert [i.starts_at for i in vs.itinerary(s, copy.id)] == [
            i.starts_at for i in vs.itinerary(s, source.id)
        ]
