"""An import killed with SIGKILL at any moment leaves the database as before or fully imported."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import insert

from petdesk.models import Contact
from petdesk.models.types import new_id
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, send

CONTACTS = 8_000


@pytest.fixture(scope="module")
def big_package(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list, list]:
    """Bonn's database before the import, the package, and the dumps before and after importing."""
    folder = tmp_path_factory.mktemp("kill")
    a = make_office(folder / "dbs", "Beijing")
    b = make_office(folder / "dbs", "Bonn")
    send(a, b, folder)
    now = dt.datetime.now(dt.UTC)
    with a.transaction() as session:
        session.execute(
            insert(Contact),
            [
                {
                    "id": new_id(),
                    "family_name": f"Family{i}",
                    "given_name": "Given",
                    "notes": "x" * 80,
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(CONTACTS)
            ],
        )
    package = folder / "big.petdesk-sync"
    export(a, package)
    con = sqlite3.connect(b.path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = service.canonical_dump(b)
    pristine = folder / "bonn-pristine.sqlite"
    shutil.copy(b.path, pristine)
    service.import_package(b, package, PASSPHRASE, backup=False)
    after = service.canonical_dump(b)
    assert len(after) > len(before) + CONTACTS - 1
    a.close()
    b.close()
    return pristine, package, before, after


def _size(path: Path) -> int:
    """The file's size, 0 when it is not there: the WAL can vanish between a check and a stat
    (the import closes and checkpoints it), which failed CI once as FileNotFoundError."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _wait_for(predicate, proc: subprocess.Popen, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not predicate():
        if proc.poll() is not None or time.monotonic() > deadline:
            return
        time.sleep(0.002)


@pytest.mark.parametrize("moment", ["at once", "backup written", "writing", "committing", "finished"])
def test_sigkill_mid_import_leaves_before_or_after(big_package, tmp_path: Path, moment: str) -> None:
    pristine, package, before, after = big_package
    db_path = tmp_path / "bonn.sqlite"
    shutil.copy(pristine, db_path)
    wal = Path(f"{db_path}-wal")
    env = dict(os.environ)
    # The import as the command line runs it, without loading every other command's modules.
    script = (
        "import sys; from petdesk.db import open_database; from petdesk.sync.service import import_package; "
        "import_package(open_database(sys.argv[1]), sys.argv[2], sys.argv[3])"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(db_path), str(package), PASSPHRASE],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        if moment == "backup written":
            _wait_for(lambda: any((tmp_path / "backups").glob("*-before-sync-import.gz")), proc)
        elif moment == "writing":
            _wait_for(lambda: _size(wal) > 300_000, proc)
        elif moment == "committing":
            _wait_for(lambda: _size(wal) > 1_500_000, proc)
        elif moment == "finished":
            proc.wait(timeout=120)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)

    from petdesk.db import Database, make_engine

    db = Database(path=db_path, engine=make_engine(db_path))
    try:
        con = sqlite3.connect(db_path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.close()
        dump = service.canonical_dump(db)
        assert dump in (before, after), f"half-imported state after a kill {moment}"
        if moment == "finished":
            assert proc.returncode == 0 and dump == after
    finally:
        db.close()


@pytest.mark.parametrize("moment", ["journal made", "half written", "finished"])
def test_sigkill_mid_bulk_import_leaves_before_or_after(big_package, tmp_path: Path, moment: str) -> None:
    """A big import writes through a rollback journal (sync/service.py, _rollback_journal): killed,
    it leaves a hot journal that opening the file the user's way rolls back."""
    pristine, package, before, after = big_package
    db_path = tmp_path / "bonn.sqlite"
    shutil.copy(pristine, db_path)
    journal = Path(f"{db_path}-journal")
    size = db_path.stat().st_size
    script = (
        "import sys; from petdesk.db import open_database; from petdesk.sync import bulk; "
        "from petdesk.sync.service import import_package; bulk.MIN_ROWS = 1000; "
        "import_package(open_database(sys.argv[1]), sys.argv[2], sys.argv[3])"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(db_path), str(package), PASSPHRASE],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        if moment == "journal made":
            _wait_for(journal.exists, proc)
        elif moment == "half written":
            _wait_for(lambda: journal.exists() and db_path.stat().st_size > size + 1_000_000, proc)
        else:
            proc.wait(timeout=120)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)

    from petdesk.db import open_database

    db = open_database(db_path)  # inspected read-only first, as the window and commands do
    try:
        dump = service.canonical_dump(db)
        assert dump in (before, after), f"half-imported state after a kill {moment}"
        con = sqlite3.connect(db_path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        con.close()
        if moment == "finished":
            assert proc.returncode == 0 and dump == after and not journal.exists()
    finally:
        db.close()
