"""A database holding values a newer petdesk stored that this release does not know (a new role,
status, kind …): tests that an older office opens such a file (``enums.falls_back_to``)."""

from __future__ import annotations

from contextlib import closing

from sqlalchemy import Enum

from petdesk import enums
from petdesk.db import Database
from petdesk.models.base import Base

#: What a newer office might have stored: no release knows it.
NEWER = "from_the_future"


def enum_columns() -> list[tuple[str, str, type[enums.StrEnum]]]:
    """(table, column, enum) of every enum column of the models."""
    import petdesk.models  # noqa: F401  (every table registered)

    return [
        (t.name, c.name, c.type.enum_class)
        for t in Base.metadata.sorted_tables
        for c in t.columns
        if isinstance(c.type, Enum)
    ]


def plant_newer_values(db: Database, *, every: int = 3) -> None:
    """Every ``every``-th row of every table with an enum column gets the unknown value in each."""
    with closing(db.raw()) as conn, conn:
        for table, column, _ in enum_columns():
            conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid % ? = 0', (NEWER, every))


def stored(db: Database, table: str, column: str, row_id: str) -> str:
    """The value the file holds, as it holds it."""
    with closing(db.raw()) as conn:
        return conn.execute(f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)).fetchone()[0]
