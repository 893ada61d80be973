"""A re-planned item goes out with a higher SEQUENCE (RFC 5545 §3.8.7.4, RFC 5546 §2.1.4).

Field test 77: the flight was cancelled and the tour moved a day; the hosts got the itinerary
again, and with only a newer DTSTAMP their calendars may keep the old time. Each event keeps its
UID, its SEQUENCE counts the saves that moved it, and LAST-MODIFIED says when it last changed.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from petdesk.db import Database
from petdesk.services import ical
from petdesk.services import logistics as ls
from petdesk.services import visits as vs

DAY = dt.date(2027, 3, 23)


def _events(data: bytes) -> dict[str, dict[str, object]]:
    """Per UID: SEQUENCE, LAST-MODIFIED and DTSTART of the event."""
    cal = Calendar.from_ical(data)
    assert str(cal["method"]) == "PUBLISH"
    return {
        str(ev["uid"]): {
            "sequence": int(ev["sequence"]),
            "modified": ev["last-modified"].dt,
            "start": ev["dtstart"].dt,
        }
        for ev in cal.walk("VEVENT")
    }


def test_moving_an_item_or_a_stay_raises_its_sequence_and_a_note_does_not(db: Database) -> None:
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Wuhan study tour", start_date=DAY, end_date=DAY + dt.timedelta(days=3),
            direction="outbound", timezone="Europe/Amsterdam",
        ).id  # fmt: skip
        start = dt.datetime(2027, 3, 23, 10, 0)
        meeting = vs.add_item(
            s, visit, title_en="Sponge city", start=start, end=start + dt.timedelta(hours=2)
        )
        lunch = vs.add_item(
            s, visit, title_en="Lunch", start=start.replace(hour=13), end=start.replace(hour=14)
        )
        stay = ls.add_accommodation(
            s, visit, hotel="Hotel New York", check_in=DAY, check_out=DAY + dt.timedelta(days=1)
        ).id
        meeting_id, lunch_id = meeting.id, lunch.id
        first = _events(ical.export_visit(s, visit))
    uid, lunch_uid, stay_uid = (ical.uid_for("item", meeting_id), ical.uid_for("item", lunch_id),
                                ical.uid_for("stay", stay))  # fmt: skip
    assert (first[uid]["sequence"], first[lunch_uid]["sequence"], first[stay_uid]["sequence"]) == (0, 0, 0)

    with db.transaction() as s:  # the flight is cancelled: everything a day later
        later = start + dt.timedelta(days=1)
        vs.update_item(s, meeting_id, start=later, end=later + dt.timedelta(hours=2))
        ls.update_accommodation(
            s, stay, check_in=DAY + dt.timedelta(days=1), check_out=DAY + dt.timedelta(days=2)
        )
        vs.update_item(s, lunch_id, notes="vegetarian and halal dishes")  # no re-planning
        second = _events(ical.export_visit(s, visit))
    assert set(second) == set(first)  # the same UIDs: the same events, updated
    assert second[uid]["sequence"] == 1 and second[stay_uid]["sequence"] == 1
    assert second[uid]["start"] != first[uid]["start"]
    assert second[uid]["modified"] >= first[uid]["modified"]
    assert second[lunch_uid]["sequence"] == 0

    with db.transaction() as s:  # moved again, and the file read back into the visit changes nothing
        vs.update_item(s, meeting_id, start=start.replace(hour=15), end=start.replace(hour=16))
        data = ical.export_visit(s, visit)
        assert _events(data)[uid]["sequence"] == 2
        result = ical.import_into_visit(s, visit, data)
    assert not result.updated and not result.added and not result.older
