"""Keep the main database file current: a cheap checkpoint of the write-ahead log (field test 28).

While a window holds the database open, SQLite never checkpoints on closing a connection (only the
last one does), and its automatic checkpoint waits for 1,000 pages: a contact import of a few
hundred kilobytes stayed in ``-wal``, and a copy of the main file taken then lacked it. A PASSIVE
checkpoint copies what it can without waiting for readers or writers, so it never blocks the
window or another process; the copy of a file is still best made with ``petdesk backup``.
"""

from __future__ import annotations

from pathlib import Path

from petdesk import connection


def checkpoint(path: Path) -> bool:
    """Copy the committed pages of ``path``'s WAL into the main file, without waiting; True when
    all of them are in it now (False: a reader or writer held some back, or it is not WAL)."""
    if not Path(f"{path}-wal").exists():
        return True
    conn = connection.connect(path, timeout=0)
    try:
        busy, in_log, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        conn.close()
    return busy == 0 and in_log == copied
