"""Passphrases live in the system keyring, never in the database file or its backups."""

from __future__ import annotations

import gzip
from pathlib import Path

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import backups
from petdesk.sync import service
from tests.helpers.keyring_backend import MemoryKeyring

SECRET = "correct horse battery staple"


def _file_bytes(db: Database) -> bytes:
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db.path.read_bytes()


def test_remembered_passphrase_is_in_the_keyring_only(db: Database, memory_keyring: MemoryKeyring) -> None:
    service.store_passphrase(db, SECRET)
    assert service.stored_passphrase(db) == SECRET
    assert list(memory_keyring.entries.values()) == [SECRET]
    with db.raw() as conn:
        values = [v for (v,) in conn.execute("SELECT value FROM setting")]
    assert SECRET not in values
    assert SECRET.encode() not in _file_bytes(db)
    info = backups.create(db.path, backups.MANUAL)
    assert SECRET.encode() not in gzip.decompress(info.path.read_bytes())
    service.store_passphrase(db, None)
    assert service.stored_passphrase(db) is None and not memory_keyring.entries


def test_plain_text_passphrase_of_older_versions_is_moved(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    with db.raw() as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (service.PASSPHRASE_SETTING, SECRET))
    assert service.stored_passphrase(db) == SECRET
    with db.raw() as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM setting WHERE key = ?", (service.PASSPHRASE_SETTING,)
            ).fetchone()[0]
            == 0
        )


def test_without_a_keyring_nothing_is_stored(db: Database, tmp_path: Path, capsys) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET)
    assert main(["--db", str(db.path), "sync", "passphrase", "--passphrase-file", str(secret_file)]) == 1
    err = capsys.readouterr().err
    assert "keyring" in err and err.count("\n") == 1
    assert SECRET.encode() not in _file_bytes(db)
