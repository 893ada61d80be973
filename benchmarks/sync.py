"""Sync benchmark: export and import of 100,000 changed contacts, beside raw sqlite3 executemany.

Run: ``/work/venv/bin/python benchmarks/sync.py [--contacts N]``. Prints times and package size;
the target is an import under 5x the time raw ``executemany`` takes to insert the same rows into
the same kind of database, measured in the same run.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Running a script puts its folder first on sys.path, where benchmarks/calendar.py would shadow the
# standard library's calendar module (imported by sqlalchemy through email.utils).
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import tempfile
import time

from sqlalchemy import insert

from petdesk.db import open_database
from petdesk.models import Contact
from petdesk.models.types import new_id
from petdesk.services import office as office_service
from petdesk.sync import service
from petdesk.sync.package import DEFAULT_KDF_N

PASSPHRASE = "benchmark passphrase"
FAMILY = ["Zhang", "Wang", "Li", "Liu", "Chen", "Müller", "Schmidt", "Okafor", "Kim", "Nguyen"]
FAMILY_ZH = ["张", "王", "李", "刘", "陈", "穆", "施", "奥", "金", "阮"]
GIVEN = ["Wei", "Fang", "Na", "Jing", "Lei", "Anna", "Jonas", "Chidi", "Minji", "Thu"]


def contacts(n: int, seed: int = 1) -> list[dict]:
    rnd = random.Random(seed)
    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    rows = []
    for i in range(n):
        k = rnd.randrange(len(FAMILY))
        rows.append(
            {
                "id": new_id(),
                "family_name": FAMILY[k],
                "given_name": rnd.choice(GIVEN),
                "family_name_zh": FAMILY_ZH[k],
                "given_name_zh": rnd.choice("伟芳娜静磊明华"),
                "honorific_en": rnd.choice(["", "Dr.", "Prof."]),
                "languages": rnd.choice([["zh"], ["en"], ["zh", "en"], ["de", "en"]]),
                "dietary_needs": rnd.choice(["", "halal", "vegetarian"]),
                "notes": f"Met at the environmental technology forum, table {i % 97}.",
                "tags": rnd.choice([[], ["forum"], ["forum", "water"]]),
                "source": "benchmark",
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    n = args.contacts
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "template.sqlite"
        open_database(template).close()
        for name in ("a", "b", "baseline"):
            shutil.copy(template, folder / f"{name}.sqlite")
        a, b = open_database(folder / "a.sqlite"), open_database(folder / "b.sqlite")
        for db, name in ((a, "Beijing"), (b, "Bonn")):
            with db.transaction() as session:
                office_service.set_identity(session, name=name)

        rows = contacts(n)
        with a.transaction() as session:
            session.execute(insert(Contact), rows)

        # Baseline: raw sqlite3 executemany of the very same rows (as stored) into an empty file.
        con = sqlite3.connect(a.path)
        cols = [r[1] for r in con.execute("PRAGMA table_info(contact)")]
        stored = con.execute(f"SELECT {', '.join(cols)} FROM contact").fetchall()
        con.close()
        base = sqlite3.connect(folder / "baseline.sqlite")
        base.execute("PRAGMA journal_mode = WAL")
        base.execute("PRAGMA synchronous = NORMAL")
        started, cpu = time.perf_counter(), time.process_time()
        with base:
            base.executemany(
                f"INSERT INTO contact ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", stored
            )
        baseline, baseline_cpu = time.perf_counter() - started, time.process_time() - cpu
        base.close()

        package = folder / "a-to-b.petdesk-sync"
        started = time.perf_counter()
        exported = service.export_changes(a, package, PASSPHRASE)
        export_time = time.perf_counter() - started

        started, cpu = time.perf_counter(), time.process_time()
        result = service.import_package(b, package, PASSPHRASE)
        import_time, import_cpu = time.perf_counter() - started, time.process_time() - cpu
        assert result.counts["contact"].added == n, result.counts

        # Bonn answers (its own office record only), so Beijing knows Bonn for incremental exports.
        service.export_changes(b, folder / "reply.petdesk-sync", PASSPHRASE, to="Beijing")
        service.import_package(a, folder / "reply.petdesk-sync", PASSPHRASE)

        # A second round: 10% of the contacts edited in one field at Beijing, incremental package.
        with a.transaction() as session:
            for contact in session.query(Contact).limit(n // 10):
                contact.notes = "edited after the forum"
        started = time.perf_counter()
        inc = service.export_changes(a, folder / "inc.petdesk-sync", PASSPHRASE, to="Bonn")
        inc_export = time.perf_counter() - started
        started = time.perf_counter()
        inc_result = service.import_package(b, folder / "inc.petdesk-sync", PASSPHRASE)
        inc_import = time.perf_counter() - started
        assert inc_result.counts["contact"].updated == n // 10

        print(f"contacts:                         {n:,}")
        print(f"raw sqlite3 executemany baseline: {baseline:8.2f} s   (CPU {baseline_cpu:.2f} s)")
        print(f"export (--all):                   {export_time:8.2f} s   (scrypt n={DEFAULT_KDF_N})")
        size = exported.size
        print(f"package size:                     {size / 1e6:8.2f} MB  ({size / n:.0f} B/contact)")
        ratio = import_time / baseline
        print(f"import (verify, backup, merge):   {import_time:8.2f} s = {ratio:.1f}x baseline (target < 5x)")
        cpu_ratio = import_cpu / baseline_cpu
        print(f"  in CPU time (less noisy):       {import_cpu:8.2f} s = {cpu_ratio:.1f}x baseline CPU")
        print(f"incremental export of {inc.total:,} edited:  {inc_export:6.2f} s, {inc.size / 1e6:.2f} MB")
        print(f"incremental import of {inc.total:,} edited:  {inc_import:6.2f} s")
        a.close()
        b.close()


if __name__ == "__main__":
    main()
