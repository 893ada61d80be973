"""``petdesk demo`` killed with SIGKILL at any moment leaves all of its data or none, and never a
database without its search triggers. Short form in CI; ``PETDESK_SLOW=1`` runs 120 kills."""

from __future__ import annotations

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

from petdesk.cli import main
from petdesk.db import inspect_file


def _triggers(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        conn.close()


def _contacts(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()


def _wait_opened(path: Path, proc: subprocess.Popen[bytes]) -> float:
    """Wait until the process has the database open (its WAL file appears); returns that moment."""
    wal = Path(f"{path}-wal")
    while proc.poll() is None and not wal.exists():
        time.sleep(0.002)
    return time.monotonic()


def run_kills(folder: Path, *, contacts: int, kills: int, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    pristine = folder / "pristine.sqlite"
    # An office with its own name: the generator then writes nothing before it sets the triggers aside.
    assert main(["--db", str(pristine), "office", "--name", "Bonn Office"]) == 0
    triggers = _triggers(pristine)
    argv = [sys.executable, "-m", "petdesk", "--db", "{db}", "demo", "--contacts", str(contacts)]
    # How long a run takes here once it has opened the database: kills land anywhere in that.
    calibrate = folder / "calibrate.sqlite"
    shutil.copyfile(pristine, calibrate)
    proc = subprocess.Popen([a.format(db=calibrate) for a in argv], stdout=subprocess.DEVNULL)
    opened = _wait_opened(calibrate, proc)
    assert proc.wait(timeout=600) == 0
    window = time.monotonic() - opened
    full = _contacts(calibrate)
    figures = {"kills": 0, "none": 0, "all": 0, "window_ms": int(window * 1000)}
    path = folder / "k.sqlite"
    for _ in range(kills):
        for leftover in folder.glob("k.sqlite*"):
            leftover.unlink()
        shutil.copyfile(pristine, path)
        proc = subprocess.Popen(
            [a.format(db=path) for a in argv], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        _wait_opened(path, proc)
        time.sleep(rng.uniform(0, 0.8 * window))  # a run may go faster than the calibration did
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            figures["kills"] += 1
        proc.wait(timeout=60)
        state = inspect_file(path, full=True)
        assert state.healthy, state.message
        assert _triggers(path) == triggers, "a killed demo left search triggers dropped"
        n = _contacts(path)
        assert n in (0, full), f"half a demo: {n} contacts"
        figures["none" if n == 0 else "all"] += 1
        print(f"kill {figures['kills']}: {figures}", file=sys.stderr, flush=True)
    return figures


def test_killed_demo_short(tmp_path: Path) -> None:
    figures = run_kills(tmp_path, contacts=100, kills=2)
    print(figures)


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("PETDESK_SLOW"), reason="set PETDESK_SLOW=1 for the long kill test")
def test_killed_demo_long(tmp_path: Path) -> None:
    figures = run_kills(tmp_path, contacts=2000, kills=120)
    print(figures)
    assert figures["kills"] >= 100
