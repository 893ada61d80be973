"""The interpreters' hours list (``petdesk report interpreting``) over a year of a large schedule.

Run: ``/work/venv/bin/python benchmarks/calendar_views.py --keep /tmp/big.db`` (5,000 visits and
50,000 items over five years), then ``/work/venv/bin/python benchmarks/interpreting.py /tmp/big.db``.
A copy of the database gets 20 interpreters (their participations turned to interpreter, and every
third item interpreted by one of its visit's): the tally of one year is timed, and a checksum of the
list is printed to compare a change's output with the one before.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from petdesk.db import open_database
from petdesk.services.interpreting import interpreting

BOOK = """
CREATE TEMP TABLE interp AS
    SELECT DISTINCT contact_id FROM visit_participant WHERE role = 'delegate' LIMIT 20;
UPDATE visit_participant SET role = 'interpreter' WHERE contact_id IN (SELECT contact_id FROM interp);
UPDATE itinerary_item SET interpreter_contact_id = (
    SELECT contact_id FROM visit_participant vp
    WHERE vp.visit_id = itinerary_item.visit_id AND vp.role = 'interpreter' LIMIT 1
) WHERE rowid % 3 = 0;
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", type=Path, help="a database kept by benchmarks/calendar_views.py --keep")
    ap.add_argument("--year", type=int, default=2025)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "interpreting.db"
        shutil.copy(args.db, copy)
        with sqlite3.connect(copy) as conn:
            conn.executescript(BOOK)
        db = open_database(copy)
        with db.sessions() as s:
            started = time.perf_counter()
            found = interpreting(s, dt.date(args.year, 1, 1), dt.date(args.year, 12, 31))
            took = time.perf_counter() - started
        listed = repr([(w.contact_id, w.event_id, w.items, w.hours, w.days, w.first, w.last) for w in found])
        checksum = hashlib.sha256(listed.encode()).hexdigest()[:16]
        print(f"{len(found)} rows in {took:.2f} s; checksum {checksum}")
        db.close()


if __name__ == "__main__":
    main()
