"""``Database.released``: the window converts its own open office (File › Change Passphrase…), and a
background read that held a connection through ``close()``, or began during the conversion, made it
fail with "database is locked" (tests/gui/test_encryption_menu.py)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk import connection
from petdesk import models as m
from petdesk.db import Database, DatabaseError, open_database
from petdesk.services import encryption

PASSPHRASE = "quiet orchard 58 kettle"


@pytest.fixture(autouse=True)
def _forget_passphrases() -> None:
    connection._passphrases.clear()
    connection._latest = None


def _count(db: Database) -> int:
    with db.reading() as session:
        return session.query(m.Contact).count()


def test_waits_for_a_read_in_progress_and_refuses_new_ones(
    tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    db = open_database(new_database_file(tmp_path / "office.sqlite"))
    with db.transaction() as session:
        session.add(m.Contact(family_name="Ximenbai", given_name="Lin"))
    reading, let_go = threading.Event(), threading.Event()

    def slow_read() -> None:  # the status bar's count, still running when the conversion starts
        with db.reading() as session:
            session.query(m.Contact).count()
            reading.set()
            let_go.wait(10)

    reader = threading.Thread(target=slow_read)
    reader.start()
    assert reading.wait(10)
    inside = threading.Event()
    converted: list[object] = []

    def convert() -> None:
        with db.released():
            inside.set()
            with pytest.raises(DatabaseError) as refused:  # a read that begins now
                _count(db)
            assert refused.value.kind == "paused"
            converted.append(encryption.encrypt(db.path, PASSPHRASE))

    converter = threading.Thread(target=convert)
    converter.start()
    assert not inside.wait(0.3), "the conversion began while a read held a connection"
    let_go.set()
    reader.join(10)
    converter.join(30)
    assert inside.is_set() and converted, "the conversion did not run"
    assert connection.is_encrypted(db.path)
    # Afterwards the same Database reads the converted file (a new engine, with SQLCipher).
    assert _count(db) == 1
    db.close()


def test_a_connection_kept_out_is_said_and_nothing_is_refused_after(
    tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    db = open_database(new_database_file(tmp_path / "office.sqlite"))
    session = db.sessions()
    session.query(m.Contact).count()  # holds a connection until closed
    try:
        with pytest.raises(DatabaseError) as busy, db.released(timeout_s=0.2):
            pass
        assert busy.value.kind == "locked"
    finally:
        session.close()
    assert _count(db) == 0
    db.close()


def test_waits_for_a_plain_connection_in_use_before_encrypting(
    tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    """A sync export or a backup reads through ``Database.raw()``, outside the pool: the conversion
    waited for the pool only and replaced the file under it."""
    db = open_database(new_database_file(tmp_path / "office.sqlite"))
    with db.transaction() as session:
        session.add(m.Contact(family_name="Ximenbai", given_name="Lin"))
    reading, let_go = threading.Event(), threading.Event()
    seen_by_export: list[int] = []

    def export() -> None:  # a long sync export, still reading when the conversion starts
        conn = db.raw()
        try:
            conn.execute("BEGIN")
            seen_by_export.append(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
            reading.set()
            let_go.wait(10)
            seen_by_export.append(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
            conn.execute("COMMIT")
        finally:
            conn.close()

    exporter = threading.Thread(target=export)
    exporter.start()
    assert reading.wait(10)
    inside = threading.Event()
    converted: list[object] = []

    def convert() -> None:
        with db.released():
            inside.set()
            with pytest.raises(DatabaseError) as refused:  # a plain connection asked for now
                db.raw()
            assert refused.value.kind == "paused"
            converted.append(encryption.encrypt(db.path, PASSPHRASE))

    converter = threading.Thread(target=convert)
    converter.start()
    assert not inside.wait(0.3), "the conversion began while an export held a plain connection"
    let_go.set()
    exporter.join(10)
    converter.join(30)
    assert seen_by_export == [1, 1]
    assert inside.is_set() and converted, "the conversion did not run"
    assert connection.is_encrypted(db.path)
    conn = db.raw()  # afterwards plain connections open the encrypted file
    try:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
    finally:
        conn.close()
    db.close()


def test_a_plain_connection_kept_open_is_named_in_the_busy_error(
    tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    db = open_database(new_database_file(tmp_path / "office.sqlite"))
    conn = db.raw()
    try:
        with pytest.raises(DatabaseError) as busy, db.released(timeout_s=0.2):
            pass
        assert busy.value.kind == "locked"
        assert str(busy.value).startswith("the database is busy: ")
        assert "test_a_plain_connection_kept_open_is_named_in_the_busy_error" in busy.value.detail
    finally:
        conn.close()
    with db.released(timeout_s=0.2):  # closed: nothing to wait for
        pass
    dropped = db.raw()
    del dropped  # dropped without close(): no longer counted once collected
    gc.collect()
    with db.released(timeout_s=0.2):
        pass
    assert _count(db) == 0
    db.close()
