"""Counts per entity, for ``petdesk stats`` and the status bar.

Plain SQL on the sqlite3 connection, so that ``petdesk stats`` counts without loading the models or
SQLAlchemy's ORM (issue 18). A live row is one whose ``deleted_at`` is empty: all rows (SQLite counts
them from the table's smallest index) less the deleted ones (each counted table has a partial index
holding only its deleted rows, migration 0018), instead of reading every row of the table.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Entities counted by ``petdesk stats`` (label, table), in the order shown.
COUNTED: tuple[tuple[str, str], ...] = (
    ("organisations", "organisation"),
    ("contacts", "contact"),
    ("contact methods", "contact_method"),
    ("affiliations", "affiliation"),
    ("visits", "visit"),
    ("visit participants", "visit_participant"),
    ("itinerary items", "itinerary_item"),
    ("follow-ups", "follow_up"),
    ("trainings", "training"),
    ("training sessions", "training_session"),
    ("training participants", "training_participant"),
    ("attendance records", "attendance"),
    ("activities", "activity"),
    ("projects", "project"),
)


def live_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Live (not deleted) rows per entity."""
    counts = {}
    for label, table in COUNTED:
        total = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        deleted = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL").fetchone()[0]
        counts[label] = total - deleted
    return counts


def entity_counts(session: Session) -> dict[str, int]:
    """Live (not deleted) rows per entity, in the session's transaction."""
    from petdesk.connection import session_sqlite

    return live_counts(session_sqlite(session))
