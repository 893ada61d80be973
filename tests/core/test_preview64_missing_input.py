"""preview64: a file name typed wrong, given to a command that is not an import, is named as every
import names it since round 63 ("nope.txt does not exist", "nope.txt 不存在"). The passphrase files
(``sync --passphrase-file``, ``restore --backup-passphrase-file``, ``encrypt --new-passphrase-file``
and the main ``--passphrase-file``) said "cannot read the passphrase file nope.txt (No such file or
directory)", or "([Errno 2] No such file or directory: 'nope.txt')", the system's words left in English
in the Chinese message. The package, backup and calendar files given to ``sync import``, ``restore``
and ``calendar --import`` are checked here too, so that none goes back to the system's words."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import visits

SAID = {"en": "{file} does not exist", "zh_CN": "{file} 不存在"}
LANGS = ["en", "zh_CN"]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each command runs in a folder that is there, the file name typed wrong in it."""
    monkeypatch.delenv(connection.ENV_PASSPHRASE, raising=False)
    connection._passphrases.clear()
    connection._latest = None
    monkeypatch.chdir(tmp_path)
    yield
    connection._passphrases.clear()
    connection._latest = None


def _said(capsys: pytest.CaptureFixture[str], argv: list[str], lang: str, file: str) -> str:
    capsys.readouterr()
    assert main(["--lang", lang, *argv]) != 0
    err = capsys.readouterr().err
    assert SAID[lang].format(file=file) in err, err
    assert "Errno" not in err and "USB" not in err and "No such file" not in err, err
    return err


@pytest.mark.parametrize("lang", LANGS)
def test_sync_names_a_missing_package_and_passphrase_file(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    base = ["--db", str(db.path), "sync", "import"]
    _said(capsys, [*base, "nope.petdesk-sync"], lang, "nope.petdesk-sync")
    package = tmp_path / "there.petdesk-sync"
    package.write_bytes(b"")
    _said(capsys, [*base, "--passphrase-file", "nope.txt", str(package)], lang, "nope.txt")


@pytest.mark.parametrize("lang", LANGS)
def test_restore_names_a_missing_backup_and_passphrase_file(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    _said(capsys, ["--db", str(db.path), "restore", "nope.gz", "--yes"], lang, "nope.gz")
    backup = tmp_path / "there.gz"
    shutil.copyfile(db.path, backup)
    argv = ["--db", str(db.path), "restore", "--backup-passphrase-file", "nope.txt", str(backup), "--yes"]
    _said(capsys, argv, lang, "nope.txt")


@pytest.mark.parametrize("lang", LANGS)
def test_calendar_names_a_missing_ics_file(
    db: Database, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    day = dt.date(2026, 12, 8)
    with db.transaction() as s:
        visit = visits.create_visit(s, title_en="Study tour", start_date=day, end_date=day).id
    argv = ["--db", str(db.path), "calendar", "--visit", visit, "--import", "nope.ics"]
    _said(capsys, argv, lang, "nope.ics")


@pytest.fixture
def encrypted(db: Database, tmp_path: Path) -> Path:
    """A copy of the test database, encrypted with the passphrase in pass.txt."""
    office = tmp_path / "office.sqlite"
    db.engine.dispose()
    shutil.copyfile(db.path, office)
    pfile = tmp_path / "pass.txt"
    pfile.write_text("correct horse battery staple 64", encoding="utf-8")
    assert main(["--db", str(office), "--passphrase-file", str(pfile), "encrypt"]) == 0
    connection._passphrases.clear()
    connection._latest = None
    return office


@pytest.mark.parametrize("lang", LANGS)
def test_an_encrypted_database_names_a_missing_passphrase_file(
    encrypted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    _said(capsys, ["--db", str(encrypted), "--passphrase-file", "nope.txt", "stats"], lang, "nope.txt")
    connection._passphrases.clear()
    connection._latest = None
    pfile = str(tmp_path / "pass.txt")
    argv = ["--db", str(encrypted), "--passphrase-file", pfile, "encrypt", "--change"]
    _said(capsys, [*argv, "--new-passphrase-file", "nope.txt"], lang, "nope.txt")
    assert os.path.exists(encrypted)
