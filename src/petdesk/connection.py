"""The sqlite3 connection under a session, for bulk statements (a leaf module: services import it
without importing ``db``, which registers the services' session listeners)."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def session_sqlite(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under the session's transaction, for bulk statements that skip
    SQLAlchemy's per-row work."""
    conn = session.connection().connection.driver_connection
    if not isinstance(conn, sqlite3.Connection):
        raise TypeError(f"petdesk runs on sqlite3, not {type(conn).__name__}")
    return conn


def begin_real_transaction(conn: sqlite3.Connection) -> None:
    """Open the SQLite transaction now if the driver has not yet.

    pysqlite (in its default mode) only begins a transaction before INSERT/UPDATE/DELETE, so DDL
    such as DROP TRIGGER at the start of a session's work would otherwise commit by itself. The
    session's commit or rollback ends the transaction begun here."""
    if not conn.in_transaction:
        conn.execute("BEGIN")
