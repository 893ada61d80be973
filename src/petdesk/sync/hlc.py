"""Hybrid logical clock: orders changes across offices even when laptop clocks disagree.

A clock value is wall time in milliseconds plus a counter. Every local change takes a value
greater than every value this office has made or seen, so a change made after looking at
another office's change always sorts after it, whatever the two wall clocks say. Values are
written as fixed-width text (``"0001764374400000.000000"``) so that SQLite compares them as
strings in the right order. Ties between offices are broken by office id (see ``Version``).
The version table keeps them as one integer, ``ms * 1_000_000 + counter`` (``to_int``): the same
digits without the dot, so integers sort as the text does, in 8 bytes instead of 20.
"""

from __future__ import annotations

import datetime as dt
import time
from functools import lru_cache
from typing import Any, NamedTuple

#: Smaller than every real clock value.
ZERO = "0000000000000.000000"
#: Largest millisecond part whose integer form fits SQLite's signed 64 bits (the year 2262).
MAX_MS = (2**63 - 1) // 1_000_000 - 1
#: Key of the persistent clock in the ``sync_state`` table.
STATE_KEY = "hlc"


class Version(NamedTuple):
    """A field's version: its clock value and the office that wrote it. Tuples compare in the
    total order the merge rule uses (clock first, office id to break ties)."""

    hlc: str
    office: str


def encode(ms: int, counter: int = 0) -> str:
    return f"{ms:013d}.{counter:06d}"


def decode(value: str) -> tuple[int, int]:
    ms, _, counter = value.partition(".")
    return int(ms), int(counter or 0)


def is_valid(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 20 or value[13] != ".":
        return False
    return value[:13].isdigit() and value[14:].isdigit() and int(value[:13]) <= MAX_MS


@lru_cache(maxsize=4096)
def to_int(value: str) -> int:
    """A clock value as the version table stores it (same order; records share few values)."""
    return int(value[:13]) * 1_000_000 + int(value[14:])


@lru_cache(maxsize=4096)
def from_int(value: int) -> str:
    return f"{value // 1_000_000:013d}.{value % 1_000_000:06d}"


def wall_ms() -> int:
    return int(time.time() * 1000)


def from_datetime(value: dt.datetime) -> str:
    return encode(int(value.timestamp() * 1000))


def tick(last: str, now_ms: int | None = None) -> str:
    """The next local clock value after ``last``."""
    now = wall_ms() if now_ms is None else now_ms
    last_ms, last_counter = decode(last)
    if now > last_ms:
        return encode(now, 0)
    return encode(last_ms, last_counter + 1)


def observe(last: str, remote: str) -> str:
    """The clock after seeing a value from another office: never behind what was seen."""
    return max(last, remote)


def to_datetime(value: str) -> dt.datetime:
    ms, _ = decode(value)
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC)


class PersistentClock:
    """The office's clock, kept in ``sync_state`` inside the caller's transaction, so that two
    processes writing the same file still hand out increasing values (SQLite serialises writers)."""

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor

    def current(self) -> str:
        row = self.cursor.execute("SELECT value FROM sync_state WHERE key = ?", (STATE_KEY,)).fetchone()
        return row[0] if row and is_valid(row[0]) else ZERO

    def _store(self, value: str) -> None:
        self.cursor.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (STATE_KEY, value),
        )

    def tick(self) -> str:
        value = tick(self.current())
        self._store(value)
        return value

    def observe(self, remote: str) -> str:
        current = self.current()
        value = observe(current, remote)
        if value != current:
            self._store(value)
        return value
