"""A restore's unpacked copy of the database is private, and one that a killed restore left is
removed by the next restore or backup (field test 39, defect 1: 52.8 MB, mode 644, for ever)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import backups

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes and process ids as on POSIX")


def _ended_pid() -> int:
    """The id of a process that has just ended."""
    script = "import os; print(os.getpid())"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return int(done.stdout)


@pytest.mark.parametrize("packed", [True, False], ids=["gzip", "plain"])
def test_unpacked_copy_is_private(demo_db: Database, tmp_path: Path, packed: bool) -> None:
    backup = backups.create(demo_db.path, backups.MANUAL, out=tmp_path / "b.gz").path
    if not packed:
        backup = tmp_path / "plain.sqlite"
        backup.write_bytes(demo_db.path.read_bytes())
    old_umask = os.umask(0o022)
    try:
        with backups.unpacked(backup, tmp_path) as copy:
            assert copy.stat().st_mode & 0o077 == 0, oct(copy.stat().st_mode)
    finally:
        os.umask(old_umask)


def test_a_killed_restore_s_copy_is_removed_next_time(demo_db: Database, tmp_path: Path) -> None:
    backup = backups.create(demo_db.path, backups.MANUAL, out=tmp_path / "bk_full.gz").path
    folder = demo_db.path.parent

    def leftover(name: str) -> Path:
        stray = folder / f".{name}.restore-{_ended_pid()}"
        stray.write_bytes(b"SQLite format 3\0 the whole database in clear")
        return stray

    mine = folder / f".bk_full.gz.restore-{os.getpid()}x"  # not a process id: kept
    mine.write_bytes(b"keep")
    stray = leftover("bk_full.gz")
    demo_db.close()
    backups.restore(demo_db.path, backup)
    assert not stray.exists() and mine.exists()

    stray = leftover("other.gz")
    backups.create(demo_db.path, backups.MANUAL)
    assert not stray.exists() and mine.exists()
