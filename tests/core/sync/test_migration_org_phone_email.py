"""``0078_organisation_phone_email``: an organisation's phone and e-mail travel between offices, a
package of an office not yet at 0078 leaves them as they are here, and the upgrade keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
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

OLDER_SCHEMA = "0072_project_deadline_time"
CHANNELS = ("phone", "email")


def _channels(db: Database, org_id: str) -> tuple[str, ...]:
    with db.reading() as s:
        org = s.get(m.Organisation, org_id)
        assert org is not None
        return org.phone, org.email, org.notes


def test_phone_and_email_travel_and_an_older_offices_package_keeps_them(
    offices: tuple[Database, ...], packages: Path
) -> None:
    beijing, bonn, _ = offices
    with beijing.transaction() as s:
        org_id = os_.create_organisation(
            s, name_en="Stadtwerke Bonn", country="DE", phone="0228 711 1", email="info@swb-bonn.de"
        ).id
    send(beijing, bonn, packages)
    assert _channels(bonn, org_id) == ("+49 228 7111", "info@swb-bonn.de", "")
    # packages name the newest exchanged revision (0080 since a session says whether it is online)
    schema = pkg.read(next(packages.iterdir()), PASSPHRASE).manifest["schema"]
    assert schema == ["0080_training_session_online"]

    # Bonn, still on a petdesk before 0078 as far as its package says, edits the notes.
    with bonn.transaction() as s:
        os_.update_organisation(s, org_id, notes="switchboard closes at 16:00")
    path = packages / "bonn.petdesk-sync"
    export(bonn, path, to=None)
    older = as_an_older_petdesk_writes(path, "organisation", CHANNELS, OLDER_SCHEMA)
    assert service.import_package(beijing, older, PASSPHRASE, backup=False).applied
    assert _channels(beijing, org_id) == ("+49 228 7111", "info@swb-bonn.de", "switchboard closes at 16:00")


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, without the organisation's new columns."""
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
            kept = ", ".join(f'"{n}"' for n in names if not (table == "organisation" and n in CHANNELS))
            out[table] = sorted(conn.execute(f'SELECT {kept} FROM "{table}"'), key=repr)
        return out
    finally:
        conn.close()


def test_the_upgrade_keeps_every_row(tmp_path: Path) -> None:
    office = make_office(tmp_path, "Kunming")
    with office.transaction() as s:
        for n in range(30):
            org = os_.create_organisation(s, name_en=f"Bureau {n}", country="CN", city_en="Kunming")
            cs.create_contact(s, family_name="Li", given_name=f"Na {n}", organisation_id=org.id)
    office.close()
    set_back_to(office.path, "0077_persian_letters")
    before = _rows(office.path)
    assert "phone" not in [
        r[1] for r in sqlite3.connect(office.path).execute("PRAGMA table_info(organisation)")
    ]
    upgraded = open_database(office.path)
    upgraded.close()
    after = _rows(office.path)
    assert after == before
    assert sum(map(len, after.values())) > 60
    conn = sqlite3.connect(office.path)
    assert set(conn.execute("SELECT phone, email FROM organisation")) == {("", "")}
    conn.close()
