"""A whole demo database (bulk-inserted, never seen by the ORM) travels and converges."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from petdesk.db import Database, open_database
from petdesk.services import office as office_service
from petdesk.sync.service import canonical_dump
from tests.core.sync.helpers import send


def test_demo_database_round_trip(
    demo_db: Database, tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    other = open_database(new_database_file(tmp_path / "other.sqlite"))
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


def test_two_demo_offices_sync_without_a_conflict_and_hold_both_demos(tmp_path: Path) -> None:
    """Two offices each run ``petdesk demo`` (the same seed, in different months): each demo's
    records are its office's own, so the exchange adds one to the other, with nothing to decide."""
    import datetime as dt

    from petdesk.demo import generate
    from petdesk.sync import service
    from petdesk.sync.entities import by_name
    from tests.core.sync.helpers import make_office

    a, b = make_office(tmp_path / "dbs", "Hanoi"), make_office(tmp_path / "dbs", "Nairobi")
    try:
        generate(a, contacts=60, seed=1, anchor=dt.date(2026, 11, 1))
        generate(b, contacts=60, seed=1, anchor=dt.date(2026, 12, 1))

        def ids(db: Database) -> dict[str, set[str]]:
            con = sqlite3.connect(db.path)
            try:
                return {t: {r[0] for r in con.execute(f"SELECT id FROM {t}")} for t in by_name()}
            finally:
                con.close()

        before_a, before_b = ids(a), ids(b)
        packages = tmp_path / "packages"
        packages.mkdir()
        results = [send(a, b, packages), send(b, a, packages), send(a, b, packages)]
        assert [r.conflicts for r in results] == [0, 0, 0]
        assert service.list_conflicts(a) == service.list_conflicts(b) == []
        union = {t: before_a[t] | before_b[t] for t in before_a}
        assert ids(a) == ids(b) == union
        assert len(union["contact"]) == 120
        assert canonical_dump(a) == canonical_dump(b)
    finally:
        a.close()
        b.close()
