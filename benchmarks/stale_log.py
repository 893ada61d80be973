"""What the guard against an older state's write-ahead log costs at start (field test 70).

    python benchmarks/stale_log.py --db FILE        # e.g. a file of `petdesk demo --contacts 100000`

Works on copies of FILE in a temporary folder: (1) no -wal, the normal start; (2) the file's own log
after a kill -9 of a writing petdesk, tried on copies and kept; (3) the log of an older state beside
the newer file, tried twice and set aside. Prints the seconds of ``stale_log.guard`` for each.
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
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from petdesk import stale_log  # noqa: E402

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


def _timed(path: Path) -> tuple[float, stale_log.SetAside | None]:
    started = time.perf_counter()
    done = stale_log.guard(path)
    return time.perf_counter() - started, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="petdesk-bench-") as folder:
        path = Path(folder) / "petdesk.sqlite"
        shutil.copyfile(args.db, path)
        print(f"file: {path.stat().st_size / 1e6:.0f} MB")
        seconds, _ = _timed(path)
        print(f"no -wal (normal start): {seconds * 1e6:.0f} µs")
        _killed_writer(path, 1)
        old_log = Path(folder) / "a.wal"
        shutil.copyfile(f"{path}-wal", old_log)
        _killed_writer(path, 3000)
        wal = Path(f"{path}-wal")
        print(f"own log after kill -9 ({wal.stat().st_size / 1e6:.1f} MB):", end=" ", flush=True)
        seconds, done = _timed(path)
        print(f"{seconds:.2f} s, kept: {done is None and wal.exists()}")
        subprocess.run([sys.executable, "-c", "import sqlite3, sys; sqlite3.connect(sys.argv[1]).close()",
                        str(path)], check=True)  # fmt: skip
        shutil.copyfile(old_log, wal)
        seconds, done = _timed(path)
        print(f"older state's log: {seconds:.2f} s, set aside: {done is not None}")


if __name__ == "__main__":
    main()
