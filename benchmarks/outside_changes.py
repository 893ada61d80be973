"""What the window's watcher of outside changes costs per tick (field test 70).

    QT_QPA_PLATFORM=offscreen python benchmarks/outside_changes.py [--db FILE] [--ticks N]

Without ``--db`` a new empty file in a temporary folder. Prints microseconds per tick on the GUI
thread: ``Database.data_version`` alone, a whole ``OutsideChanges.check`` with the file quiet, and one
after another connection committed (the tick that finds it; the refresh itself runs off the GUI thread).
"""

from __future__ import annotations

import sys
from pathlib import Path

# keep benchmarks/ off the import path (it holds scripts named like standard modules)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import sqlite3  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from petdesk.db import open_database  # noqa: E402
from petdesk.gui.qt import QApplication, QWidget  # noqa: E402


def _per_tick_us(fn: object, ticks: int) -> float:
    assert callable(fn)
    started = time.perf_counter()
    for _ in range(ticks):
        fn()
    return (time.perf_counter() - started) / ticks * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--ticks", type=int, default=20_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from petdesk.gui.outside_changes import OutsideChanges

    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite"
        db = open_database(path)
        window = QWidget()
        watcher = OutsideChanges(lambda: db, window, catch_up=lambda _db: 0)
        watcher.check()  # the first tick opens the connection and takes the baseline
        print(f"data_version alone: {_per_tick_us(db.data_version, args.ticks):.1f} µs per call")
        print(f"check, file quiet:  {_per_tick_us(watcher.check, args.ticks):.1f} µs per tick")
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("CREATE TABLE IF NOT EXISTS bench_outside (x)")
        found = []
        for i in range(min(args.ticks, 2_000)):
            other.execute("INSERT INTO bench_outside VALUES (?)", (i,))
            started = time.perf_counter()
            watcher._pending_since = None  # each commit found as the first of a burst
            watcher.check()
            found.append(time.perf_counter() - started)
        other.execute("DROP TABLE bench_outside")
        other.close()
        print(f"check, after an outside commit: {sum(found) / len(found) * 1e6:.1f} µs per tick")
        watcher.stop()
        db.close()
        del app


if __name__ == "__main__":
    main()
