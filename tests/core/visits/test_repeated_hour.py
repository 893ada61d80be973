"""The hour repeated when the clocks go back (25 Oct 2026, Europe/Berlin): which 02:30 is asked,
never guessed (field test 40, defect 1)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.services import logistics as ls
from petdesk.services import visits as vs

BERLIN = "Europe/Berlin"
FIRST_0230 = dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)  # summer time, UTC+02:00
SECOND_0230 = dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)  # standard time, UTC+01:00


def _visit(session) -> str:
    visit = vs.create_visit(
        session,
        title_en="Chengdu delegation",
        start_date=dt.date(2026, 10, 24),
        end_date=dt.date(2026, 11, 3),
        timezone=BERLIN,
    )
    return visit.id


def test_a_time_in_the_repeated_hour_is_refused_until_the_caller_says_which() -> None:
    with pytest.raises(vs.AmbiguousTime, match="happens twice in Europe/Berlin") as caught:
        vs.local_to_utc(dt.datetime(2026, 10, 25, 2, 30), BERLIN)
    assert "UTC+02:00 or UTC+01:00" in str(caught.value)
    assert vs.local_to_utc(dt.datetime(2026, 10, 25, 2, 30), BERLIN, fold=0) == FIRST_0230
    assert vs.local_to_utc(dt.datetime(2026, 10, 25, 2, 30), BERLIN, fold=1) == SECOND_0230
    # other times need no choice, and the spring gap is still refused
    assert vs.local_to_utc(dt.datetime(2026, 10, 25, 3, 30), BERLIN) == SECOND_0230 + dt.timedelta(hours=1)
    with pytest.raises(vs.ScheduleError, match="does not exist"):
        vs.local_to_utc(dt.datetime(2026, 3, 29, 2, 30), BERLIN, fold=1)


def test_the_second_0230_can_be_stored_and_lasts_one_hour(db: Database) -> None:
    with db.transaction() as s:
        visit_id = _visit(s)
        with pytest.raises(vs.AmbiguousTime):
            vs.add_item(
                s,
                visit_id,
                title_en="Airport pickup",
                start=dt.datetime(2026, 10, 25, 2, 30),
                end=dt.datetime(2026, 10, 25, 3, 30),
            )
        start = vs.place_time(dt.datetime(2026, 10, 25, 2, 30), BERLIN, 1)
        item = vs.add_item(
            s, visit_id, title_en="Airport pickup", start=start, end=dt.datetime(2026, 10, 25, 3, 30)
        )
        assert (item.starts_at, item.ends_at - item.starts_at) == (SECOND_0230, dt.timedelta(hours=1))
        # a change of its title keeps the instant: the question is not asked again
        vs.update_item(s, item.id, title_en="Airport pickup (Frankfurt)")
        assert item.starts_at == SECOND_0230


def test_a_leg_arriving_in_the_repeated_hour(db: Database) -> None:
    with db.transaction() as s:
        visit_id = _visit(s)
        leg = ls.add_travel_leg(
            s,
            visit_id,
            mode="flight",
            number="CA 451",
            from_place="TFU",
            to_place="FRA",
            departs=dt.datetime(2026, 10, 24, 16, 0),
            departs_timezone="Asia/Shanghai",
            arrives=vs.place_time(dt.datetime(2026, 10, 25, 2, 30), BERLIN, 0),
            arrives_timezone=BERLIN,
        )
        assert leg.arrives_at == FIRST_0230
        ls.update_travel_leg(s, leg.id, carrier="Air China")
        assert leg.arrives_at == FIRST_0230
