"""The window's application caps SQLite's memory (field test 10: 93-133 MB of page caches)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from petdesk import connection
from petdesk.gui import app as gui_app


@pytest.fixture
def unlimited_after() -> Iterator[None]:
    yield
    connection.limit_sqlite_memory(0)


def test_the_application_limits_sqlite_memory(qapp, unlimited_after: None) -> None:
    gui_app.make_application()
    conn = sqlite3.connect(":memory:")
    try:
        assert conn.execute("PRAGMA soft_heap_limit").fetchone()[0] == gui_app.WINDOW_SQLITE_MB << 20
    finally:
        conn.close()
