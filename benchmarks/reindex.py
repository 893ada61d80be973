"""Peak memory and time of ``petdesk reindex`` (a full rebuild of the search index), beside a raw baseline.

    python benchmarks/reindex.py [DB] [--times K]    # default: /tmp/petdesk-bench-100k.sqlite

Works on a copy of DB in a temporary folder beside it (the original is not touched); the copy is
opened once first (migrating it if it is older), so that the timed run is the rebuild alone. With
``--times K`` the copy holds every contact K times (the copies get new ids, with their e-mails,
phones and affiliations), to show how memory grows with the number of contacts. The raw baseline is
plain ``sqlite3`` reading the source rows the rebuild reads (contacts, their methods and current
affiliations): the least any rebuild can do. Target (issue 17): peak resident memory of any command
at most 300 MB, at 1,000,000 contacts too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MB = 300


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def multiply(path: Path, times: int) -> int:
    """Copy every contact ``times - 1`` more times, with its methods and affiliations."""
    conn = sqlite3.connect(path)
    try:
        for k in range(1, times):
            suffix = f"'~{k}'"
            for table, renamed in (
                ("contact", {"id"}),
                ("contact_method", {"id", "contact_id"}),
                ("affiliation", {"id", "contact_id"}),
            ):
                cols = _columns(conn, table)
                values = ", ".join(f"{c} || {suffix}" if c in renamed else c for c in cols)
                where = "id NOT LIKE '%~%'" if table == "contact" else "contact_id NOT LIKE '%~%'"
                conn.execute(
                    f"INSERT INTO {table} ({', '.join(cols)}) SELECT {values} FROM {table} WHERE {where}"
                )
        conn.execute("DELETE FROM search_dirty")
        conn.commit()
        return int(conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0])
    finally:
        conn.close()


def raw_read(path: Path) -> float:
    """Seconds for plain sqlite3 to read what the rebuild reads."""
    conn = sqlite3.connect(path)
    try:
        t0 = time.perf_counter()
        for sql in (
            "SELECT * FROM contact WHERE deleted_at IS NULL",
            "SELECT contact_id, channel, value, normalized, position FROM contact_method "
            "WHERE deleted_at IS NULL",
            "SELECT a.contact_id, a.position_en, a.position_zh, o.city_en, o.city_zh, o.country "
            "FROM affiliation a JOIN organisation o ON o.id = a.organisation_id "
            "WHERE a.deleted_at IS NULL AND a.end_date IS NULL",
            "SELECT * FROM organisation WHERE deleted_at IS NULL",
        ):
            for _row in conn.execute(sql):
                pass
        return time.perf_counter() - t0
    finally:
        conn.close()


def run(args: list[str]) -> tuple[float, float, int]:
    """(seconds, peak resident MB, exit status) of one petdesk command in a child process."""
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "petdesk", *args], stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    return time.perf_counter() - t0, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("db", nargs="?", type=Path, default=Path("/tmp/petdesk-bench-100k.sqlite"))
    parser.add_argument("--times", type=int, default=1, help="hold every contact this many times")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="petdesk-reindex-", dir=args.db.parent) as tmp:
        copy = Path(tmp) / "copy.sqlite"
        shutil.copy(args.db, copy)
        contacts = multiply(copy, args.times)
        opened = run(["--db", str(copy), "search", "zzzzzz"])  # migrates an older file first
        raw = raw_read(copy)
        seconds, peak, status = run(["--db", str(copy), "reindex"])
        shutil.rmtree(Path(tmp) / "backups", ignore_errors=True)
    print(f"database: {args.db} x{args.times}: {contacts:,} contacts (load average {os.getloadavg()[0]:.2f})")
    print(f"opening (and migrating) the copy: {opened[0]:.1f} s, peak {opened[1]:.0f} MB")
    print(
        f"petdesk reindex: {seconds:.1f} s, peak resident {peak:.0f} MB "
        f"(target {TARGET_MB} MB: {'met' if peak <= TARGET_MB else 'NOT met'}), exit {status}"
    )
    print(
        f"raw baseline (sqlite3 reading the source rows): {raw:.2f} s; reindex / raw = {seconds / raw:.1f}x"
    )
    return status


if __name__ == "__main__":
    raise SystemExit(main())
