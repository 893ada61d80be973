"""The way back from a forgotten passphrase that README promises (field test 53, defect 5): a plain
backup made before the encryption is restored in place of the encrypted database, which is kept."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from petdesk.services import backups, forget_office
from tests.core.safety.test_encryption import _forget, _run, pfile_for
from tests.core.sync.helpers import make_office
from tests.helpers.terminal import type_at_terminal


@pytest.fixture
def forgotten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """An encrypted database whose passphrase is forgotten, and its plain backup from before."""
    monkeypatch.delenv(connection.ENV_PASSPHRASE, raising=False)
    office = make_office(tmp_path / "office", "Stuttgart Hub")
    path = office.path
    plain = backups.create(path, backups.MANUAL).path
    office.close()
    assert main(["--db", str(path), "--passphrase-file", str(pfile_for(tmp_path)), "encrypt"]) == 0
    _forget()
    return path, plain


def _office_name(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("SELECT name FROM office WHERE is_self = 1").fetchone()[0])
    finally:
        con.close()


def test_a_plain_backup_replaces_an_encrypted_database_whose_passphrase_is_forgotten(
    forgotten: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, plain = forgotten
    code, _out, err = _run(capsys, "--db", str(path), "restore", str(plain))
    assert code == 1 and "petdesk restore --replace-encrypted BACKUP" in err  # the way is named

    type_at_terminal(monkeypatch, "y\n")
    # Asked for the forgotten passphrase first (getpass reads /dev/tty, not stdin): Enter, none.
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "")
    code, out, err = _run(capsys, "--db", str(path), "restore", "--replace-encrypted", str(plain))

    assert code == 0, err
    assert "is encrypted. It is moved aside" in out and "Restored" in out
    kept = next(path.parent.glob(f"{path.name}.encrypted-*"))
    assert f"The encrypted database is kept as {kept}." in out
    assert connection.is_encrypted(kept) and not connection.is_encrypted(path)
    assert _office_name(path) == "Stuttgart Hub"
    assert kept in forget_office.survey(path).files  # removing the office takes it along


def test_no_answer_changes_nothing(
    forgotten: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, plain = forgotten
    before = path.read_bytes()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    code, _out, err = _run(capsys, "--db", str(path), "restore", "--replace-encrypted", str(plain))

    assert code == 1 and "nothing was done. Add --yes" in err
    assert path.read_bytes() == before and not list(path.parent.glob(f"{path.name}.encrypted-*"))
