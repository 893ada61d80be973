"""Settings for one big write (the demo, a first full sync import): a bounded page cache, no
foreign-key lookups, and the secondary indexes of the big tables set aside while their rows go in.

Inserting a row into an index on a random key (a UUID, a contact id, a phone number) touches a
random page of that index; once the indexes outgrow the page cache, almost every insert reads and
spills a page. Building such an index afterwards with ``CREATE INDEX`` sorts its keys once instead:
at 300,000 contacts that made the contacts phase several times faster. Everything happens inside
the caller's transaction (DDL is transactional in SQLite), so an error or a kill restores the
indexes with the rest of the file.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import gc
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

#: The tables whose rows grow with the number of contacts (the others stay small).
BIG_TABLES = ("contact", "contact_method", "affiliation", "activity")


def secondary_indexes(conn: sqlite3.Connection, tables: Sequence[str]) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the indexes of ``tables`` that a ``CREATE INDEX`` made: not the
    ones SQLite keeps for a primary key or a UNIQUE constraint, which cannot be dropped."""
    marks = ", ".join("?" * len(tables))
    rows = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY tbl_name, name",
        tuple(tables),
    ).fetchall()
    return [(name, sql) for name, sql in rows]


@contextmanager
def page_cache(conn: sqlite3.Connection, megabytes: int) -> Iterator[None]:
    """SQLite's page cache on ``conn`` at ``megabytes`` MB for the block (it counts in the process's
    resident memory, and CREATE INDEX sorts in as much memory again), then as it was."""
    old = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {-1024 * megabytes}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {old}")


@contextmanager
def indexes_set_aside(
    conn: sqlite3.Connection, tables: Sequence[str] = BIG_TABLES, *, build_cache_mb: int = 16
) -> Iterator[None]:
    """Within a transaction already begun on ``conn``: no secondary indexes on ``tables`` until the
    block ends, when they are built again (on an error the rollback restores them).

    They are built with a page cache of ``build_cache_mb``: SQLite sorts the keys in memory chunks
    the size of the page cache, on top of the cache itself (at a million contacts a 64 MB cache
    took the demo to 325 MB resident while the indexes were built)."""
    if not conn.in_transaction:
        raise RuntimeError("indexes are set aside only inside a transaction, so an error restores them")
    indexes = secondary_indexes(conn, tables)
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    with page_cache(conn, build_cache_mb):
        for _name, sql in indexes:
            conn.execute(sql)


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused for the block: the generator makes millions of row tuples
    and no cycles, and each collection pass walked the tuples still waiting in the buffers."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def give_memory_back() -> None:
    """Collect cycles and hand the C library's free memory back to the system, between the phases
    of a big job: after millions of rows were made and dropped, glibc keeps their freed pages, which
    still count as the process's resident memory (malloc_trim releases them; elsewhere it is skipped)."""
    # Only on the main thread: in the window, other threads are the pool's, and a cycle holding a
    # widget must not be freed there (``gui.gui_thread_gc`` collects on the GUI thread instead).
    if threading.current_thread() is threading.main_thread():
        gc.collect()
    return_freed_memory()


def return_freed_memory() -> None:
    """Hand the C library's free memory back to the system (glibc's ``malloc_trim``; elsewhere
    nothing). No cycle collection: safe in a worker thread of the window, where collecting could
    delete Qt objects outside their thread."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


#: glibc's ``mallopt`` parameter for the size from which a block gets its own mapping.
_M_MMAP_THRESHOLD = -3
#: That size for a process that lives on (the window): glibc's own starting value, kept fixed.
LARGE_BLOCK_BYTES = 128 * 1024


def keep_large_blocks_apart() -> None:
    """Give every block of ``LARGE_BLOCK_BYTES`` or more its own mapping, returned to the system when
    freed (glibc; elsewhere nothing). glibc raises that size each time such a block is freed, up to
    32 MB, so that a job's big buffers (an export's chunks, a duplicates search's lists) land in the
    heap between small long-lived objects, and their pages stay resident as holes nobody can trim:
    the window crept 256 -> 293 MB over six exports of 100,000 contacts; with the size fixed,
    247 -> 255 MB (benchmarks/window_memory.py)."""
    name = ctypes.util.find_library("c")
    try:
        mallopt = ctypes.CDLL(name).mallopt if name else None
    except (OSError, AttributeError):  # not glibc
        return
    if mallopt is not None:
        mallopt(_M_MMAP_THRESHOLD, LARGE_BLOCK_BYTES)


@functools.cache
def _malloc_trim() -> Any:
    """glibc's ``malloc_trim``, or None."""
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # not glibc (macOS, Windows, musl without it)
        return None


@contextmanager
def foreign_keys_unchecked(conn: sqlite3.Connection) -> Iterator[None]:
    """Foreign keys not enforced on ``conn`` until the block ends, when they are again.

    SQLite ignores this pragma inside a transaction: enter this block before the transaction
    begins and leave it after the transaction ends. Entered too late, it changes nothing."""
    if conn.in_transaction:
        yield
        return
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        # the pool may have closed the connection after an error: then there is nothing to restore
        with contextlib.suppress(sqlite3.ProgrammingError):
            conn.execute("PRAGMA foreign_keys = ON")
