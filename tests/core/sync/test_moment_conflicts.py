"""Conflicts over an itinerary moment's time (an item with no end, RFC 5545): settled, it stays a
moment. Round 52: choosing the other office's moved moment was refused ("would make it end before
it starts": its end is its start), and a moment's start chosen alone was given a one-hour end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import visits
from petdesk.stored_times import read_stored_time
from petdesk.sync import service
from tests.core.sync.helpers import merging_field_by_field, send, values
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def _add_moment(db: Database) -> str:
    """A departure at 14:00 (place time), a moment: it ends at its start."""
    with db.transaction() as session:
        visit = visits.create_visit(
            session, title_en="Bonn delegation", start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 12), timezone="Asia/Shanghai",
        )  # fmt: skip
        at = dt.datetime(2027, 3, 8, 14, 0)
        return visits.add_item(session, visit.id, start=at, end=at, title_en="Bus leaves the hotel").id


def _set(db: Database, item_id: str, start: tuple[int, int], end: tuple[int, int]) -> None:
    with db.transaction() as session:
        visits.update_item(
            session, item_id, start=dt.datetime(2027, 3, 8, *start), end=dt.datetime(2027, 3, 8, *end)
        )


def _place_times(db: Database, item_id: str) -> tuple[str, str]:
    row = values(db, "itinerary_item", item_id)
    return tuple(  # type: ignore[return-value]
        read_stored_time(row[c]).astimezone(SHANGHAI).strftime("%H:%M") for c in ("starts_at", "ends_at")
    )


def _open(db: Database) -> dict[str, service.Conflict]:
    return {c.field: c for c in service.list_conflicts(db)}


def test_the_other_offices_moved_moment_is_chosen_whole(offices, packages: Path) -> None:
    """Bonn moves the departure to 15:00, Beijing (later) to 14:30: both ends conflict; choosing
    Bonn's start brings its end, and the item is Bonn's moment, 15:00, at both offices."""
    beijing, bonn, _hub = offices
    item_id = _add_moment(beijing)
    send(beijing, bonn, packages, full=True)
    _set(bonn, item_id, (15, 0), (15, 0))
    _set(beijing, item_id, (14, 30), (14, 30))
    send(bonn, beijing, packages, full=True)
    opened = _open(beijing)
    assert set(opened) == {"starts_at", "ends_at"}
    assert opened["starts_at"].settles_with == "ends_at"
    settled = service.resolve_conflict(beijing, opened["starts_at"].id, choose_other=True)
    assert settled.together == ("ends_at",) and settled.moved == ()
    assert _place_times(beijing, item_id) == ("15:00", "15:00")
    assert _open(beijing) == {}
    send(beijing, bonn, packages)
    assert _place_times(bonn, item_id) == ("15:00", "15:00")
    assert values(beijing, "itinerary_item", item_id) == values(bonn, "itinerary_item", item_id)


def test_a_moments_start_chosen_alone_keeps_it_a_moment(offices, packages: Path) -> None:
    """Beijing moves the departure to 10:00 (start and end); Bonn, later, gives it an earlier start
    only (13:00–14:00). Merged field by field (by a petdesk before round 53), Bonn's start wins
    beside Beijing's end; choosing Beijing's start again makes Beijing's moment, 10:00, not
    10:00–11:00 (the hour made up before)."""
    beijing, bonn, _hub = offices
    item_id = _add_moment(beijing)
    send(beijing, bonn, packages, full=True)
    _set(beijing, item_id, (10, 0), (10, 0))
    _set(bonn, item_id, (13, 0), (14, 0))
    with merging_field_by_field():
        send(bonn, beijing, packages, full=True)
    # As merged, Bonn's 13:00 start beside Beijing's 10:00 end: the conflict says why it is so.
    assert _place_times(beijing, item_id) == ("13:00", "10:00")
    opened = _open(beijing)
    assert set(opened) == {"starts_at"}
    start = opened["starts_at"]
    assert start.overridden and start.other_value_order == ""  # nothing moves but the start
    assert start.note.startswith("It now ends before it starts: its start and its end are the later edits")
    settled = service.resolve_conflict(beijing, start.id, choose_other=True)
    assert settled.moved == ()
    assert _place_times(beijing, item_id) == ("10:00", "10:00")
    send(beijing, bonn, packages)
    assert _place_times(bonn, item_id) == ("10:00", "10:00")


def test_a_later_start_chosen_alone_moves_the_moment_whole(offices, packages: Path) -> None:
    """The start chosen alone falls after a moment's end: the end moves with it, keeping the
    moment's length (none), and the conflict says so before the choice."""
    beijing, bonn, _hub = offices
    item_id = _add_moment(beijing)
    send(beijing, bonn, packages, full=True)
    _set(bonn, item_id, (13, 0), (14, 0))  # Bonn's start 13:00, its end untouched
    _set(beijing, item_id, (9, 0), (9, 0))  # Beijing, later, moves the moment to 09:00
    send(bonn, beijing, packages, full=True)
    start = _open(beijing)["starts_at"]
    assert _place_times(beijing, item_id) == ("09:00", "09:00")
    assert start.other_value_order == "ends_at"
    settled = service.resolve_conflict(beijing, start.id, choose_other=True)
    assert settled.moved == ("ends_at",)
    assert _place_times(beijing, item_id) == ("13:00", "13:00")
    assert "keeping its length" in service.settled_together_words(settled)


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_time_ending_first_is_said_in_chinese_and_not_once_settled(offices, packages: Path) -> None:
    beijing, bonn, _hub = offices
    item_id = _add_moment(beijing)
    send(beijing, bonn, packages, full=True)
    _set(beijing, item_id, (10, 0), (10, 0))
    _set(bonn, item_id, (13, 0), (14, 0))
    with merging_field_by_field():  # (a petdesk before round 53)
        send(bonn, beijing, packages, full=True)
    (start,) = service.list_conflicts(beijing, locale="zh_CN")
    assert start.note.startswith("现在结束时间早于开始时间"), start.note
    service.resolve_conflict(beijing, start.id, choose_other=True)
    assert [c.note for c in service.list_conflicts(beijing, include_resolved=True)] == [""]
