"""A new laptop restores its office's backup from anywhere, encrypted or not, into the new database
the welcome page made (field test 53, defect 6): the office identity and its sync state come along."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from petdesk.db import open_database
from petdesk.services import backups
from petdesk.services import contacts as cs
from tests.core.safety.test_encryption import PASSPHRASE, _forget, pfile_for
from tests.core.sync.helpers import make_office, office_id, send


def _peers(path: Path, passphrase: str | None = None) -> list[tuple[str, object]]:
    con = connection.connect(path, passphrase=passphrase) if passphrase else sqlite3.connect(path)
    try:
        return con.execute("SELECT office_id, last_import_at FROM sync_peer ORDER BY office_id").fetchall()
    finally:
        con.close()


def handover_backup(tmp_path: Path) -> tuple[Path, str, list[tuple[str, object]]]:
    """An encrypted handover backup on a stick (``backup --out``, as README says), with the office's
    id and its sync state (an import from Bonn)."""
    hub = make_office(tmp_path / "old", "Stuttgart Hub")
    bonn = make_office(tmp_path / "bonn", "Bonn Office")
    with hub.transaction() as s:
        cs.create_contact(s, family_name="Müller", given_name="Anna")
    (tmp_path / "packages").mkdir()
    send(hub, bonn, tmp_path / "packages")
    send(bonn, hub, tmp_path / "packages")
    hub_id, path = office_id(hub), hub.path
    hub.close()
    bonn.close()
    peers = _peers(path)
    assert peers and peers[0][1]  # the import from Bonn is recorded
    given = ["--db", str(path), "--passphrase-file", str(pfile_for(tmp_path))]
    assert main([*given, "encrypt"]) == 0
    handover = tmp_path / "usb" / "stuttgart-handover.gz"
    handover.parent.mkdir()
    assert main([*given, "backup", "--out", str(handover)]) == 0
    _forget()
    return handover, hub_id, peers


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, list[tuple[str, object]]]:
    monkeypatch.delenv(connection.ENV_PASSPHRASE, raising=False)
    return handover_backup(tmp_path)


def _new_database(tmp_path: Path) -> Path:
    path = tmp_path / "new" / "petdesk.sqlite"
    path.parent.mkdir()
    open_database(path).close()  # as the window makes it before the welcome page
    return path


def test_an_encrypted_backup_from_a_stick_becomes_this_installation_s_office(
    stick: tuple[Path, str, list[tuple[str, object]]], tmp_path: Path
) -> None:
    handover, hub_id, peers = stick
    path = _new_database(tmp_path)

    result = backups.restore_new_installation(path, handover, passphrase=PASSPHRASE)

    assert result.new_office is not None and result.new_office.id == hub_id
    assert result.counts["contact"] == 1
    assert connection.is_encrypted(path)
    assert _peers(path, PASSPHRASE) == peers  # what came from Bonn is known here too


def test_a_wrong_passphrase_changes_nothing(
    stick: tuple[Path, str, list[tuple[str, object]]], tmp_path: Path
) -> None:
    handover, _hub_id, _peers_then = stick
    path = _new_database(tmp_path)
    before = path.read_bytes()

    with pytest.raises(backups.BackupPassphraseError):
        backups.restore_new_installation(path, handover, passphrase="not the one")

    assert path.read_bytes() == before


def test_a_database_with_records_is_not_replaced_this_way(
    stick: tuple[Path, str, list[tuple[str, object]]], tmp_path: Path
) -> None:
    handover, _hub_id, _peers_then = stick
    path = _new_database(tmp_path)
    db = open_database(path)
    with db.transaction() as s:
        cs.create_contact(s, family_name="Wang", given_name="Fang")
    db.close()

    with pytest.raises(backups.BackupError, match="not a new database"):
        backups.restore_new_installation(path, handover, passphrase=PASSPHRASE)


def test_on_a_new_laptop_a_wrong_passphrase_is_called_wrong_and_no_loss_is_claimed(
    stick: tuple[Path, str, list[tuple[str, object]]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Field test 53, §7: "encrypted with another passphrase … --backup-passphrase-file" where there
    is no database passphrase at all; then "changes … are missing here" as a fact."""
    handover, _hub_id, _peers_then = stick
    target = tmp_path / "new laptop" / "petdesk.sqlite"
    wrong = tmp_path / "wrong.pass"
    wrong.write_text("not the one", encoding="utf-8")
    capsys.readouterr()

    assert main(["--db", str(target), "--passphrase-file", str(wrong), "restore", str(handover)]) == 1
    err = capsys.readouterr().err
    assert f"wrong passphrase for this backup {handover}; nothing was changed" in err
    assert "--backup-passphrase-file" not in err

    _forget()
    given = ["--db", str(target), "--passphrase-file", str(pfile_for(tmp_path))]
    assert main([*given, "restore", str(handover)]) == 0
    out, err = capsys.readouterr()
    assert "are missing here" not in err
    assert "If this office exchanged packages after the backup was made" in out and "Bonn Office" in out


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_restore_latest_on_a_new_laptop_says_how_to_name_the_stick_s_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    """Field test 59: ``restore --latest`` on a new laptop (no backup folder yet) said only that
    there was no backup, not that the one on the stick is restored by naming its file."""
    new = tmp_path / "new-laptop" / "petdesk.sqlite"
    new.parent.mkdir()
    capsys.readouterr()
    assert main(["--lang", lang, "--db", str(new), "restore", "--latest"]) == 1
    err = capsys.readouterr().err
    assert "petdesk restore FILE" in err
    assert ("USB stick" in err) if lang == "en" else ("U 盘" in err)
