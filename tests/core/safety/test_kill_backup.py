"""SIGKILL at random moments of backup and restore leaves the old or the new database, never a
mixture, never damage, and never a half backup in the list.

Marked slow; the short form (a few runs) always runs. ``PETDESK_KILL_RUNS=200`` runs the long form.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from petdesk.db import open_database
from petdesk.models.types import stored_time
from petdesk.services import backups
from petdesk.services import check as checking

RUNS = int(os.environ.get("PETDESK_KILL_RUNS", "6"))

SCRIPT = """
import sys
from pathlib import Path
from petdesk.services import backups
op, db, source = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
print("ready", flush=True)
if op == "restore":
    backups.restore(db, source)
else:
    backups.create(db, "manual")
"""


def _state(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT id, family_name, deleted_at FROM contact ORDER BY id").fetchall()
    finally:
        conn.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A database ("old": half its contacts deleted) and a backup of it before the deletion ("new")."""
    from petdesk.demo import generate
    from tests.helpers.fixtures import DEMO_ANCHOR

    folder = tmp_path_factory.mktemp("killstates")
    db = open_database(folder / "old.sqlite")
    generate(db, contacts=600, seed=3, anchor=DEMO_ANCHOR)
    newer = backups.create(db.path, "manual", out=folder / "new.gz")
    with db.raw() as conn:
        deleted = stored_time(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        conn.execute("UPDATE contact SET deleted_at = ? WHERE rowid % 2 = 0", (deleted,))
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return db.path, newer.path


@pytest.mark.slow
def test_kill_during_backup_and_restore(states: tuple[Path, Path], tmp_path: Path) -> None:
    old_db, new_backup = states
    old_state = _state(old_db)
    with backups.unpacked(new_backup, tmp_path) as tmp:
        new_state = _state(tmp)
    assert old_state != new_state
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3] / "src")}
    rng = random.Random(11)
    outcome = {"old": 0, "new": 0, "damaged": 0, "mixed": 0, "half backups": 0}
    durations: dict[str, float] = {}
    for run in range(RUNS):
        op = ("restore", "backup")[run % 2]
        work = tmp_path / f"run{run}"
        work.mkdir()
        db = work / "petdesk.sqlite"
        shutil.copyfile(old_db, db)
        proc = subprocess.Popen(
            [sys.executable, "-c", SCRIPT, op, str(db), str(new_backup)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        started = time.monotonic()
        if op not in durations:  # first run of each kind: let it finish, to learn how long it takes
            assert proc.wait(timeout=120) == 0
            durations[op] = time.monotonic() - started
        else:
            time.sleep(rng.uniform(0, durations[op] * 1.2))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        if checking.quick_check(db) is not None or not checking.check(db).clean:
            outcome["damaged"] += 1
            print(f"run {run} {op}: damaged", flush=True)
            continue
        state = _state(db)
        expected = {old_state} if op == "backup" else {old_state, new_state}
        key = "old" if state == old_state else "new" if state == new_state else "mixed"
        outcome[key if state in expected or key == "mixed" else "mixed"] += 1
        print(f"run {run} {op}: {key}", flush=True)  # seen with -s; a long run reports as it goes
        for info in backups.backups_of(db):
            try:
                backups.preview(info.path)
            except backups.BackupError:
                outcome["half backups"] += 1
    print(f"{RUNS} runs: {outcome}; full run took {durations}")
    assert outcome["damaged"] == outcome["mixed"] == outcome["half backups"] == 0
    assert outcome["old"] + outcome["new"] == RUNS
