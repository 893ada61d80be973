"""``petdesk demo`` at scale: time, CPU and peak memory, with and without the final search rebuild,
beside a raw baseline that writes the same rows with plain ``executemany``.

    python benchmarks/demo.py                      # 100,000 contacts in a temporary folder
    python benchmarks/demo.py --contacts 1000000 --keep /tmp/demo-1m

Each run is its own ``petdesk demo`` process (as a user would run it); its peak resident memory is
the process's own VmHWM, its CPU time the kernel's (``wait4``). A second run skips the search
rebuild, so the generator's own figures are known apart from it. The raw baseline reads every row
the demo wrote (search tables aside) and inserts it into an empty copy of the schema in one
transaction with ``executemany``: the least that writing those rows costs. Issue 17's target for
a million contacts is 6 minutes and 300 MB. The machine's load average is printed with the figures:
compare CPU seconds and ratios, not wall seconds, on a busy machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

# keep benchmarks/ off the import path, as the other benchmarks do
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass  # noqa: E402

#: ``python -m petdesk`` that writes its peak resident memory (VmHWM) to $DEMO_HWM_FILE at exit,
#: and skips the search rebuild when $DEMO_NO_SEARCH is set.
WRAPPER = """
import atexit, os, runpy, sys
def hwm():
    with open("/proc/self/status") as status, open(os.environ["DEMO_HWM_FILE"], "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
atexit.register(hwm)
if os.environ.get("DEMO_NO_SEARCH"):
    from petdesk.services import search
    search.rebuild_search_index = lambda session: None
sys.argv = ["petdesk", *sys.argv[1:]]
runpy.run_module("petdesk", run_name="__main__", alter_sys=True)
"""
MINUTES_AT_1M = 6.0
PEAK_MB = 300


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    size_mb: float


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def run_demo(db: Path, contacts: int, *, search: bool) -> Run:
    """``petdesk --db DB demo --contacts N`` as its own process."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    hwm = Path(tempfile.mkstemp(prefix="petdesk-demo-hwm-")[1])
    env = {**os.environ, "DEMO_HWM_FILE": str(hwm)}
    if not search:
        env["DEMO_NO_SEARCH"] = "1"
    argv = [sys.executable, "-c", WRAPPER, "--db", str(db), "demo", "--contacts", str(contacts)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert proc.stdout is not None
    output = proc.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"petdesk demo failed:\n{output[-2000:]}")
    peak_mb = int(hwm.read_text()) / 1024
    hwm.unlink(missing_ok=True)
    return Run(wall, usage.ru_utime + usage.ru_stime, peak_mb, db.stat().st_size / 1e6)


def demo_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables the demo fills, parents before children (as SQLite lists them: creation order),
    without the search index (its own rebuild is timed apart) and bookkeeping tables."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    skip = ("search", "sync_", "sqlite_", "alembic", "office")
    return [n for n in names if not n.startswith(skip)]


def raw_insert(source: Path, target: Path) -> float:
    """Seconds to write the demo's rows into an empty copy of the schema (tables and indexes, no
    triggers) in one transaction with ``executemany`` 20,000 rows at a time."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA journal_mode = WAL")
    for (sql,) in src.execute(
        "SELECT sql FROM sqlite_master WHERE type IN ('table', 'index') AND sql IS NOT NULL "
        "AND tbl_name NOT LIKE 'search%' ORDER BY type DESC, rowid"
    ):
        if not sql.startswith("CREATE VIRTUAL"):
            dst.execute(sql)
    tables = demo_tables(src)
    t0 = time.perf_counter()
    dst.execute("BEGIN")
    for table in tables:
        cursor = src.execute(f'SELECT * FROM "{table}"')
        marks = ",".join("?" * len(cursor.description))
        sql = f'INSERT INTO "{table}" VALUES ({marks})'
        while rows := cursor.fetchmany(20_000):
            dst.executemany(sql, rows)
    dst.execute("COMMIT")
    seconds = time.perf_counter() - t0
    src.close()
    dst.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="folder for the files (default: a temporary one, removed)")
    parser.add_argument("--no-raw", action="store_true", help="skip the raw baseline")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="petdesk-demo-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    per = 100_000 / max(args.contacts, 1)
    try:
        print(f"petdesk demo --contacts {args.contacts:,}   load average {load()}", flush=True)
        runs = {}
        for label, search in (("without search rebuild", False), ("full demo", True)):
            run = runs[label] = run_demo(work / "demo.sqlite", args.contacts, search=search)
            print(
                f"  {label:<23} {run.wall:8.1f} s wall  {run.cpu:8.1f} s CPU "
                f"({run.cpu * per:5.1f} s CPU per 100k)  peak {run.peak_mb:6.0f} MB  "
                f"file {run.size_mb:7.1f} MB   load {load()}",
                flush=True,
            )
        full = runs["full demo"]
        if not args.no_raw:
            raw = raw_insert(work / "demo.sqlite", work / "raw.sqlite")
            bare = runs["without search rebuild"]
            print(
                f"  raw executemany of the same rows: {raw:.1f} s; demo without the search rebuild "
                f"{bare.wall / raw:.2f}x raw (wall)   load {load()}"
            )
        scaled = full.wall * 1_000_000 / max(args.contacts, 1) / 60
        print(
            f"  scaled to 1,000,000 contacts (linear): {scaled:.1f} min (target {MINUTES_AT_1M:g}); "
            f"peak {full.peak_mb:.0f} MB (target {PEAK_MB}): "
            f"{'ok' if full.peak_mb <= PEAK_MB else 'MISSED'}"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
