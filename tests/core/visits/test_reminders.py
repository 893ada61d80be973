"""Reminders for upcoming visits and trainings, unconfirmed visits and follow-ups due."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import reminders as rs
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import person

TODAY = dt.date(2026, 11, 1)


def test_reminders(db: Database) -> None:
    with db.transaction() as s:
        owner = person(s, "Na", "Li", "李娜", family_first=True)
        soon = vs.create_visit(
            s, title_en="Soon", start_date=dt.date(2026, 11, 5), end_date=dt.date(2026, 11, 6)
        )
        ok = vs.create_visit(
            s, title_en="Confirmed", start_date=dt.date(2026, 11, 8), end_date=dt.date(2026, 11, 9)
        )
        vs.add_item(
            s, ok.id, title_en="x", start=dt.datetime(2026, 11, 8, 9), end=dt.datetime(2026, 11, 8, 10)
        )
        vs.set_visit_status(s, ok.id, "confirmed")
        vs.create_visit(s, title_en="Far", start_date=dt.date(2027, 1, 5), end_date=dt.date(2027, 1, 6))
        ts.create_training(
            s, title_en="Course", start_date=dt.date(2026, 11, 3), end_date=dt.date(2026, 11, 3)
        )
        vs.add_follow_up(
            s, soon.id, description_en="Send photos", owner_id=owner.id, due_date=dt.date(2026, 10, 30)
        )
        vs.add_follow_up(s, None, description_en="Book hotel", due_date=dt.date(2026, 11, 2))
        done = vs.add_follow_up(s, None, description_en="Done already", due_date=dt.date(2026, 11, 2))
        vs.update_follow_up(s, done.id, status="done")
        found = rs.reminders(s, today=TODAY, days=14)
    assert [(r.kind, r.title_en) for r in found] == [
        (rs.FOLLOW_UP_OVERDUE, "Send photos"),
        (rs.UNCONFIRMED, "Soon"),
        (rs.FOLLOW_UP_DUE, "Book hotel"),
        (rs.UPCOMING_TRAINING, "Course"),
        (rs.UPCOMING_VISIT, "Confirmed"),
    ]
    assert (
        found[0].describe("en", TODAY) == "Follow-up “Send photos” was due 2 days ago (30 Oct 2026) — Li Na"
    )
    assert "天" in found[1].describe("zh_CN", TODAY)
    with db.reading() as s:
        mine = rs.reminders(s, today=TODAY, contact_id=owner.id)
    assert [r.title_en for r in mine] == ["Send photos"]


def test_a_long_overdue_reminder_counts_days_as_the_home_page_does(db: Database) -> None:
    """The calendar's reminders said "5 months ago" where the home page said "140 days ago"."""
    with db.transaction() as s:
        vs.add_follow_up(s, None, description_en="Old promise", due_date=TODAY - dt.timedelta(days=140))
        vs.add_follow_up(s, None, description_en="Yesterday's", due_date=TODAY - dt.timedelta(days=1))
        found = rs.reminders(s, today=TODAY, days=14)
    text = {r.title_en: r.describe("en", TODAY) for r in found}
    assert "was due 140 days ago" in text["Old promise"]
    assert "was due yesterday" in text["Yesterday's"]
    assert "140天前" in next(r for r in found if r.title_en == "Old promise").describe("zh_CN", TODAY)
