"""``petdesk backups --folder DIR`` on a file that still needs upgrading (field test 88, #7): on a
nearly full laptop the upgrade's backup finds no room, and the way out, keeping backups on a USB
stick, opened the file first, so tried the upgrade, and failed the same way. The folder is now kept
in the file as it is; the upgrade that follows puts its backup on the stick. The full laptop is a
real file-size limit that the backup's copy of the whole file cannot pass."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import needs_upgrade
from petdesk.services import backups
from tests.core.faults.v1_file import V1_DB
from tests.helpers.file_limit import file_size_limit


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_the_folder_is_set_without_upgrading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "laptop" / "petdesk.sqlite"
    old.parent.mkdir()
    shutil.copyfile(V1_DB, old)
    stick = tmp_path / "stick"
    stick.mkdir()
    before = _revision(old)
    capsys.readouterr()
    with file_size_limit(64 * 1024):  # the file is 336 KB: no room for its copy on the laptop
        assert main(["--db", str(old), "stats"]) == 1  # the upgrade's backup: no room
        capsys.readouterr()
        code = main(["--db", str(old), "backups", "--folder", str(stick)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "upgrade" not in err, err
    assert _revision(old) == before and needs_upgrade(old)  # left as it was
    assert backups.folder_for(old) == stick.resolve() and str(stick.resolve()) in out, out
    # With the folder on the stick, the upgrade goes through, its backup on the stick.
    assert main(["--db", str(old), "stats"]) == 0
    assert not needs_upgrade(old)
    made = backups.list_backups(stick, old.name)
    assert len(made) == 1 and made[0].ok and "upgrade" in made[0].reason, made
