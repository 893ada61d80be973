"""The scratch database of whole-file passes: plain for a plain file, encrypted for an encrypted one."""

from __future__ import annotations

import sqlite3

import pytest

from petdesk.services.scratch import scratch_database

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
