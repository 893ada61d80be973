"""A whole demo database (bulk-inserted, never seen by the ORM) travels and converges."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database, open_database
from petdesk.services import office as office_service
from petdesk.sync.service import canonical_dump
from tests.core.sync.helpers import send


def test_demo_database_round_trip(demo_db: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "other.sqlite")
    try:
        with other.transaction() as session:
            office_service.set_identity(session, name="Vientiane Office")
        packages = tmp_path / "packages"
        packages.mkdir()
        first = send(demo_db, other, packages)
        assert first.counts["contact"].added == 200
        send(other, demo_db, packages)
        assert canonical_dump(demo_db) == canonical_dump(other)
        con = sqlite3.connect(other.path)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.close()
        again = send(demo_db, other, packages)
        assert again.changes == 0 and again.conflicts == 0
    finally:
        other.close()
