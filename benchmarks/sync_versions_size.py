"""What the first full sync export adds to a file: its size after VACUUM before and after.

    python benchmarks/sync_versions_size.py --db /tmp/bench/s7_100k.sqlite

The export gives every record a row in the version table (``sync_row_version``, one per record).
The file given is copied first (it is not changed); the copy is opened by petdesk (migrating it),
VACUUMed, exported with ``petdesk sync export --all``, and VACUUMed again. Printed: both sizes, the
difference per contact and what the version table and its indexes take (``dbstat``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

PASSPHRASE = "size benchmark passphrase, long enough"


def vacuumed_mb(db: Path, work: Path) -> float:
    target = work / "vacuumed.sqlite"
    target.unlink(missing_ok=True)
    with sqlite3.connect(db) as conn:
        conn.execute(f"VACUUM INTO '{target}'")
    size = target.stat().st_size / 1e6
    target.unlink()
    return size


def version_tables_mb(db: Path) -> dict[str, float]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE '%sync_row_version%' GROUP BY name"
        ).fetchall()
    return {name: size / 1e6 for name, size in rows}


def petdesk(db: Path, *args: str) -> None:
    env = {**os.environ, "PETDESK_SYNC_PASSPHRASE": PASSPHRASE}
    subprocess.run([sys.executable, "-m", "petdesk", "--db", str(db), *args], check=True, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, required=True, help="a petdesk file (copied, not changed)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="petdesk-versions-size-") as tmp:
        work = Path(tmp)
        db = work / "copy.sqlite"
        shutil.copy(args.db, db)
        petdesk(db, "office")  # opens the file: migrates it to this petdesk's schema
        with sqlite3.connect(db) as conn:
            contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
            conn.execute("VACUUM")  # the size that counts, without the migration's free pages
        before = vacuumed_mb(db, work)
        petdesk(db, "sync", "export", "--all", "--out", str(work / "all.petdesk-sync"))
        after = vacuumed_mb(db, work)
        with sqlite3.connect(db) as conn:
            conn.execute("VACUUM")
        tables = version_tables_mb(db)
        print(f"{contacts:,} contacts, load average {os.getloadavg()}")
        print(f"file after VACUUM: {before:.1f} MB before the first full export, {after:.1f} MB after")
        added = after - before
        print(f"the export added {added:.1f} MB, {added * 1e6 / contacts:,.0f} bytes per contact")
        for name, size in sorted(tables.items()):
            print(f"  {name}: {size:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
