"""Time of the 0053_korean_spellings migration on a copy of a database, and how many people it re-indexes.

    python benchmarks/korean_spellings.py [DB]     # default: /tmp/petdesk-bench-100k.sqlite

The database (at 0052_romanised_names or later: a later one is set back to 0052, which changes no
table) is copied next to itself and the copy upgraded to 0053 in one transaction, as ``petdesk``
does (without the backup it takes first). Baseline: the query alone that picks the people, so the
difference is the re-index of those people. The whole index rebuilt for comparison: ``reindex.py``.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

BEFORE = "0052_romanised_names"


def _picked(path: Path) -> tuple[int, int, float]:
    """(people picked, live people, seconds of the pick alone)."""
    from petdesk.services import search

    conn = sqlite3.connect(path)
    try:
        live = int(conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0])
        start = time.perf_counter()
        picked = len(search.with_respelt_korean_families(conn))
        return picked, live, time.perf_counter() - start
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", default="/tmp/petdesk-bench-100k.sqlite", type=Path)
    args = parser.parse_args()
    from petdesk import db

    with tempfile.TemporaryDirectory(prefix="petdesk-migrate-", dir=args.db.parent) as tmp:
        copy = Path(tmp) / "copy.sqlite"
        shutil.copyfile(args.db, copy)
        with sqlite3.connect(copy) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            if revision < BEFORE:
                print(f"{args.db} is at {revision}, before {BEFORE}: open it with petdesk", file=sys.stderr)
                return 2
            conn.execute("UPDATE alembic_version SET version_num = ?", (BEFORE,))
        conn.close()
        picked, live, pick = _picked(copy)
        engine = db.make_upgrade_engine(copy)
        start = time.perf_counter()
        db.upgrade(engine, "0053_korean_spellings")
        took = time.perf_counter() - start
        engine.dispose()
    print(f"database: {args.db} ({live:,} live contacts)")
    print(f"re-indexed: {picked:,} contacts ({100 * picked / max(live, 1):.1f} %)")
    print(f"picking them alone: {pick:.2f} s")
    print(f"migration 0053_korean_spellings: {took:.2f} s (alembic's start included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
