"""A private scratch database for whole-address-book passes that must not hold every record in memory.

Duplicate detection over a million contacts groups millions of keys; as Python dicts they took 1.7 GB.
Written into a scratch SQLite database instead, SQLite groups and sorts them in a page cache of fixed
size and spills the rest to a temporary file that is deleted when the connection closes. The scratch
database of an encrypted file is encrypted too (with a random key), as it holds names and e-mails.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import cast

from petdesk.connection import sqlcipher3

#: Page cache of the scratch database (KiB): what it may hold in memory before it spills to disk.
SCRATCH_CACHE_KIB = 32 * 1024


@contextmanager
def scratch_database(source: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A new, empty temporary database, deleted when the block ends; encrypted when ``source`` is."""
    if isinstance(source, sqlite3.Connection) or sqlcipher3 is None:
        # uri: a source file is attached read-only by its URI (see attach_source); another thread
        # may run statements while the one that opened it waits (duplicates_at_scale._in_background)
        conn = sqlite3.connect("", isolation_level=None, uri=True, check_same_thread=False)
    else:
        conn = cast(sqlite3.Connection, sqlcipher3.connect("", isolation_level=None))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
    with closing(conn):
        # main.: of the scratch database only, not of a file attached later (attach_source), which
        # others may be writing (locking_mode without a schema would hold that file's lock too)
        for pragma in (
            "main.journal_mode = OFF",  # nothing to roll back to: the file dies with the connection
            "main.synchronous = OFF",
            "main.locking_mode = EXCLUSIVE",
            "temp_store = FILE",  # sorts of GROUP BY and CREATE INDEX spill to disk, not to memory
            f"main.cache_size = -{SCRATCH_CACHE_KIB}",
        ):
            conn.execute(f"PRAGMA {pragma}")
        yield conn


def attach_source(scratch: sqlite3.Connection, source: sqlite3.Connection, name: str = "src") -> bool:
    """Attaches the file of ``source`` to ``scratch`` read-only as schema ``name``, so that rows are
    copied from one to the other in SQLite rather than through Python (at a million contacts, the
    people through Python took 20 s of CPU, in SQLite half of that). Only a plain file (an
    encrypted one needs a key that ``source`` does not give) read outside a transaction (whose
    changes another connection would not see); False when it cannot be attached."""
    if not isinstance(source, sqlite3.Connection) or source.in_transaction:
        return False
    path = next((file for _, schema, file in source.execute("PRAGMA database_list") if schema == "main"), "")
    if not path:  # a database in memory
        return False
    try:
        scratch.execute(f"ATTACH DATABASE ? AS {name}", (f"{Path(path).as_uri()}?mode=ro",))
    except (sqlite3.Error, ValueError):  # ValueError: a path as_uri cannot write (not absolute)
        return False
    return True
