"""The calendar's day columns below the window: lanes of a day's timed events (two moments at one
time side by side) and an event over several days marked where it goes on. Round 52: two departures
at 14:00 shared one lane, one hiding the other; a three-day expo read "09:00 Expo" each morning."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from petdesk.db import Database
from petdesk.services import calendar as cs
from petdesk.services import visits as vs
from petdesk.services.calendar_lanes import lanes

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = dt.date(2027, 5, 10)


def _at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), SHANGHAI)


def test_two_moments_at_one_time_take_two_lanes() -> None:
    spans = [(_at(14), _at(14)), (_at(14), _at(14))]
    assert lanes(spans) == ([0, 1], 2)


def test_a_moment_holds_its_lane_as_long_as_its_line_is_drawn() -> None:
    """A moment drawn a line high (30 minutes of grid) beside a meeting starting ten minutes later:
    two lanes; a meeting starting after the line, the same lane."""
    line = [dt.timedelta(minutes=30)] * 2
    assert lanes([(_at(14), _at(14)), (_at(14, 10), _at(15))], line) == ([0, 1], 2)
    assert lanes([(_at(14), _at(14)), (_at(14, 30), _at(15))], line) == ([0, 0], 1)


def test_lanes_as_before_for_events_with_an_end() -> None:
    """Back to back meetings share a lane; overlapping ones do not; the order given is kept."""
    spans = [(_at(10), _at(11)), (_at(9), _at(10)), (_at(9, 30), _at(12))]
    assert lanes(spans) == ([0, 0, 1], 2)
    assert lanes([]) == ([], 0)


def _schedule(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Expo delegation", start_date=DAY, end_date=DAY + dt.timedelta(days=4),
            timezone="Asia/Shanghai",
        )  # fmt: skip
        expo = vs.add_item(
            s, v.id, title_en="Environmental technology expo",
            start=dt.datetime(2027, 5, 10, 9), end=dt.datetime(2027, 5, 12, 18),
        )  # fmt: skip
        train = vs.add_item(
            s, v.id, title_en="Night train to Xi'an",
            start=dt.datetime(2027, 5, 12, 21), end=dt.datetime(2027, 5, 13, 7),
        )  # fmt: skip
        at = dt.datetime(2027, 5, 10, 14)
        bus = vs.add_item(s, v.id, title_en="Bus leaves", start=at, end=at)
        guide = vs.add_item(s, v.id, title_en="Guide meets the group", start=at, end=at)
        return {"expo": expo.id, "train": train.id, "bus": bus.id, "guide": guide.id}


def test_an_event_over_several_days_is_marked_where_it_goes_on(db: Database) -> None:
    ids = _schedule(db)
    with db.reading() as s:
        found = cs.events_between_dates(s, DAY, DAY + dt.timedelta(days=6), SHANGHAI)
    per_day = cs.by_day(found, DAY, DAY + dt.timedelta(days=6), SHANGHAI)
    expo = next(e for e in found if e.id == ids["expo"])
    days = [d for d, listed in per_day.items() if expo in listed]
    assert days == [DAY, DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=2)]
    assert [expo.continues(d, SHANGHAI) for d in days] == [(False, True), (True, True), (True, False)]
    lines = [
        cs.continued_line("Expo", before=b, after=a) for b, a in (expo.continues(d, SHANGHAI) for d in days)
    ]
    assert lines == ["Expo →", "→ Expo →", "→ Expo"]
    train = next(e for e in found if e.id == ids["train"])
    assert train.continues(DAY + dt.timedelta(days=2), SHANGHAI) == (False, True)
    assert train.continues(DAY + dt.timedelta(days=3), SHANGHAI) == (True, False)
    # Seen from Berlin (UTC+2), the train leaves at 15:00 and arrives at 01:00: still two days.
    berlin = ZoneInfo("Europe/Berlin")
    assert train.continues(DAY + dt.timedelta(days=2), berlin) == (False, True)
    # A moment goes on nowhere: its day only.
    bus = next(e for e in found if e.id == ids["bus"])
    assert bus.days(SHANGHAI) == [DAY] and bus.continues(DAY, SHANGHAI) == (False, False)
    assert cs.continued_line("14:00 Bus leaves", before=False, after=False) == "14:00 Bus leaves"


def test_the_days_moments_and_the_expo_take_three_lanes(db: Database) -> None:
    """On the first day: the expo (09:00 until after midnight) and the two moments at 14:00."""
    ids = _schedule(db)
    with db.reading() as s:
        found = cs.events_between_dates(s, DAY, DAY, SHANGHAI)
    timed = [e for e in found if not e.all_day]
    start_of_day = _at(0)
    parts = [
        (max(e.starts_at, start_of_day), min(e.ends_at, start_of_day + dt.timedelta(days=1))) for e in timed
    ]
    lane_of, count = lanes(parts)
    assert count == 3
    by_id = dict(zip((e.id for e in timed), lane_of, strict=True))
    assert len({by_id[ids["expo"]], by_id[ids["bus"]], by_id[ids["guide"]]}) == 3
