"""The first schema's database file, kept forever, upgrades in place to the newest schema."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from petdesk.db import code_heads, file_revisions, open_database
from petdesk.models import Base
from petdesk.models.search import FTS_TABLES

V1_DB = Path(__file__).resolve().parents[1] / "data" / "petdesk_v1.sqlite"

#: Tables of the first schema and the rows the committed file holds in each.
V1_ROWS = {
    "office": 1,
    "organisation": 4,
    "contact": 9,
    "contact_method": 18,
    "affiliation": 10,
    "visit": 1,
    "visit_participant": 4,
    "itinerary_item": 1,
    "itinerary_attendee": 1,
    "itinerary_organisation": 1,
    "follow_up": 1,
    "training": 1,
    "training_session": 1,
    "session_trainer": 1,
    "training_participant": 4,
    "attendance": 4,
    "activity": 1,
    "project": 1,
}


def _migration_context(conn: object) -> MigrationContext:
    """Compare only tables the models declare; the FTS5 search index and its shadow tables are
    created by migration 0002_search outside the ORM metadata."""
    return MigrationContext.configure(
        conn, opts={"include_name": lambda name, type_, _parent: type_ != "table" or name not in FTS_TABLES}
    )


def _dump(path: Path, tables: dict[str, int]) -> dict[str, list[tuple]]:
    """Every row of the v1 tables, restricted to the v1 columns, in id order."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            out[table] = (cols, conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall())
        return out
    finally:
        conn.close()


def test_committed_v1_file_is_the_first_schema() -> None:
    conn = sqlite3.connect(V1_DB)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_initial",)]
        for table, n in V1_ROWS.items():
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n, table
    finally:
        conn.close()


def test_v1_file_upgrades_to_newest_schema_losing_nothing(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copy(V1_DB, copy)
    before = _dump(copy, V1_ROWS)

    db = open_database(copy)
    try:
        assert file_revisions(db.engine) == code_heads()
        with db.engine.connect() as conn:
            assert compare_metadata(_migration_context(conn), Base.metadata) == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()

    after = _dump(copy, V1_ROWS)
    for table, (cols, rows) in before.items():
        new_cols, new_rows = after[table]
        assert set(cols) <= set(new_cols), f"{table} lost columns"
        positions = [new_cols.index(c) for c in cols]
        projected = sorted(tuple(r[i] for i in positions) for r in new_rows)
        assert projected == sorted(rows), f"{table} changed"
    # the old file was backed up before the upgrade
    assert list((tmp_path / "backups").glob("old.sqlite-*-before-upgrade-*.gz"))


def test_fresh_database_matches_models(db) -> None:
    with db.engine.connect() as conn:
        assert compare_metadata(_migration_context(conn), Base.metadata) == []


def test_opening_again_does_not_migrate_or_back_up(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    open_database(path).close()
    open_database(path).close()
    assert not list(tmp_path.glob("*.bak"))


def test_migrations_have_exactly_one_head() -> None:
    assert len(code_heads()) == 1


def test_cheap_revision_reading_agrees_with_alembic() -> None:
    """Opening a file reads the migration files' revision lines instead of loading Alembic (issue 18):
    both ways must find the same heads and revisions."""
    from alembic.script import ScriptDirectory

    from petdesk.db import _alembic_config, alembic_heads, known_revisions

    assert code_heads() == alembic_heads()
    walked = {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
    assert known_revisions() == walked
