"""Import, export and duplicate finding on a large demo database.

    python -m benchmarks.contacts_io [--contacts 100000] [--db PATH]   (from the project folder)

Builds (or reuses) a demo database, then times: finding duplicate contacts and organisations,
exporting every contact as vCard 4.0 / CSV / XLSX, reading the vCard back, planning its re-import
(every card must match its contact: nothing to add), and applying an import of 1,000 new rows.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from petdesk.db import open_database
from petdesk.services import duplicates, exporting, importing

T = TypeVar("T")


def timed(label: str, fn: Callable[[], T]) -> T:
    started = time.perf_counter()
    result = fn()
    print(f"{label:<46} {time.perf_counter() - started:8.2f} s", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="reuse this demo database")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="petdesk-io-"))
    path = args.db or work / "demo.sqlite"
    db = open_database(path)
    if args.db is None:
        from petdesk.demo import generate

        timed(f"demo data ({args.contacts:,} contacts)", lambda: generate(db, contacts=args.contacts, seed=3))
    with db.reading() as s:
        pairs = timed("find duplicate contacts", lambda: duplicates.find_contact_duplicates(s))
        orgs = timed("find duplicate organisations", lambda: duplicates.find_organisation_duplicates(s))
        print(f"  {len(pairs):,} contact pairs, {len(orgs):,} organisation pairs")
        for fmt in ("vcf", "csv", "xlsx"):
            out = work / f"all.{fmt}"
            n = timed(f"export all as {fmt}", lambda fmt=fmt, out=out: exporting.export_contacts(s, out, fmt))
            print(f"  {n:,} contacts, {out.stat().st_size / 1e6:.1f} MB")
    loaded = timed("check the vCard file (read once)", lambda: importing.load_file(work / "all.vcf"))
    with db.reading() as s:
        # the plan reads the file again a chunk at a time (benchmarks/imports.py times whole imports)
        plan = timed("plan its re-import", lambda: importing.plan_import(s, loaded, "contacts"))
    print(f"  add {plan.count('add')}, update {plan.count('update')}, skip {plan.count('skip')}")
    if plan.count("add"):
        print("re-import would add records: FAILED", file=sys.stderr)
        return 1
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["姓名", "单位", "手机", "邮箱"])
    for i in range(1000):
        writer.writerow(
            [f"测试{i:04d}", "基准测试有限公司", f"+86 150 {i:04d} {i:04d}", f"bench{i}@example.org"]
        )
    new_file = work / "new.csv"
    new_file.write_text(buffer.getvalue(), encoding="gb18030")
    with db.transaction() as s:
        report = timed("import 1,000 new rows (GB18030 CSV)", lambda: importing.import_file(s, new_file))
    print(f"  {report.summary()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
