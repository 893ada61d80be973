"""A record's start and end merge as one value (round 53): Beijing moves a meeting later (a new start
and end), Bonn, later, shortens it (a new end only). Merged field by field, Beijing's start and
Bonn's end made a meeting ending before it started, stored at every office. The pair written last is
taken whole at both offices, and the other pair waits as the conflicts, settled together."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.services import trainings, visits
from petdesk.stored_times import read_stored_time
from petdesk.sync import service
from tests.core.sync.helpers import merging_field_by_field, send, values

DAY = dt.date(2027, 3, 8)


def _at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute))


def _visit(session: Any) -> Any:
    return visits.create_visit(
        session, title_en="Stuttgart delegation", start_date=DAY, end_date=DAY + dt.timedelta(days=4),
        timezone="Asia/Shanghai",
    )  # fmt: skip


def _training(session: Any) -> Any:
    return trainings.create_training(
        session, title_en="Wastewater course", start_date=DAY, end_date=DAY + dt.timedelta(days=4),
        timezone="Asia/Shanghai",
    )  # fmt: skip


@dataclass(frozen=True)
class Kind:
    """One kind of record with a start and an end: how to make one (14:00–16:00, or 8–12 March),
    move it later whole (15:00–17:00, 10–14 March) and shorten it (its end only: 14:30, 9 March)."""

    table: str
    start: str
    end: str
    make: Callable[[Any], str]
    move: Callable[[Any, str], None]
    shorten: Callable[[Any, str], None]


KINDS = [
    Kind(
        "itinerary_item", "starts_at", "ends_at",
        lambda s: visits.add_item(s, _visit(s).id, start=_at(14), end=_at(16), title_en="Bureau").id,
        lambda s, i: visits.update_item(s, i, start=_at(15), end=_at(17)),
        lambda s, i: visits.update_item(s, i, end=_at(14, 30)),
    ),
    Kind(
        "training_session", "starts_at", "ends_at",
        lambda s: trainings.add_session(s, _training(s).id, start=_at(14), end=_at(16), title_en="Day 1").id,
        lambda s, i: trainings.update_session(s, i, start=_at(15), end=_at(17)),
        lambda s, i: trainings.update_session(s, i, end=_at(14, 30)),
    ),
    Kind(
        "visit", "start_date", "end_date",
        lambda s: _visit(s).id,
        lambda s, i: visits.update_visit(s, i, start_date=DAY + dt.timedelta(days=2),
                                         end_date=DAY + dt.timedelta(days=6)),
        lambda s, i: visits.update_visit(s, i, end_date=DAY + dt.timedelta(days=1)),
    ),
    Kind(
        "training", "start_date", "end_date",
        lambda s: _training(s).id,
        lambda s, i: trainings.update_training(s, i, start_date=DAY + dt.timedelta(days=2),
                                               end_date=DAY + dt.timedelta(days=6)),
        lambda s, i: trainings.update_training(s, i, end_date=DAY + dt.timedelta(days=1)),
    ),
]  # fmt: skip


def _edit(db: Database, change: Callable[[Any, str], None], row_id: str) -> None:
    with db.transaction() as session:
        change(session, row_id)


def _span(db: Database, kind: Kind, row_id: str) -> tuple[Any, Any]:
    row = values(db, kind.table, row_id)
    start, end = row[kind.start], row[kind.end]
    if isinstance(start, int):
        return read_stored_time(start), read_stored_time(end)
    return dt.date.fromisoformat(start), dt.date.fromisoformat(end)


def _open(db: Database, table: str) -> dict[str, service.Conflict]:
    return {c.field: c for c in service.list_conflicts(db) if c.entity == table}


def _moved_and_shortened(offices: Any, packages: Path, kind: Kind) -> tuple[Database, Database, str]:
    """Beijing makes the record and Bonn receives it; Beijing moves it, then Bonn shortens it."""
    beijing, bonn, _hub = offices
    with beijing.transaction() as session:
        row_id = kind.make(session)
    send(beijing, bonn, packages, full=True)
    _edit(beijing, kind.move, row_id)
    _edit(bonn, kind.shorten, row_id)
    return beijing, bonn, row_id


@pytest.mark.parametrize("kind", KINDS, ids=[k.table for k in KINDS])
def test_the_pair_written_last_is_taken_whole_at_both_offices(offices, packages: Path, kind: Kind) -> None:
    beijing, bonn, row_id = _moved_and_shortened(offices, packages, kind)
    shortened = _span(bonn, kind, row_id)
    send(bonn, beijing, packages, full=True)
    send(beijing, bonn, packages)
    for db in (beijing, bonn):
        assert _span(db, kind, row_id) == shortened  # Bonn's pair: never Beijing's start beside it
        start, end = _span(db, kind, row_id)
        assert end > start
    assert values(beijing, kind.table, row_id) == values(bonn, kind.table, row_id)
    # Beijing's pair waits where the two met (Beijing, whose edit lost), start and end together.
    opened = _open(beijing, kind.table)
    assert set(opened) == {kind.start, kind.end}, opened
    assert {(c.winner_office, c.loser_office) for c in opened.values()} == {("Bonn", "Beijing")}
    assert opened[kind.start].overridden and not opened[kind.start].note


@pytest.mark.parametrize("kind", KINDS[:2], ids=[k.table for k in KINDS[:2]])
def test_choosing_the_other_pair_brings_it_whole(offices, packages: Path, kind: Kind) -> None:
    beijing, bonn, row_id = _moved_and_shortened(offices, packages, kind)
    send(bonn, beijing, packages, full=True)
    send(beijing, bonn, packages)
    start = _open(beijing, kind.table)[kind.start]
    assert start.settles_with == kind.end
    settled = service.resolve_conflict(beijing, start.id, choose_other=True)
    assert settled.together == (kind.end,) and settled.moved == ()
    send(beijing, bonn, packages)
    for db in (beijing, bonn):
        start_at, end_at = _span(db, kind, row_id)
        assert (start_at.astimezone(dt.UTC).hour, end_at.astimezone(dt.UTC).hour) == (7, 9)  # 15–17 h
        assert _open(db, kind.table) == {}


def test_three_offices_agree_whatever_order_the_packages_come_in(offices, packages: Path) -> None:
    """Both edits reach Nairobi (the hub) and each other through it, in opposite orders."""
    kind = KINDS[0]
    beijing, bonn, nairobi = offices
    with beijing.transaction() as session:
        row_id = kind.make(session)
    send(beijing, bonn, packages, full=True)
    send(beijing, nairobi, packages, full=True)
    _edit(beijing, kind.move, row_id)
    _edit(bonn, kind.shorten, row_id)
    shortened = _span(bonn, kind, row_id)
    send(bonn, nairobi, packages, full=True)
    send(beijing, nairobi, packages)
    send(nairobi, beijing, packages)
    send(nairobi, bonn, packages, full=True)
    rows = [values(db, kind.table, row_id) for db in offices]
    assert rows[0] == rows[1] == rows[2]
    assert _span(nairobi, kind, row_id) == shortened
    # The office whose pair lost hears of it, start and end, from the hub.
    assert set(_open(beijing, kind.table)) == {kind.start, kind.end}


def test_a_package_of_an_office_that_merges_field_by_field_still_imports(offices, packages: Path) -> None:
    """Nairobi, still on a petdesk before round 53 (0062), mixes Beijing's start with Bonn's end; the
    package it writes (the same format) imports here, every office ends with the same values, and
    the conflict says the time now ends before it starts, as before."""
    kind = KINDS[0]
    beijing, bonn, nairobi = offices
    with beijing.transaction() as session:
        row_id = kind.make(session)
    send(beijing, bonn, packages, full=True)
    send(beijing, nairobi, packages, full=True)
    _edit(beijing, kind.move, row_id)
    _edit(bonn, kind.shorten, row_id)
    with merging_field_by_field():
        send(bonn, nairobi, packages, full=True)
        send(beijing, nairobi, packages)
    start, end = _span(nairobi, kind, row_id)
    assert end < start  # what the older merge made
    send(nairobi, beijing, packages)
    send(nairobi, bonn, packages, full=True)
    rows = [values(db, kind.table, row_id) for db in offices]
    assert rows[0] == rows[1] == rows[2]
    # Beijing hears its end was overridden, and why the time is now impossible.
    assert _open(beijing, kind.table)[kind.end].note.startswith("It now ends before it starts")
