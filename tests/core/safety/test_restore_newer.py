"""A backup made by a newer petdesk is refused before anything changes (field test 53, defect 4):
restored, it replaced a working database by one this petdesk could not open."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.services import backups
from tests.core.sync.helpers import make_office


def _newer_backup(path: Path, target: Path) -> Path:
    """A copy of ``path``'s backup as a later petdesk, one migration ahead, would have written it."""
    packed = backups.create(path, backups.MANUAL, out=target.with_suffix(".tmp.gz")).path
    with gzip.open(packed, "rb") as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
    con = sqlite3.connect(target)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.close()
    return target


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM office WHERE is_self = 1")]
    finally:
        con.close()


def test_a_newer_backup_is_refused_over_a_working_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = make_office(tmp_path / "office", "Stuttgart Hub")
    backup = _newer_backup(office.path, tmp_path / "newer.sqlite")
    office.close()
    before = office.path.read_bytes()
    folder = backups.folder_for(office.path)
    kept = backups.list_backups(folder, office.path.name)
    capsys.readouterr()

    assert main(["--db", str(office.path), "restore", str(backup)]) == 1

    err = capsys.readouterr().err
    assert "was made by a newer petdesk (schema 0099_from_the_future): update petdesk to restore it" in err
    assert office.path.read_bytes() == before and _names(office.path) == ["Stuttgart Hub"]
    assert backups.list_backups(folder, office.path.name) == kept  # no before-restore copy either


def test_a_newer_backup_is_refused_on_a_new_computer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = make_office(tmp_path / "office", "Stuttgart Hub")
    backup = _newer_backup(office.path, tmp_path / "newer.sqlite")
    office.close()
    fresh = tmp_path / "new" / "petdesk.sqlite"

    assert main(["--db", str(fresh), "restore", str(backup)]) == 1

    assert "made by a newer petdesk" in capsys.readouterr().err
    assert not fresh.exists() or fresh.stat().st_size == 0
