"""Two offices, one still merging field by field (a petdesk before round 53, on 0062), whose packages
cross: Beijing moves a meeting (start and end), Bonn shortens it (end only, later), and each writes
its package before reading the other's. Bonn mixes Beijing's start with its own end; Beijing takes
Bonn's pair whole. Every version of the record is then known at both offices, so neither package
afterwards carries it: the two must still end with the same values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.services import visits
from petdesk.stored_times import read_stored_time
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, merging_field_by_field, send, values

DAY = dt.date(2027, 3, 8)


def _at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute))


def test_crossing_packages_with_an_office_merging_field_by_field_agree(offices, packages: Path) -> None:
    beijing, bonn, _hub = offices
    with beijing.transaction() as session:
        visit = visits.create_visit(session, title_en="Stuttgart delegation", start_date=DAY, end_date=DAY)
        item_id = visits.add_item(session, visit.id, start=_at(14), end=_at(16), title_en="Bureau").id
    send(beijing, bonn, packages, full=True)
    send(bonn, beijing, packages, full=True)
    with beijing.transaction() as session:
        visits.update_item(session, item_id, start=_at(15), end=_at(17))
    with bonn.transaction() as session:
        visits.update_item(session, item_id, end=_at(14, 30))
    from_beijing, from_bonn = packages / "beijing.petdesk-sync", packages / "bonn.petdesk-sync"
    export(beijing, from_beijing)
    export(bonn, from_bonn)
    with merging_field_by_field():
        service.import_package(bonn, from_beijing, PASSPHRASE, backup=False)
    service.import_package(beijing, from_bonn, PASSPHRASE, backup=False)
    for _round in range(2):
        with merging_field_by_field():
            send(beijing, bonn, packages)
        send(bonn, beijing, packages)
    assert values(beijing, "itinerary_item", item_id) == values(bonn, "itinerary_item", item_id)
    # Bonn's pair (14:00–14:30, 6:00–6:30 UTC), written last, at both; Beijing's waits as conflicts.
    start, end = (
        read_stored_time(values(bonn, "itinerary_item", item_id)[c]) for c in ("starts_at", "ends_at")
    )
    assert (start.astimezone(dt.UTC).time(), end.astimezone(dt.UTC).time()) == (dt.time(6), dt.time(6, 30))
    opened = {c.field for c in service.list_conflicts(beijing) if c.entity == "itinerary_item"}
    assert opened == {"starts_at", "ends_at"}
