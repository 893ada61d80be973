"""A database file at an older schema revision, as an earlier petdesk left it, for upgrade tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import make_upgrade_engine, upgrade


def file_at(path: Path, revision: str) -> Path:
    """Make ``path`` a fresh file upgraded only as far as ``revision``; gives ``path``."""
    engine = make_upgrade_engine(path)
    try:
        upgrade(engine, revision)
    finally:
        engine.dispose()
    return path


def without_0054_and_0056(conn: sqlite3.Connection) -> None:
    """Take 0056's ``housekeeping_log`` and 0054's lodging columns out of a file whose
    ``alembic_version`` a test sets back before 0054, so that the upgrade adds them again rather than
    failing on a column that is there (the old-file tests of 0050 and 0052 broke so at 0054's merge)."""
    conn.execute("DROP TABLE IF EXISTS housekeeping_log")
    for (column,) in conn.execute(
        "SELECT name FROM pragma_table_info('training_participant') WHERE name LIKE 'lodging%'"
    ).fetchall():
        conn.execute(f"ALTER TABLE training_participant DROP COLUMN {column}")
