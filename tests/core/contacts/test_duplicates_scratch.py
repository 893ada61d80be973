"""The scratch database of whole-file passes: plain for a plain file, encrypted for an encrypted one."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from petdesk.services.duplicates_at_scale import _in_background
from petdesk.services.scratch import attach_source, scratch_database

sqlcipher3 = pytest.importorskip("sqlcipher3")


def test_a_plain_source_gets_a_plain_scratch_database() -> None:
    source = sqlite3.connect(":memory:")
    with scratch_database(source) as scratch:
        assert isinstance(scratch, sqlite3.Connection)
        scratch.execute("CREATE TABLE t (x)")
        scratch.execute("INSERT INTO t VALUES (1)")
        assert scratch.execute("SELECT x FROM t").fetchall() == [(1,)]
    with pytest.raises(sqlite3.ProgrammingError):  # closed with the block
        scratch.execute("SELECT 1")


def test_an_encrypted_source_gets_an_encrypted_scratch_database() -> None:
    """Names and e-mails copied out of an encrypted file must not reach the disk in clear."""
    source = sqlcipher3.connect(":memory:")
    with scratch_database(source) as scratch:
        assert isinstance(scratch, sqlcipher3.dbapi2.Connection)
        scratch.execute("CREATE TABLE t (name)")
        scratch.executemany("INSERT INTO t VALUES (?)", [(f"张伟 {i}",) for i in range(20_000)])
        assert scratch.execute("SELECT count(*) FROM t").fetchone() == (20_000,)
        # a key is set: SQLCipher tells the cipher settings of a keyed database only
        assert scratch.execute("PRAGMA cipher_provider").fetchone()


def _file_with_rows(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")  # as petdesk's files are
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
        conn.commit()


def test_a_plain_file_is_attached_read_only_and_stays_writable_for_others(tmp_path: Path) -> None:
    """SQLite copies the rows from the attached file; the file is neither written nor locked."""
    path = tmp_path / "petdesk.sqlite"
    _file_with_rows(path)
    with closing(sqlite3.connect(path)) as source, scratch_database(source) as scratch:
        assert attach_source(scratch, source)
        scratch.execute("CREATE TABLE copied AS SELECT x FROM src.t")
        assert scratch.execute("SELECT x FROM copied").fetchall() == [(1,)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            scratch.execute("INSERT INTO src.t VALUES (2)")
        with closing(sqlite3.connect(path, timeout=0)) as other:  # the window may write meanwhile
            other.execute("INSERT INTO t VALUES (3)")
            other.commit()
        assert scratch.execute("SELECT count(*) FROM src.t").fetchone() == (2,)


def test_what_cannot_be_attached_is_said(tmp_path: Path) -> None:
    """A database in memory, a connection in a transaction (a second connection would not see its
    changes) and an encrypted file (whose key the connection does not give) are copied through
    Python instead."""
    path = tmp_path / "petdesk.sqlite"
    _file_with_rows(path)
    in_memory = sqlite3.connect(":memory:")
    in_transaction = sqlite3.connect(path)
    in_transaction.execute("INSERT INTO t VALUES (2)")
    encrypted = sqlcipher3.connect(str(tmp_path / "encrypted.sqlite"))
    for source in (in_memory, in_transaction, encrypted):
        with closing(source), scratch_database(source) as scratch:
            assert not attach_source(scratch, source)
            assert [row[1] for row in scratch.execute("PRAGMA database_list")] == ["main"]


#: A statement that would count for minutes unless interrupted.
_ENDLESS = (
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) "
    "SELECT count(*) FROM n"
)


def test_statements_run_in_the_background_while_the_block_runs_and_their_error_is_raised() -> None:
    """The people are copied in a thread while Python reads e-mails and phones: what the thread did
    is there when the block ends, and its failure is not lost."""
    with closing(sqlite3.connect(":memory:")) as source, scratch_database(source) as scratch:
        with _in_background(scratch, "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"):
            done_meanwhile = sum(range(1000))
        assert done_meanwhile == 499500
        assert scratch.execute("SELECT x FROM t").fetchall() == [(1,)]
        missing = pytest.raises(sqlite3.OperationalError, match="no such table: missing")
        with missing, _in_background(scratch, "INSERT INTO missing VALUES (1)"):
            pass


def test_an_error_in_the_block_stops_the_background_statements() -> None:
    """The block's error is the one raised, at once: the endless statement is interrupted rather
    than waited for, and the connection closes after it stopped."""
    for pause in (0.0, 0.2):  # before the statement starts, and while it runs
        _stopped_after(pause)


def _stopped_after(pause: float) -> None:
    started = time.monotonic()
    with closing(sqlite3.connect(":memory:")) as source, scratch_database(source) as scratch:
        with pytest.raises(KeyError, match="stop"), _in_background(scratch, _ENDLESS):
            time.sleep(pause)
            raise KeyError("stop")  # whether the statement has started yet or not
        assert scratch.execute("SELECT 1").fetchone() == (1,)  # still usable
    assert time.monotonic() - started < 30
