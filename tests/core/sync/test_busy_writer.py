"""An export while another task writes the file (field test 34, defect 1): it waits for the other
writer, and if it cannot, says so in plain words, never SQLite's "database is locked"."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from petdesk import db as db_module
from petdesk.db import Database
from petdesk.messages import explain
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N


@contextmanager
def writer_holding_lock(path: Path, seconds: float) -> Iterator[None]:
    """Another connection (as the window's background job would be) holds the write lock for
    ``seconds`` from the moment this block starts."""
    taken = threading.Event()

    def hold() -> None:
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE office SET region = 'busy' WHERE is_self = 1")
        taken.set()
        threading.Event().wait(seconds)
        con.execute("COMMIT")
        con.close()

    thread = threading.Thread(target=hold)
    thread.start()
    taken.wait()
    try:
        yield
    finally:
        thread.join()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    # SQLite's own wait is 5 s; a short one keeps the test quick and shows the export's own patience.
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)


def _export(db: Database, out: Path, messages: list[str]) -> service.ExportResult:
    return service.export_changes(
        db, out, PASSPHRASE, kdf_n=TEST_KDF_N, durable=False, progress=messages.append
    )


def test_export_waits_for_another_writer(
    offices: tuple[Database, ...], tmp_path: Path, short_busy_timeout: None
) -> None:
    db = offices[0]
    messages: list[str] = []
    with writer_holding_lock(db.path, 1.0):
        result = _export(db, tmp_path / "all.petdesk-sync", messages)
    assert result.path.exists()
    assert "waiting for another task to finish writing" in messages


def test_export_gives_up_in_plain_words(
    offices: tuple[Database, ...], tmp_path: Path, short_busy_timeout: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = offices[0]
    monkeypatch.setattr(service, "WRITE_PATIENCE_S", 0.3)
    out = tmp_path / "all.petdesk-sync"
    with writer_holding_lock(db.path, 1.5), pytest.raises(service.WriterBusy) as caught:
        _export(db, out, [])
    assert not out.exists()
    text = explain(caught.value, "en")
    assert text.startswith("another task is writing to the database; try again in a moment")
    assert "locked" not in text


def test_sqlite_locked_error_explained_plainly() -> None:
    text = explain(sqlite3.OperationalError("database is locked"), "en")
    assert "locked" not in text and "try again in a moment" in text
