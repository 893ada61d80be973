"""Time and peak memory of the 0021_compact_times migration on a copy of a database.

    python benchmarks/migrate_times.py [DB]     # default: /tmp/petdesk-bench-100k.sqlite

The database (at 0020_search_slim) is copied next to itself and the copy upgraded to
0021_compact_times in one transaction, as ``petdesk`` does (without the backup it takes first).
Baseline: a raw ``UPDATE`` of the same columns in SQL alone (each text gets one character more, so
every row is rewritten; rolled back), so the ratio shows what the conversion costs beyond the I/O.
Peak memory is the process's maximum resident size (the whole script).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path


def _raw_touch(path: Path) -> float:
    columns = _columns()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        start = time.perf_counter()
        conn.execute("BEGIN")
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _sql in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        for table, cols in columns.items():
            if table in tables:
                conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = {c} || 0' for c in cols)}")
        for _name, sql in triggers:
            conn.execute(sql)
        conn.execute("ROLLBACK")
        return time.perf_counter() - start
    finally:
        conn.close()


def _columns() -> dict[str, tuple[str, ...]]:
    import importlib

    module = importlib.import_module("petdesk.migrations.versions.0021_compact_times")
    return module.TIME_COLUMNS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", default="/tmp/petdesk-bench-100k.sqlite", type=Path)
    args = parser.parse_args()
    from petdesk import db

    with tempfile.TemporaryDirectory(prefix="petdesk-migrate-", dir=args.db.parent) as tmp:
        copy = Path(tmp) / "copy.sqlite"
        shutil.copyfile(args.db, copy)
        revision = sqlite3.connect(copy).execute("SELECT version_num FROM alembic_version").fetchone()[0]
        if revision != "0020_search_slim":
            print(f"{args.db} is at {revision}, not 0020_search_slim", file=sys.stderr)
            return 2
        raw = _raw_touch(copy)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        engine = db.make_upgrade_engine(copy)
        start = time.perf_counter()
        db.upgrade(engine, "0021_compact_times")
        took = time.perf_counter() - start
        engine.dispose()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        check = sqlite3.connect(copy).execute("PRAGMA quick_check").fetchone()[0]
    print(f"database: {args.db}")
    print(f"raw baseline (the same columns rewritten in SQL alone): {raw:.1f} s")
    print(f"migration 0021_compact_times: {took:.1f} s ({took / raw:.2f}x the raw baseline)")
    print(f"peak resident memory: {peak:.0f} MB (before the migration {before:.0f} MB; target 300 MB)")
    print(f"quick_check after: {check}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
