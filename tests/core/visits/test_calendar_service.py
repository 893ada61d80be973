"""Calendar range queries and their filters."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from petdesk.db import Database
from petdesk.services import calendar as cs
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import organisation, person

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _setup(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        host = organisation(s, "Shenzhen Environment Bureau", "深圳市生态环境局")
        other = organisation(s, "Tianjin Port Group")
        staff = person(s, "Mei", "Chen", "陈梅", family_first=True)
        guest = person(s, "Olaf", "Berg")
        v = vs.create_visit(
            s,
            title_en="Nordic delegation",
            start_date=dt.date(2026, 11, 9),
            end_date=dt.date(2026, 11, 12),
            host_organisation_id=host.id,
        )
        vs.add_participant(s, v.id, staff.id, "staff")
        vs.add_participant(s, v.id, guest.id, "head")
        m = vs.add_item(
            s,
            v.id,
            title_en="Welcome",
            start=dt.datetime(2026, 11, 9, 18),
            end=dt.datetime(2026, 11, 9, 20),
            kind="banquet",
        )
        vs.add_item(
            s,
            v.id,
            title_en="Port visit",
            start=dt.datetime(2026, 11, 10, 9),
            end=dt.datetime(2026, 11, 10, 12),
            attendee_ids=[guest.id],
            organisation_ids=[other.id],
            kind="site_visit",
        )
        # An overnight item: starts before the range asked below, ends inside it.
        vs.add_item(
            s,
            v.id,
            title_en="Night train",
            start=dt.datetime(2026, 11, 10, 22),
            end=dt.datetime(2026, 11, 11, 7),
            kind="transfer",
        )
        w = vs.create_visit(
            s, title_en="December visit", start_date=dt.date(2026, 12, 1), end_date=dt.date(2026, 12, 2)
        )
        vs.set_visit_status(s, v.id, "confirmed")
        t = ts.create_training(
            s,
            title_en="Sponge city course",
            start_date=dt.date(2026, 11, 10),
            end_date=dt.date(2026, 11, 10),
            organiser_id=other.id,
        )
        ts.add_session(
            s,
            t.id,
            title_en="Morning",
            start=dt.datetime(2026, 11, 10, 9),
            end=dt.datetime(2026, 11, 10, 11),
            trainer_ids=[staff.id],
        )
        return {
            "host": host.id,
            "other": other.id,
            "staff": staff.id,
            "guest": guest.id,
            "v": v.id,
            "w": w.id,
            "welcome": m.id,
        }


def test_month_range_and_kinds(db: Database) -> None:
    ids = _setup(db)
    with db.reading() as s:
        nov = cs.events_between_dates(s, dt.date(2026, 11, 1), dt.date(2026, 11, 30), SHANGHAI)
    assert [(e.kind, e.title_en) for e in nov] == [
        ("visit", "Nordic delegation"),
        ("item", "Welcome"),
        ("session", "Morning"),
        ("item", "Port visit"),
        ("item", "Night train"),
    ]
    assert nov[1].local_start().hour == 18 and nov[1].parent_id == ids["v"]
    with db.reading() as s:
        day = cs.events_between_dates(s, dt.date(2026, 11, 11), dt.date(2026, 11, 11), SHANGHAI)
    assert [e.title_en for e in day] == ["Nordic delegation", "Night train"]
    grid = cs.by_day(day, dt.date(2026, 11, 11), dt.date(2026, 11, 11), SHANGHAI)
    assert len(grid[dt.date(2026, 11, 11)]) == 2


def test_filters(db: Database) -> None:
    ids = _setup(db)
    first, last = dt.date(2026, 11, 1), dt.date(2026, 12, 31)

    def titles(f: cs.Filters) -> list[str]:
        with db.reading() as s:
            return [e.title_en for e in cs.events_between_dates(s, first, last, SHANGHAI, f)]

    # The staff member is at items without explicit attendees and trains the session.
    assert titles(cs.Filters(contact_id=ids["staff"])) == [
        "Nordic delegation",
        "Welcome",
        "Morning",
        "Night train",
    ]
    assert titles(cs.Filters(contact_id=ids["guest"])) == [
        "Nordic delegation",
        "Welcome",
        "Port visit",
        "Night train",
    ]
    assert titles(cs.Filters(organisation_id=ids["other"])) == ["Nordic delegation", "Morning", "Port visit"]
    assert titles(cs.Filters(statuses=("planned",))) == ["Morning", "December visit"]
    assert titles(cs.Filters(kinds=frozenset({cs.TRAINING}))) == ["Sponge city course"]
    with db.reading() as s:
        assert [c.label("zh") for c in cs.staff_members(s)] == ["陈梅"]
        assert {c.id for c in cs.organisations_in_schedule(s)} == {ids["host"], ids["other"]}


def test_month_grid_follows_first_weekday() -> None:
    monday = cs.month_grid(2026, 11, 0)
    sunday = cs.month_grid(2026, 11, 6)
    assert monday[0][0] == dt.date(2026, 10, 26) and monday[0][0].weekday() == 0
    assert sunday[0][0] == dt.date(2026, 11, 1) and sunday[0][0].weekday() == 6
    assert cs.week_days(dt.date(2026, 11, 29), 0)[0] == dt.date(2026, 11, 23)
