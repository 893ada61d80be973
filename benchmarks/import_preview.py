"""The import preview of a file that updates people already known, beside the import itself and a raw
csv + executemany baseline.

    python benchmarks/import_preview.py               # 10,000 rows
    python benchmarks/import_preview.py --rows 2000 --repeat 3

Imports N people (each with an e-mail, a mobile and an organisation) into an empty database, then
writes a second CSV of the same N people, matched by e-mail: half of them with a new position, a
quarter with a second phone, a quarter unchanged. It times, in this process, the preview: matching
(``plan_import``) and then ``check_updates`` (which matched rows change something), and the window's
one pass (``plan_import(check=True)``, 0 for code without it); then the import (``apply_import``,
committed). "preview/raw" is the window's preview (one pass, or match + check) against the raw
baseline, which reads the CSV with ``csv`` and updates a bare table of the same people by e-mail with
one ``executemany``. The preview's counts must equal the import's: a mismatch is printed. Compare
ratios, not seconds: the load average is printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import csv  # noqa: E402
import datetime as dt  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402

HEADER = ["Name", "Email", "Mobile", "Other phone", "Company", "Position"]


def _letters(i: int) -> str:
    """A name spelled from the number (names are compared by their letters only: "Person7" and
    "Person8" would be one name, matched by every row)."""
    out = ""
    while True:
        i, digit = divmod(i, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[digit]
        if not i:
            return out.title()


def people(n: int, *, changed: bool) -> Iterator[list[str]]:
    """N people; with ``changed`` the rows of a later list of them (see the module's docstring)."""
    for i in range(n):
        position, other = "Engineer", ""
        if changed and i % 4 in (0, 1):
            position = "Senior engineer"
        elif changed and i % 4 == 2:
            other = f"+86 138 {i // 10000:04d} {i % 10000:04d}"
        yield [
            f"{_letters(i)} Bench",
            f"bench.{i}@import{i % 500}.example.org",
            f"+86 136 {i // 10000:04d} {i % 10000:04d}",
            other,
            f"Benchmark Company {i % 200}",
            position,
        ]


def write_csv(path: Path, rows: Iterator[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADER)
        out.writerows(rows)
    return path


def raw_update(path: Path, db: Path, n: int) -> float:
    """A bare table of the people, then the file read and applied with one executemany (timed)."""
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE person (name, email PRIMARY KEY, mobile, other, company, position)")
    conn.executemany("INSERT INTO person VALUES (?, ?, ?, ?, ?, ?)", people(n, changed=False))
    conn.commit()
    started = time.perf_counter()
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        conn.executemany(
            "UPDATE person SET name = ?, mobile = ?, other = ?, company = ?, position = ? WHERE email = ?",
            ([r[0], r[2], r[3], r[4], r[5], r[1]] for r in rows),
        )
    conn.commit()
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def one_pass(db: object, changed: Path) -> float | None:
    """Seconds of the window's preview, matching and checking in one pass (None: code without it)."""
    from petdesk.services import importing

    with db.reading() as session:  # type: ignore[attr-defined]
        started = time.perf_counter()
        try:
            importing.plan_import(session, importing.load_file(changed), "contacts", check=True)
        except TypeError:  # older code: plan_import then check_updates, as timed beside it
            return None
        return time.perf_counter() - started


def one_run(work: Path, seeded: Path, changed: Path) -> tuple[float, float, float | None, float, bool]:
    """Match, preview (in two passes and in one) and import ``changed`` into a copy of ``seeded``:
    seconds, and whether the preview's counts were the import's."""
    from petdesk.db import open_database
    from petdesk.services import importing

    db_path = work / "run.sqlite"
    shutil.copyfile(seeded, db_path)
    db = open_database(db_path)
    try:
        loaded = importing.load_file(changed)
        with db.reading() as session:
            started = time.perf_counter()
            plan = importing.plan_import(session, loaded, "contacts", source="import:changed.csv")
            matched = time.perf_counter()
            importing.check_updates(session, plan)
            previewed = time.perf_counter()
        single = one_pass(db, changed)
        started_import = time.perf_counter()
        with db.transaction() as session:
            report = importing.apply_import(session, plan)
        imported = time.perf_counter()
        said = (plan.count("add"), plan.count("update"), plan.count("skip"))
        did = (report.count("added"), report.count("updated"), report.count("skipped"))
        if said != did:
            print(f"    preview said {said} (add, update, skip), the import did {did}")
        return matched - started, previewed - matched, single, imported - started_import, said == did
    finally:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    from petdesk.db import open_database
    from petdesk.services import importing

    print(
        f"petdesk import preview benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}, {args.rows:,} rows "
        f"updating known people, load average {os.getloadavg()}"
    )
    work = Path(tempfile.mkdtemp(prefix="petdesk-preview-"))
    try:
        first = write_csv(work / "first.csv", people(args.rows, changed=False))
        changed = write_csv(work / "changed.csv", people(args.rows, changed=True))
        seeded = work / "seeded.sqlite"
        db = open_database(seeded)
        with db.transaction() as session:
            importing.run_import(session, importing.load_file(first), "contacts", source="import:first.csv")
        db.close()
        print(
            f"{'run':<5} {'match':>8} {'+check':>8} {'one pass':>9} {'import':>8} {'raw':>8} "
            f"{'preview/raw':>12}  load"
        )
        previews = []
        for run in range(1, args.repeat + 1):
            match, check, single, write, same = one_run(work, seeded, changed)
            preview = single if single is not None else match + check
            raw = raw_update(changed, work / "raw.sqlite", args.rows)
            (work / "raw.sqlite").unlink()
            previews.append(preview)
            print(
                f"{run:<5} {match:7.2f}s {check:7.2f}s {single or 0:8.2f}s {write:7.2f}s {raw:7.2f}s "
                f"{preview / raw:11.1f}x  "
                f"{os.getloadavg()[0]:.2f}  {'counts agree' if same else 'COUNTS DIFFER'}",
                flush=True,
            )
        if args.repeat > 1:
            print(f"median preview {statistics.median(previews):.2f}s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
