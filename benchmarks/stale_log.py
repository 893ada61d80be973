"""What the guard against an older state's write-ahead log costs at start (field test 70).

    python benchmarks/stale_log.py --db FILE        # e.g. a file of `petdesk demo --contacts 100000`
    python benchmarks/stale_log.py --db FILE --grow-mb 1100 --folder /tmp/big   # a hub-sized file

Works on copies of FILE in a temporary folder (``--grow-mb``: grown with a ballast table and index to
that size first): (1) no -wal, the normal start; (2) the file's own log after a kill -9 of a writing
petdesk, kept; (3) the log of an older state beside the newer file, set aside. Prints the seconds of
``stale_log.guard`` for (2) and (3) twice: "before", the trial of round 50 (the whole file copied for
each try, read-write), and "after", the file read in place through a hard link and ``immutable``
(stale51), with the ratio.
"""

from __future__ import annotations

import sys
from pathlib import Path

# keep benchmarks/ off the import path (it holds scripts named like standard modules)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from petdesk import connection, stale_log  # noqa: E402

WRITER = """
import sys
from petdesk.db import open_database
from petdesk.services import contacts as contact_service
db = open_database(sys.argv[1])
for i in range(int(sys.argv[2])):
    with db.transaction() as session:
        contact_service.create_contact(session, family_name=f"Bench{i}", given_name="Wal")
print("saved", flush=True)
sys.stdin.read()
"""


def _killed_writer(path: Path, contacts: int) -> None:
    """A petdesk that saved ``contacts`` contacts, killed before it checkpointed."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(contacts)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout is not None and child.stdout.readline().strip() == "saved"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()


def _by_copies(path: Path, wal: Path, passphrase: str | None) -> bool | None:
    """Round 50's trial, for the "before" figures: both tries on whole copies of the file."""
    with tempfile.TemporaryDirectory(prefix="petdesk-log-") as folder:
        copy = Path(folder) / "trial.sqlite"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, f"{copy}-wal")
        with_log = _quick_check(copy)
        if with_log:
            return False
        for part in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            part.unlink(missing_ok=True)
        shutil.copyfile(path, copy)
        return _quick_check(copy)


def _quick_check(path: Path) -> bool:
    conn = connection.connect(path, timeout=0, guard=False)
    try:
        return bool(conn.execute("PRAGMA quick_check").fetchall() == [("ok",)])
    except connection.DatabaseError:
        return False
    finally:
        conn.close()


def _timed(path: Path, before: bool = False) -> tuple[float, stale_log.SetAside | None]:
    stale_log._KEPT.clear()  # judged afresh each time
    judge = stale_log._log_damages
    if before:
        stale_log._log_damages = _by_copies
    try:
        started = time.perf_counter()
        done = stale_log.guard(path)
        return time.perf_counter() - started, done
    finally:
        stale_log._log_damages = judge


def _grow(path: Path, megabytes: int) -> None:
    """Ballast rows (text and an index on it, as contacts and their search entries are) until the
    file has ``megabytes``: made by SQLite itself, in batches of 100 MB."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("CREATE TABLE bench_ballast (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("CREATE INDEX bench_ballast_body ON bench_ballast (body)")
        while path.stat().st_size < megabytes * 1_000_000:
            conn.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150000) "
                "INSERT INTO bench_ballast (body) SELECT printf('%012d ', "
                "(SELECT count(*) FROM bench_ballast) + i) || hex(randomblob(150)) FROM n"
            )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _both(label: str, path: Path, wal: Path, log: Path) -> None:
    """The guard on ``log`` beside ``path``, before and after, with the log put back in between."""
    seconds = {}
    for before in (True, False):
        shutil.copyfile(log, wal)
        seconds[before], done = _timed(path, before)
        outcome = f"set aside: {done is not None}" if done else f"kept: {wal.exists()}"
        print(f"  {label}, {'before' if before else 'after'}: {seconds[before]:.2f} s, {outcome}")
        if done is not None:
            done.log.unlink()
    print(f"  {label}: after/before = {seconds[False] / seconds[True]:.2f} "
          f"({seconds[True] / seconds[False]:.1f}x faster)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--grow-mb", type=int, default=0, help="grow the copy to this size first")
    parser.add_argument("--folder", type=Path, default=None, help="where the copies go (default: temp)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="petdesk-bench-", dir=args.folder) as folder:
        path = Path(folder) / "petdesk.sqlite"
        shutil.copyfile(args.db, path)
        if args.grow_mb:
            _grow(path, args.grow_mb)
        print(f"file: {path.stat().st_size / 1e6:.0f} MB")
        seconds, _ = _timed(path)
        print(f"no -wal (normal start): {seconds * 1e6:.0f} µs")
        _killed_writer(path, 1)
        old_log = Path(folder) / "a.wal"
        shutil.copyfile(f"{path}-wal", old_log)
        _killed_writer(path, 3000)
        wal = Path(f"{path}-wal")
        own_log = Path(folder) / "own.wal"
        shutil.copyfile(wal, own_log)
        print(f"own log after kill -9 ({wal.stat().st_size / 1e6:.1f} MB):")
        _both("own log", path, wal, own_log)
        subprocess.run([sys.executable, "-c", "import sqlite3, sys; sqlite3.connect(sys.argv[1]).close()",
                        str(path)], check=True)  # fmt: skip
        print(f"older state's log ({old_log.stat().st_size / 1e6:.1f} MB):")
        _both("older state's log", path, wal, old_log)


if __name__ == "__main__":
    main()
