"""A real "no room to write" for tests: a full disk cannot be made in a test, but the OS limit on
the size of files a process writes (RLIMIT_FSIZE) refuses writes beyond it just as truly."""

from __future__ import annotations

import resource
import signal
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def file_size_limit(size: int) -> Iterator[None]:
    """Within the block, a write past ``size`` bytes of any file fails (EFBIG) instead of
    killing the process (SIGXFSZ ignored); SQLite reports it as a disk error."""
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)


def no_room_to_rewrite(path: Path) -> int:
    """A limit that lets a small transaction through but not a rewrite of the whole file at
    ``path`` (VACUUM writes every page again): half the file, its WAL emptied first."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path.stat().st_size // 2


def no_room_for_a_write(path: Path) -> int:
    """A limit that refuses the next write to the database at ``path``, however small: its WAL is
    emptied, and a page written to it goes past the limit (a disk with no room left at all)."""
    conn = sqlite3.connect(path)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        conn.close()
    assert not busy and path.with_name(path.name + "-wal").stat().st_size == 0
    return 4096
