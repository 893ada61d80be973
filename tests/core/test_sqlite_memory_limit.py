"""The window keeps SQLite's memory under one limit for all its connections (field test 10)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from petdesk import connection


def _limit() -> int:
    conn = sqlite3.connect(":memory:")
    try:
        return int(conn.execute("PRAGMA soft_heap_limit").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def unlimited_after() -> Iterator[None]:
    yield
    connection.limit_sqlite_memory(0)


def test_the_limit_holds_for_every_connection(unlimited_after: None) -> None:
    connection.limit_sqlite_memory(64)
    assert _limit() == 64 << 20
    connection.limit_sqlite_memory(0)
    assert _limit() == 0
