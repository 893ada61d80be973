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


def write_rows(conn: sqlite3.Connection, from_json: str, one_row: str, rows: Sequence[Sequence[Any]]) -> None:
    """Write ``rows`` with ``from_json`` (one statement taking the rows as one JSON array parameter)
    or, when a text holds a NUL, with ``one_row`` (the same write for one row, by ``executemany``)."""
    if not rows:
        return
    payload = json.dumps(rows)
    # json.dumps writes a NUL as \u0000 (a text holding a backslash and "u0000" also matches: it
    # only goes the slower way)
    if "\\u0000" in payload:
        conn.executemany(one_row, rows)
    else:
        conn.execute(from_json, (payload,))
