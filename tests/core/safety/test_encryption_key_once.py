"""The key of an encrypted file is derived once per process (cliwrite52): SQLCipher derives it anew
for every connection, a tenth to a fifth of a second of CPU, and a writing command opened three."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import connection

sqlcipher3 = pytest.importorskip("sqlcipher3")

PASSPHRASE = "tulip harbour 47 lantern"


@pytest.fixture(autouse=True)
def _fresh_process_state() -> None:
    connection._passphrases.clear()
    connection._latest = None
    connection._DERIVED.clear()


def _encrypted(path: Path, *pragmas: str) -> Path:
    """A file encrypted by SQLCipher's own derivation of ``PASSPHRASE`` (as ``petdesk encrypt`` makes)."""
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    for pragma in pragmas:
        conn.execute(pragma)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (42)")
    conn.commit()
    conn.close()
    return path


def test_the_key_derived_here_is_sqlciphers(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "e.sqlite")
    raw = connection._derived_key(path, PASSPHRASE)
    conn = sqlcipher3.connect(str(path))  # the driver alone, with the key derived here
    try:
        conn.execute(f"PRAGMA key = \"x'{raw}'\"")
        assert conn.execute("SELECT x FROM t").fetchone() == (42,)
    finally:
        conn.close()


def test_connections_share_one_derivation(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "e.sqlite")
    connection.set_passphrase(path, PASSPHRASE)
    for readonly in (True, False, True):
        conn = connection.connect(path, readonly=readonly)
        try:
            assert conn.execute("SELECT x FROM t").fetchone() == (42,)
        finally:
            conn.close()
    assert len(connection._DERIVED) == 1


def test_a_wrong_passphrase_is_still_told(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "e.sqlite")
    connection.set_passphrase(path, "not it")
    with pytest.raises(connection.PassphraseError, match="wrong"):
        connection.connect(path)


def test_a_derivation_sqlcipher_no_longer_uses_falls_back_to_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should a later SQLCipher derive keys otherwise, its files still open (its own derivation)."""
    path = _encrypted(tmp_path / "e.sqlite")
    monkeypatch.setattr(connection, "_KDF", ("sha512", 1_000, 32))
    connection.set_passphrase(path, PASSPHRASE)
    conn = connection.connect(path)
    try:
        assert conn.execute("SELECT x FROM t").fetchone() == (42,)
    finally:
        conn.close()
