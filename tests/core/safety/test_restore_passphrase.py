"""Field test 7, defect 2: ``petdesk --passphrase-file FILE restore BACKUP`` of an encrypted backup
said "no passphrase was given" when the target was a new path or a plain database: the passphrase
given before the command was only registered for an encrypted database already there."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from tests.core.safety.test_encryption import PASSPHRASE, _forget, _rows, _run, pfile_for
from tests.helpers.fixtures import new_file_at


@pytest.fixture(autouse=True)
def _no_passphrase_around(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(connection.ENV_PASSPHRASE, raising=False)
    _forget()


@pytest.fixture(scope="module")
def plain_and_stick(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> tuple[Path, Path]:
    """A plain demo database, and an encrypted backup of the same office on a "stick"."""
    folder = tmp_path_factory.mktemp("stick")
    plain = new_file_at(empty_template, folder / "plain.sqlite")
    assert main(["--db", str(plain), "demo", "--contacts", "20", "--seed", "7"]) == 0
    office = folder / "office.sqlite"
    shutil.copyfile(plain, office)
    db = ["--db", str(office), "--passphrase-file", str(pfile_for(folder))]
    assert main([*db, "encrypt"]) == 0
    stick = folder / "stick_backup.gz"
    assert main([*db, "backup", "--out", str(stick)]) == 0
    _forget()
    return plain, stick


def test_restore_onto_a_new_path_uses_the_passphrase_file(
    plain_and_stick: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, stick = plain_and_stick
    target = tmp_path / "newlaptop" / "office.sqlite"
    pfile = pfile_for(tmp_path)
    code, out, err = _run(capsys, "--db", str(target), "--passphrase-file", str(pfile), "restore", str(stick))
    assert code == 0, err
    assert "Restored" in out
    # The restored file is read with the passphrase too: the demo office exchanged with nobody, so
    # there is no warning about changes exchanged after the backup ("ask each office ...").
    assert "changes exchanged with other offices" not in err, err
    assert connection.is_encrypted(target)
    assert _rows(target, PASSPHRASE) == _rows(plain)


def test_restore_over_a_plain_database_uses_the_passphrase_file(
    plain_and_stick: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, stick = plain_and_stick
    target = tmp_path / "office.sqlite"
    shutil.copyfile(plain, target)
    pfile = pfile_for(tmp_path)
    code, out, err = _run(capsys, "--db", str(target), "--passphrase-file", str(pfile), "restore", str(stick))
    assert code == 0, err
    assert "no passphrase was given" not in err
    # The backup is encrypted: so is the database restored from it (never a plain copy of it).
    assert connection.is_encrypted(target)
    assert _rows(target, PASSPHRASE) == _rows(plain)
    assert "encrypted" in out


def test_a_wrong_passphrase_file_is_named_as_wrong(
    plain_and_stick: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _plain, stick = plain_and_stick
    target = tmp_path / "office.sqlite"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("tulip harbour 47 lanterns", encoding="utf-8")
    code, _out, err = _run(
        capsys, "--db", str(target), "--passphrase-file", str(wrong), "restore", str(stick)
    )
    assert code == 1
    # a new computer has no database passphrase: the one given is simply wrong (field test 53, §7)
    assert "wrong passphrase for this backup" in err and "no passphrase was given" not in err, err
    assert not target.exists()


def test_a_plain_backup_over_an_encrypted_office_is_restored_encrypted(
    plain_and_stick: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The plain backup made before `encrypt` was refused over the encrypted office, after the
    user had confirmed, with advice that could not be followed (field test 17 §4). It is restored
    now, encrypted with the office's passphrase, so the office stays encrypted."""
    from petdesk.services import backups

    plain, stick = plain_and_stick
    office = tmp_path / "office.sqlite"
    pfile = pfile_for(tmp_path)
    db = ["--db", str(office), "--passphrase-file", str(pfile)]
    assert _run(capsys, *db, "restore", str(stick))[0] == 0  # the encrypted office
    plain_backup = tmp_path / "plain-backup.gz"
    assert _run(capsys, "--db", str(plain), "backup", "--out", str(plain_backup))[0] == 0
    _forget()
    code, out, err = _run(capsys, *db, "restore", str(plain_backup))
    assert code == 0, err
    assert "it is restored encrypted with the database's passphrase" in out
    assert connection.is_encrypted(office)
    _forget()
    assert _rows(office, PASSPHRASE) == _rows(plain)
    assert not backups.is_encrypted_backup(plain_backup) and backups.is_encrypted_backup(stick)
    # The list says which backups are plain: the one the restore made of the office is encrypted.
    code, out, _err = _run(capsys, *db, "backups")
    kinds = [word for line in out.splitlines()[1:] for word in line.split() if word in ("encrypted", "plain")]
    assert kinds == ["encrypted"]
