"""An item some of whose reminders had passed when its file was written keeps them all when the
file is imported again: the file leaves the past ones out (ical._drop_past_alarms), which is no
edit of the item's (review56: only an item whose reminders had all passed kept them)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import ical
from petdesk.services import visits as vs


def test_an_item_keeps_its_passed_reminder_beside_the_coming_one(db: Database) -> None:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Study tour", start_date=now.date(), end_date=now.date() + dt.timedelta(days=2)
        )
        # an hour from now: the reminder two hours before has passed, the half-hour one not
        vs.add_item(
            s,
            visit.id,
            start=now + dt.timedelta(hours=1),
            end=now + dt.timedelta(hours=2),
            title_en="Soon",
            alarms=[30, 120],
        )
        visit_id = visit.id
    with db.reading() as s:
        data = ical.export_visit(s, visit_id)
    assert data.count(b"BEGIN:VALARM") == 1  # only the half-hour one is in the file
    with db.transaction() as s:
        again = ical.import_into_visit(s, visit_id, data)
        assert "Soon" in again.unchanged
        assert sorted({i.title_en: i.alarms for i in vs.itinerary(s, visit_id)}["Soon"]) == [30, 120]


def test_a_reminder_removed_in_the_calendar_before_it_was_due_stays_removed(db: Database) -> None:
    """Only the reminders already past at import are kept back: one still to come that the file
    lacks was taken out by the user (or the organiser) and stays out."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Study tour", start_date=now.date(), end_date=now.date() + dt.timedelta(days=2)
        )
        vs.add_item(
            s,
            visit.id,
            start=now + dt.timedelta(days=1),
            end=now + dt.timedelta(days=1, hours=1),
            title_en="Tomorrow",
            alarms=[30],
        )
        visit_id = visit.id
    with db.reading() as s:
        data = ical.export_visit(s, visit_id)
    edited = data.replace(b"TRIGGER:-PT30M", b"TRIGGER:-PT10M")
    assert edited != data
    with db.transaction() as s:
        ical.import_into_visit(s, visit_id, edited)
        assert {i.title_en: i.alarms for i in vs.itinerary(s, visit_id)}["Tomorrow"] == [10]
