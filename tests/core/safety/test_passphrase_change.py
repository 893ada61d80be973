"""Field test 17, §3: encrypting leaves no new plain copy of the office beside the encrypted file,
``encrypt`` on an encrypted file says how to change the passphrase, and ``encrypt --change`` gives
the file a new passphrase in one step (no decrypt + encrypt, no plain copy on the way)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from petdesk import connection
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import backups, encryption

OLD = "tulip harbour 47 lantern"
NEW = "copper meadow 93 violin"
NAME = "Shangguanxiu"


@pytest.fixture(autouse=True)
def _forget_passphrases() -> None:
    connection._passphrases.clear()
    connection._latest = None


@pytest.fixture
def office(db: Database) -> Path:
    with db.transaction() as session:
        session.add(m.Contact(family_name=NAME, given_name="Lan"))
    db.close()
    return db.path


def _opens_with(path: Path, passphrase: str) -> bool:
    try:
        conn = connection.connect(path, passphrase=passphrase)
    except connection.PassphraseError:
        return False
    try:
        return conn.execute("SELECT family_name FROM contact").fetchall() == [(NAME,)]
    finally:
        conn.close()


def _backup_is_plain(path: Path) -> bool:
    with gzip.open(path, "rb") as fh:
        return fh.read(16) == connection.SQLITE_HEADER


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


def test_encrypting_leaves_an_encrypted_backup_and_no_new_plain_one(office: Path) -> None:
    result = encryption.encrypt(office, OLD)
    assert result.backup is not None and result.backup.reason == "before-encrypt"
    found = backups.backups_of(office)
    assert [b.path for b in found] == [result.backup.path]
    assert not _backup_is_plain(result.backup.path)
    assert NAME.encode() not in gzip.decompress(result.backup.path.read_bytes())
    assert result.plain_backups == []


def test_encrypt_twice_says_how_to_change_and_change_rekeys(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old_file, new_file = tmp_path / "old.txt", tmp_path / "new.txt"
    old_file.write_text(OLD, encoding="utf-8")
    new_file.write_text(NEW, encoding="utf-8")
    db = ["--lang", "en", "--db", str(office), "--passphrase-file", str(old_file)]
    assert _run(capsys, *db, "encrypt")[0] == 0

    code, text = _run(capsys, *db, "encrypt")
    assert code == 1
    assert "encrypted already" in text and "petdesk encrypt --change" in text

    code, text = _run(capsys, *db, "encrypt", "--change", "--new-passphrase-file", str(new_file))
    assert code == 0, text
    assert "changed" in text
    connection._passphrases.clear()
    connection._latest = None
    assert _opens_with(office, NEW)
    assert not _opens_with(office, OLD)
    # The backup made first keeps the old passphrase; none of the backups is plain.
    made = [b.path for b in backups.backups_of(office) if b.reason == "before-passphrase-change"]
    assert len(made) == 1 and not _backup_is_plain(made[0])
    assert not any(_backup_is_plain(b.path) for b in backups.backups_of(office))


def test_change_with_a_wrong_current_passphrase_changes_nothing(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    encryption.encrypt(office, OLD)
    connection._passphrases.clear()
    connection._latest = None
    before = office.read_bytes()
    wrong, new_file = tmp_path / "wrong.txt", tmp_path / "new.txt"
    wrong.write_text("not the passphrase at all", encoding="utf-8")
    new_file.write_text(NEW, encoding="utf-8")
    db = ["--lang", "en", "--db", str(office), "--passphrase-file", str(wrong)]
    code, text = _run(capsys, *db, "encrypt", "--change", "--new-passphrase-file", str(new_file))
    assert code != 0 and "wrong" in text
    assert office.read_bytes() == before


def test_a_keyring_refusing_the_new_passphrase_is_a_warning_and_keeps_no_old_one(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is re-keyed before the keyring is told: a keyring that then refuses the new
    passphrase must not turn a done change into an error, nor keep the old passphrase."""
    from petdesk import secrets

    encryption.encrypt(office, OLD)
    stored = {"passphrase": OLD}

    def refuse(_kind: str, _path: Path, _secret: str) -> None:
        raise secrets.SecretStoreError("the keyring is locked")

    monkeypatch.setattr(secrets, "get", lambda _kind, _path: stored.get("passphrase"))
    monkeypatch.setattr(secrets, "put", refuse)
    monkeypatch.setattr(secrets, "forget", lambda _kind, _path: stored.clear())
    old_file, new_file = tmp_path / "old.txt", tmp_path / "new.txt"
    old_file.write_text(OLD, encoding="utf-8")
    new_file.write_text(NEW, encoding="utf-8")
    db = ["--lang", "en", "--db", str(office), "--passphrase-file", str(old_file)]
    code, text = _run(capsys, *db, "encrypt", "--change", "--new-passphrase-file", str(new_file))
    assert code == 0, text
    assert "changed" in text and "Warning: the keyring is locked." in text
    assert stored == {}
    connection._passphrases.clear()
    connection._latest = None
    assert _opens_with(office, NEW)
