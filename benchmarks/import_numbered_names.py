"""Time a CSV import of numbered, all-different names into a demo database (field test 39,
defect 3: digits folded out of name keys made "Person100" a namesake of "Person16"; 1,000 rows
took 19.5 s, 3,000 rows 177 s and 562 MB, 20,000 rows did not finish in 15 minutes).

    python benchmarks/import_numbered_names.py [--rows 20000] [--contacts 20000] [--work DIR]

It makes the demo database (once, kept in DIR) and the CSV, copies the database, then runs
``petdesk import-contacts`` in a child process under ``/usr/bin/time -v`` and prints its wall time,
peak RSS and summary line. Run ``uptime`` beside it: the figures depend on the machine's load.
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import subprocess
import sys
from pathlib import Path


def make_csv(path: Path, rows: int) -> None:
    """Rows like the field test's: Fieldtest{i} Person{i}, own e-mail and phone, 300 organisations."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["First name", "Last name", "Email", "Mobile", "Organisation", "Position"])
        for i in range(rows):
            out.writerow(
                [
                    f"Fieldtest{i}",
                    f"Person{i}",
                    f"ft{i}@field39.example",
                    f"+49 151 {1000000 + i}",
                    f"FT Org {i % 300}",
                    "Engineer",
                ]
            )


def petdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "petdesk", *args]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--contacts", type=int, default=20000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/petdesk-bench-numbered"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    base = args.work / f"demo{args.contacts}.sqlite"
    if not base.exists():
        subprocess.run(petdesk("--db", str(base), "demo", "--contacts", str(args.contacts)), check=True)
    table = args.work / f"numbered{args.rows}.csv"
    make_csv(table, args.rows)
    db = args.work / "run.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copy(base, db)
    shutil.rmtree(args.work / "backups", ignore_errors=True)
    done = subprocess.run(
        ["/usr/bin/time", "-v", *petdesk("--lang", "en", "--db", str(db), "import-contacts", str(table))],
        capture_output=True,
        text=True,
    )
    wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", done.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    summary = [line for line in done.stdout.splitlines() if " added, " in line]
    print(f"{args.rows} rows into {args.contacts} contacts: exit {done.returncode}")
    print(f"  wall {wall.group(1) if wall else '?'}, peak RSS {int(rss.group(1)) // 1024 if rss else '?'} MB")
    print(f"  {summary[-1] if summary else done.stdout[-300:]}")


if __name__ == "__main__":
    main()
