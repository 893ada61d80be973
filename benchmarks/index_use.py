"""Which indexes petdesk's own queries use: an index no query uses only makes the file bigger.

    python benchmarks/index_use.py [DB] [--tests tests/core]   # default DB: /tmp/petdesk-bench-100k.sqlite

Runs the tests (``tests/core`` by default, about seven minutes here) with a plugin that records
every statement SQLite runs and whether petdesk's code or a test made it
(``benchmarks/sql_trace_plugin.py``), then asks SQLite, with ``EXPLAIN QUERY PLAN`` on ``DB`` (a
large demo file, so that the plans are those of a real file), which indexes the statements of
petdesk's code use. Prints every index with its size in ``DB`` and one statement of petdesk's that
uses it (its file and line), and the indexes none uses (a whole scan of an index for ``count(*)``
does not count: SQLite picks the smallest index for it). An index that only the foreign keys need
(SQLite looks the children of a deleted row up through it) shows as unused here: a hard delete of
its parent table must then exist for it to earn its place.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Statements EXPLAIN QUERY PLAN says nothing useful of.
_NOT_QUERIES = ("PRAGMA", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "CREATE", "DROP", "ALTER",
                "ATTACH", "DETACH", "VACUUM", "ANALYZE", "REINDEX")  # fmt: skip
_USES = re.compile(r"USING (?:COVERING )?INDEX (\w+)")


def trace(tests: str, out: Path) -> int:
    """Run ``tests`` with the tracing plugin; the statements land in ``out``."""
    env = {
        **os.environ,
        "PETDESK_SQL_TRACE_DIR": str(out),
        "PYTHONPATH": os.pathsep.join(
            [str(ROOT / "benchmarks"), str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]
        ),
    }
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "sql_trace_plugin", "-p", "no:cacheprovider", tests]
    return subprocess.run(cmd, cwd=ROOT, env=env, check=False).returncode


def statements(folder: Path) -> list[tuple[str, str]]:
    """(origin, statement) of every traced statement of petdesk's own code."""
    found = []
    for path in sorted(folder.glob("sql-*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            origin, _, statement = line.partition("\t")
            if origin.startswith("app ") and not statement.lstrip().upper().startswith(_NOT_QUERIES):
                found.append((origin[4:], statement))
    return found


def used_indexes(plan: list[str], statement: str) -> set[str]:
    """The indexes a plan looks rows up in (SEARCH), or walks for the order a statement asks for: a
    whole scan of an index for ``count(*)`` or ``LIMIT 1`` (SQLite takes the smallest) proves nothing."""
    ordered = re.search(r"\b(ORDER|GROUP) BY\b", statement, re.IGNORECASE) is not None
    return {
        name
        for step in plan
        if step.startswith("SEARCH") or (ordered and step.startswith("SCAN"))
        for name in _USES.findall(step)
    }


def index_sizes(conn: sqlite3.Connection) -> dict[str, tuple[str, int]]:
    """Every index made by a CREATE INDEX (not the keys' own): name -> (table, bytes)."""
    sizes: dict[str, int] = {}
    with contextlib.suppress(sqlite3.Error):  # a SQLite without the dbstat table: no sizes
        sizes = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    rows = conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    return {name: (table, sizes.get(name, 0)) for name, table in rows}


def main() -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("db", nargs="?", default="/tmp/petdesk-bench-100k.sqlite")
    parser.add_argument("--tests", default="tests/core")
    parser.add_argument("--trace", help="a folder traced before (skips running the tests)")
    args = parser.parse_args()
    conn = sqlite3.connect(f"{Path(args.db).resolve().as_uri()}?mode=ro", uri=True)
    indexes = index_sizes(conn)
    with tempfile.TemporaryDirectory(prefix="petdesk-sql-trace-") as scratch:
        folder = Path(args.trace) if args.trace else Path(scratch)
        if not args.trace and trace(args.tests, folder) != 0:
            print("the tests failed: the trace is incomplete", file=sys.stderr)
        traced = statements(folder)
    used: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    unexplained = 0
    for origin, statement in traced:
        try:
            plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}")]
        except sqlite3.Error:  # temporary or attached tables of the statement are gone
            unexplained += 1
            continue
        for name in used_indexes(plan, statement):
            used[name].append((len(statement), origin, statement))
    print(
        f"{len(traced):,} statements of petdesk's code ({unexplained:,} on tables gone since: not explained)"
    )
    print(f"{len(indexes)} indexes in {args.db}\n")
    unused = []
    for name, (table, size) in sorted(indexes.items(), key=lambda item: (item[1][0], item[0])):
        if name not in used:
            unused.append((name, table, size))
            continue
        _, origin, statement = min(used[name])
        print(f"{name:48} {size / 1e6:7.1f} MB  {origin}\n    {statement[:150]}")
    total = sum(size for *_, size in unused) / 1e6
    print(f"\nused by no statement of petdesk's code: {len(unused)}, {total:.1f} MB")
    for name, table, size in unused:
        print(f"  {name:48} {size / 1e6:7.1f} MB  ({table})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
