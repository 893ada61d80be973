"""Many rows written with one SQL statement reading them from a JSON array (``json_each``).

Why one statement: the FTS5 index behind ``search_entry`` flushes what it holds at each statement's
savepoint, so writing entries one statement a row (``executemany``) wrote an index segment a row
(issue 17). Why not always: SQLite's JSON functions end a string at an escaped NUL (``\\u0000``),
and a name may hold one; rows with a NUL go one statement a row, as before, and keep every character.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any


def holds_nul(row: Sequence[Any]) -> bool:
    return any(isinstance(v, str) and "\x00" in v for v in row)


def write_rows(conn: sqlite3.Connection, from_json: str, one_row: str, rows: Sequence[Sequence[Any]]) -> None:
    """Write ``rows`` with ``from_json`` (one statement taking the rows as one JSON array parameter),
    those with a text holding a NUL with ``one_row`` (the same write for one row, by ``executemany``).
    The rows must not depend on one another (entries by row id): their order may change."""
    if not rows:
        return
    payload = json.dumps(rows)
    # json.dumps writes a NUL as \u0000 (a text holding a backslash and "u0000" matches too: those
    # rows are then looked at one by one)
    if "\\u0000" in payload:
        cut = [row for row in rows if holds_nul(row)]
        rows = [row for row in rows if not holds_nul(row)]
        conn.executemany(one_row, cut)
        payload = json.dumps(rows)
    if rows:
        conn.execute(from_json, (payload,))
