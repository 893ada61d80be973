"""``0079_travel_leg_source_uid``: a travel leg's calendar UID and SEQUENCE travel between offices, a
package of an office not yet at 0079 leaves them as they are here, and the upgrade keeps every row."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.services import ical
from petdesk.services import logistics as lg
from petdesk.services import visits as vs
from petdesk.sync import package as pkg
from petdesk.sync import service
from tests.core.sync.helpers import (
    PASSPHRASE,
    as_an_older_petdesk_writes,
    export,
    make_office,
    send,
)
from tests.helpers.old_files import set_back_to

OLDER_SCHEMA = "0078_organisation_phone_email"
EVENT = ("source_uid", "source_sequence")
FLIGHT = Path(__file__).parents[2] / "data" / "import" / "travel60" / "outlook_flight_two_zones.ics"


def _event(db: Database, leg_id: str) -> tuple[Any, ...]:
    with db.reading() as s:
        leg = s.get(m.TravelLeg, leg_id)
        assert leg is not None
        return leg.source_uid, leg.source_sequence, leg.notes


def test_the_event_travels_and_an_older_offices_package_keeps_it(
    offices: tuple[Database, ...], packages: Path
) -> None:
    beijing, bonn, _ = offices
    with beijing.transaction() as s:
        visit_id = vs.create_visit(
            s, title_en="To Frankfurt", start_date=dt.date(2026, 11, 10), end_date=dt.date(2026, 11, 13),
            timezone="Europe/Berlin",
        ).id  # fmt: skip
        ical.import_into_visit(s, visit_id, FLIGHT.read_bytes())
        [leg] = lg.logistics(s, visit_id).legs
        leg_id = leg.id
    uid, sequence, notes = _event(beijing, leg_id)
    assert uid and sequence == 0
    send(beijing, bonn, packages)
    assert _event(bonn, leg_id) == (uid, 0, notes)
    schema = pkg.read(next(packages.iterdir()), PASSPHRASE).manifest["schema"]
    assert schema == ["0080_training_session_online"]

    # Bonn, still on a petdesk before 0079 as far as its package says, edits the notes.
    with bonn.transaction() as s:
        lg.update_travel_leg(s, leg_id, notes="seats 31A-31F")
    path = packages / "bonn.petdesk-sync"
    export(bonn, path, to=None)
    older = as_an_older_petdesk_writes(path, "travel_leg", EVENT, OLDER_SCHEMA)
    assert service.import_package(beijing, older, PASSPHRASE, backup=False).applied
    assert _event(beijing, leg_id) == (uid, 0, "seats 31A-31F")


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, without the leg's new columns."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if r[0] != "alembic_version" and not r[0].startswith("sqlite_")
        ]
        out = {}
        for table in tables:
            names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            kept = ", ".join(f'"{n}"' for n in names if not (table == "travel_leg" and n in EVENT))
            out[table] = sorted(conn.execute(f'SELECT {kept} FROM "{table}"'), key=repr)
        return out
    finally:
        conn.close()


def test_the_upgrade_keeps_every_row(tmp_path: Path) -> None:
    office = make_office(tmp_path, "Kunming")
    with office.transaction() as s:
        for n in range(12):
            visit_id = vs.create_visit(
                s, title_en=f"Visit {n}", start_date=dt.date(2026, 11, 10), end_date=dt.date(2026, 11, 12)
            ).id
            for k in range(3):
                lg.add_travel_leg(
                    s, visit_id, departs=dt.datetime(2026, 11, 10, 8 + k),
                    arrives=dt.datetime(2026, 11, 10, 10 + k), number=f"MU {5400 + k}",
                    from_place="Kunming", to_place="Beijing",
                )  # fmt: skip
    office.close()
    set_back_to(office.path, "0078_organisation_phone_email")
    before = _rows(office.path)
    assert "source_uid" not in [
        r[1] for r in sqlite3.connect(office.path).execute("PRAGMA table_info(travel_leg)")
    ]
    upgraded = open_database(office.path)
    upgraded.close()
    after = _rows(office.path)
    assert after == before
    assert len(after["travel_leg"]) == 36
    conn = sqlite3.connect(office.path)
    assert set(conn.execute("SELECT source_uid, source_sequence FROM travel_leg")) == {(None, None)}
    conn.close()
