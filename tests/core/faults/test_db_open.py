"""Opening files: petdesk marks its own, refuses others unchanged, checks integrity quickly, and
upgrades the schema all at once with one backup that a later attempt never overwrites."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from petdesk import db as dbmod
from petdesk.db import APPLICATION_ID, DatabaseError, backup_path, inspect_file, is_healthy, open_database
from petdesk.services import backups
from tests.core.faults.v1_file import V1_DB


def _app_id(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA application_id").fetchone()[0])
    finally:
        conn.close()


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_new_files_are_marked_private_and_healthy(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_database(path).close()
    assert _app_id(path) == APPLICATION_ID
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert is_healthy(path) and is_healthy(path, full=True)


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    open_database(path).close()
    assert _app_id(path) == APPLICATION_ID


def test_foreign_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other_app.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="another program") as refused:
        open_database(path)
    assert refused.value.kind == "foreign"
    assert path.read_bytes() == before and not list(tmp_path.glob("*.bak"))
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {0x12345678}")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="another program"):
        open_database(path)


def test_damaged_file_is_refused_and_never_written(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    open_database(path).close()
    data = bytearray(path.read_bytes())
    data[-4096 * 3 : -4096 * 2] = os.urandom(4096)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="damaged") as refused:
        open_database(path)
    assert refused.value.kind == "damaged"
    assert path.read_bytes() == bytes(data)
    assert not is_healthy(path)


def test_v1_file_gets_the_application_id_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite"
    shutil.copy(V1_DB, path)
    assert _app_id(path) == 0
    open_database(path).close()
    assert _app_id(path) == APPLICATION_ID


def test_failed_upgrade_leaves_the_file_as_it_was_and_keeps_the_first_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v1.sqlite"
    shutil.copy(V1_DB, path)
    real_upgrade = dbmod.upgrade

    def upgrade_then_fail(engine, target="heads", watch=None):  # type: ignore[no-untyped-def]
        from alembic import command

        with engine.begin() as conn:
            command.upgrade(dbmod._alembic_config(conn), "0003_sync")  # tables created ...
            raise OSError(28, "No space left on device")  # ... then the disk fills up

    monkeypatch.setattr(dbmod, "upgrade", upgrade_then_fail)
    for _attempt in range(2):
        with pytest.raises(DatabaseError, match="disk is full") as failed:
            open_database(path)
        assert failed.value.kind == "full"
        state = inspect_file(path, full=True)
        assert state.healthy and state.revisions == {"0001_initial"}  # nothing of it was committed
    backup = backup_path(path, {"0001_initial"})
    assert backup is not None
    with backups.unpacked(backup, tmp_path) as raw:
        assert _dump(raw) == _dump(V1_DB)  # the copy holds exactly the file before the upgrade
    monkeypatch.setattr(dbmod, "upgrade", real_upgrade)
    open_database(path).close()
    # one upgrade backup in all: the later attempts reused the first
    assert [b.path for b in backups.backups_of(path) if b.reason.startswith("before-upgrade")] == [backup]


def test_a_damaged_upgrade_is_restored_from_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v1.sqlite"
    shutil.copy(V1_DB, path)

    def upgrade_and_break(engine, target="heads", watch=None):  # type: ignore[no-untyped-def]
        engine.dispose()
        with open(path, "r+b") as fh:  # what a failing disk might leave behind
            fh.seek(4096)
            fh.write(os.urandom(4096 * 4))
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(dbmod, "upgrade", upgrade_and_break)
    with pytest.raises(DatabaseError, match="put back as it was from the copy"):
        open_database(path)
    state = inspect_file(path, full=True)
    assert state.healthy and state.revisions == {"0001_initial"}


def test_a_symlinked_database_is_restored_where_it_lives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file the link points to is put back (as ``outfile.target`` finds it); the link stays."""
    real = tmp_path / "data" / "v1.sqlite"
    real.parent.mkdir()
    shutil.copy(V1_DB, real)
    link = tmp_path / "petdesk.sqlite"
    link.symlink_to(real)

    def upgrade_and_break(engine, target="heads", watch=None):  # type: ignore[no-untyped-def]
        engine.dispose()
        with open(real, "r+b") as fh:
            fh.seek(4096)
            fh.write(os.urandom(4096 * 4))
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(dbmod, "upgrade", upgrade_and_break)
    with pytest.raises(DatabaseError, match="put back as it was from the copy"):
        open_database(link)
    assert link.is_symlink() and link.resolve() == real
    state = inspect_file(real, full=True)
    assert state.healthy and state.revisions == {"0001_initial"}
    assert sorted(p.name for p in real.parent.iterdir()) == ["v1.sqlite"]  # no work file left


def test_file_left_by_a_killed_writer_opens(tmp_path: Path) -> None:
    """A process killed in the middle of a big transaction, after a commit still in the WAL: the
    next start opens the file with the commit and without the half transaction."""
    import subprocess
    import sys

    path = tmp_path / "w.sqlite"
    open_database(path).close()
    script = (
        "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL');"
        "c.execute('PRAGMA user_version = 7'); c.commit(); c.execute('PRAGMA cache_size = 10');"
        "c.execute('BEGIN IMMEDIATE'); c.execute('CREATE TABLE junk (x TEXT)');"
        "c.executemany('INSERT INTO junk VALUES (?)', [('x' * 500,)] * 20000); os.kill(os.getpid(), 9)"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=False)
    assert Path(f"{path}-wal").stat().st_size > 0
    Path(f"{path}-shm").unlink()  # as when the process dies while closing: the WAL index is gone
    state = inspect_file(path)
    assert state.healthy, state.message
    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == 7
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'junk'").scalar() == 0
    db.close()
