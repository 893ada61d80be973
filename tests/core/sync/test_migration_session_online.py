"""``0080_training_session_online``: whether a session is held online travels between offices, a
package of an office not yet at 0080 leaves it as it is here, an office not yet at 0080 refuses a
package naming it in plain words, and the upgrade keeps every row (NULL: read from the text)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.services import trainings as ts
from petdesk.sync import package as pkg
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, as_an_older_petdesk_writes, export, make_office, send
from tests.helpers.old_files import set_back_to

REVISION = "0080_training_session_online"
OLDER_SCHEMA = "0079_travel_leg_source_uid"


def _said(db: Database, session_id: str) -> tuple[Any, str]:
    with db.reading() as s:
        row = s.get(m.TrainingSession, session_id)
        assert row is not None
        return row.online, row.room_en


def _session(db: Database) -> str:
    with db.transaction() as s:
        training = ts.create_training(
            s, title_en="Sponge cities", start_date=dt.date(2027, 3, 16), end_date=dt.date(2027, 3, 18)
        )
        return ts.add_session(
            s, training.id, start=dt.datetime(2027, 3, 17, 9), end=dt.datetime(2027, 3, 17, 10),
            title_en="Streamed", room_en="Room 3", online=True,
        ).id  # fmt: skip


def test_the_setting_travels_and_an_older_offices_package_keeps_it(
    offices: tuple[Database, ...], packages: Path
) -> None:
    beijing, bonn, _ = offices
    session_id = _session(beijing)
    send(beijing, bonn, packages)
    assert _said(bonn, session_id) == (True, "Room 3")
    assert pkg.read(next(packages.iterdir()), PASSPHRASE).manifest["schema"] == [REVISION]

    # Bonn says in person; the change travels back.
    with bonn.transaction() as s:
        ts.update_session(s, session_id, online=False)
    send(bonn, beijing, packages)
    assert _said(beijing, session_id) == (False, "Room 3")

    # Bonn, still on a petdesk before 0080 as far as its package says, changes the room.
    with bonn.transaction() as s:
        ts.update_session(s, session_id, room_en="Room 4")
    path = packages / "bonn.petdesk-sync"
    export(bonn, path, to=None)
    older = as_an_older_petdesk_writes(path, "training_session", ("online",), OLDER_SCHEMA)
    assert service.import_package(beijing, older, PASSPHRASE, backup=False).applied
    assert _said(beijing, session_id) == (False, "Room 4")


def test_an_office_before_0080_refuses_a_package_naming_it_in_plain_words(
    offices: tuple[Database, ...], packages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    beijing, bonn, _ = offices
    session_id = _session(beijing)
    path = packages / "beijing.petdesk-sync"
    export(beijing, path, to=None)
    older_code = service._code_revisions() - {REVISION}
    monkeypatch.setattr(service, "_code_revisions", lambda: older_code)
    with pytest.raises(service.RejectedPackage, match="update") as refused:
        service.import_package(bonn, path, PASSPHRASE, backup=False)
    assert REVISION in str(refused.value)
    with bonn.reading() as s:
        assert s.get(m.TrainingSession, session_id) is None  # nothing half-imported


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, without the session's new column."""
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
            kept = ", ".join(f'"{n}"' for n in names if not (table == "training_session" and n == "online"))
            out[table] = sorted(conn.execute(f'SELECT {kept} FROM "{table}"'), key=repr)
        return out
    finally:
        conn.close()


def test_the_upgrade_keeps_every_row(tmp_path: Path) -> None:
    office = make_office(tmp_path, "Kunming")
    with office.transaction() as s:
        for n in range(10):
            training = ts.create_training(
                s, title_en=f"Training {n}", start_date=dt.date(2027, 3, 16), end_date=dt.date(2027, 3, 18)
            )
            for k in range(3):
                ts.add_session(
                    s, training.id, start=dt.datetime(2027, 3, 16 + k, 9),
                    end=dt.datetime(2027, 3, 16 + k, 12), title_en=f"Session {k}",
                    room_en=("Zoom", "Hall A", "")[k],
                )  # fmt: skip
    office.close()
    set_back_to(office.path, OLDER_SCHEMA)
    before = _rows(office.path)
    assert "online" not in [
        r[1] for r in sqlite3.connect(office.path).execute("PRAGMA table_info(training_session)")
    ]
    upgraded = open_database(office.path)
    upgraded.close()
    after = _rows(office.path)
    assert after == before
    assert len(after["training_session"]) == 30
    conn = sqlite3.connect(office.path)
    assert set(conn.execute("SELECT online FROM training_session")) == {(None,)}
    conn.close()
