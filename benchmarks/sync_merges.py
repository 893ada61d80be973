"""A small sync package imported by an office that holds many standing merges, beside the same
import into the same office before its merges.

    python benchmarks/sync_merges.py                 # 20,000 merges (40,000 contacts), 3 runs
    python benchmarks/sync_merges.py --merges 50000 --runs 5

A hub office that has merged tens of thousands of duplicates imports the small packages of its
field offices every day: after each import, what reached a record merged away is carried to the
kept one (``sync.merged_away``), which once looked at every standing merge. The merges are made
with the service the window uses (``services.merge.merge``), 40,000 contacts merged in pairs; the
baseline is a copy of the same file taken before the merges. The package is a field office's first:
its office record and one new contact. Each run imports it into fresh copies of both files, without
the backup (a copy of the whole file, the same with or without merges). The target: an office with
merges imports as fast as one without.
"""

from __future__ import annotations

import sys
from pathlib import Path

# keep benchmarks/ off the import path (benchmarks/calendar_views.py and friends), as the others do
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from sqlalchemy import insert  # noqa: E402

from petdesk.db import Database, open_database  # noqa: E402
from petdesk.models import Contact  # noqa: E402
from petdesk.models.types import new_id  # noqa: E402
from petdesk.services import contacts as contact_service  # noqa: E402
from petdesk.services import merge as merge_service  # noqa: E402
from petdesk.services import office as office_service  # noqa: E402
from petdesk.sync import service  # noqa: E402

PASSPHRASE = "benchmark passphrase"
#: Merges per transaction while the hub's file is made.
BATCH = 500


def contact_rows(n: int) -> list[dict[str, object]]:
    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    return [
        {
            "id": new_id(),
            "family_name": "Zhang",
            "given_name": f"Wei {i // 2}",
            "family_name_zh": "张",
            "given_name_zh": "伟",
            "notes": f"Met at the forum, table {i % 97}." if i % 2 else "",
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]


def make_hub(folder: Path, merges: int) -> tuple[Path, Path]:
    """The hub's file before (the baseline) and after ``merges`` merges of pairs of contacts."""
    hub = folder / "hub.sqlite"
    db = open_database(hub)
    with db.transaction() as session:
        office_service.set_identity(session, name="Hub")
    rows = contact_rows(2 * merges)
    with db.transaction() as session:
        session.execute(insert(Contact), rows)
    db.close()
    before = folder / "hub-without-merges.sqlite"
    shutil.copy(hub, before)
    db = open_database(hub)
    started = time.perf_counter()
    ids = [str(r["id"]) for r in rows]
    for start in range(0, merges, BATCH):
        with db.transaction() as session:
            for i in range(start, min(start + BATCH, merges)):
                merge_service.merge(session, "contact", ids[2 * i], ids[2 * i + 1])
    print(f"made {merges:,} merges with services.merge in {time.perf_counter() - started:.0f} s")
    db.close()
    return before, hub


def field_package(folder: Path) -> Path:
    """A field office's first package: its office record and one contact."""
    field = open_database(folder / "field.sqlite")
    with field.transaction() as session:
        office_service.set_identity(session, name="Field")
    with field.transaction() as session:
        contact_service.create_contact(session, family_name="Okafor", given_name="Chidi")
    package = folder / "field.petdesk-sync"
    service.export_changes(field, package, PASSPHRASE)
    field.close()
    return package


def timed_import(template: Path, copy: Path, package: Path) -> float:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copy(template, copy)
    db: Database = open_database(copy)
    try:
        started = time.perf_counter()
        result = service.import_package(db, package, PASSPHRASE, backup=False)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    assert result.applied and result.counts["contact"].added == 1, result.counts
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--merges", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import petdesk

    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"petdesk from {Path(petdesk.__file__).parent}; load {load}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        before, hub = make_hub(folder, args.merges)
        package = field_package(folder)
        baseline: list[float] = []
        merged: list[float] = []
        for _ in range(args.runs):  # interleaved, so that a busy minute weighs on both alike
            baseline.append(timed_import(before, folder / "run-baseline.sqlite", package))
            merged.append(timed_import(hub, folder / "run-merges.sqlite", package))

        def runs(times: list[float]) -> str:
            return " / ".join(f"{t:.3f}" for t in times) + f"  (median {statistics.median(times):.3f} s)"

        print(f"import, no merges (baseline):   {runs(baseline)}")
        print(f"import, {args.merges:,} merges:        {runs(merged)}")
        ratio = statistics.median(merged) / statistics.median(baseline)
        print(f"ratio of medians:               {ratio:.2f}x baseline (target: about 1x)")


if __name__ == "__main__":
    main()
