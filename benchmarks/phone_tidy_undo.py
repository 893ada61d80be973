"""A tidy of phone numbers over a demo database, and its undo, checked byte for byte (phones57).

    python benchmarks/phone_tidy_undo.py                  # 2,000 demo contacts
    python benchmarks/phone_tidy_undo.py --contacts 5000

The demo writes every number dialled from anywhere ("+86 871 6512 3456"), which the tidy leaves: on a
copy, the Chinese ones are turned back into the forms typed at home ("0871-6512 3456", a bare mobile)
and 200 people get a WhatsApp number typed so among their other handles. Then ``phone_tidy`` rewrites
them and ``undo_last_tidy`` takes the tidy back, each timed; afterwards every number (value, key,
position, channel, label) and every list of other handles must be as before, byte for byte, and the
History of a sample of people must keep every line it had (the tidy and its undo are added to it).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from typing import Any  # noqa: E402

from petdesk.db import open_database  # noqa: E402
from petdesk.services import phone_tidy, search  # noqa: E402
from petdesk.services.history import record_history  # noqa: E402
from petdesk.services.matching import method_key  # noqa: E402

SNAPSHOT = (
    "SELECT id, contact_id, channel, label, value, normalized, position, deleted_at FROM contact_method "
    "ORDER BY id",
    "SELECT id, other_handles FROM contact ORDER BY id",
)


def _demo(contacts: int) -> Path:
    cached = Path(tempfile.gettempdir()) / f"petdesk-bench-tidy-{contacts}.sqlite"
    if not cached.exists():
        petdesk = [sys.executable, "-m", "petdesk", "--db", str(cached)]
        subprocess.run([*petdesk, "demo", "--contacts", str(contacts)], check=True, capture_output=True)
        subprocess.run([*petdesk, "office", "--country", "CN"], check=True, capture_output=True)
    return cached


def _typed_at_home(path: Path) -> list[str]:
    """Turn the demo's Chinese numbers back into home forms; returns the people given a handle."""
    with sqlite3.connect(path) as raw:
        rows = raw.execute(
            "SELECT id, channel, value FROM contact_method "
            "WHERE channel IN ('phone', 'fax', 'whatsapp') AND value LIKE '+86 %'"
        ).fetchall()
        for row_id, channel, value in rows:
            rest = value[4:]
            typed = rest if rest[:1] == "1" else "0" + rest.replace(" ", "-", 1)
            raw.execute(
                "UPDATE contact_method SET value = ?, normalized = ? WHERE id = ?",
                (typed, method_key(channel, typed), row_id),
            )
        people = [
            r[0] for r in raw.execute("SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT 200")
        ]
        for n, contact_id in enumerate(people):
            handles = [
                {"service": "qq", "handle": "1234567"},
                {"service": "WhatsApp", "handle": f"0871-6512 {n:04d}"},
            ]
            raw.execute(  # as the JSON columns write it (compact)
                "UPDATE contact SET other_handles = ? WHERE id = ?",
                (json.dumps(handles, ensure_ascii=False, separators=(",", ":")), contact_id),
            )
    return people


def _snapshot(path: Path) -> list[list[Any]]:
    with sqlite3.connect(path) as raw:
        return [raw.execute(sql).fetchall() for sql in SNAPSHOT]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--contacts", type=int, default=2000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp()) / "tidy.sqlite"
    shutil.copy(_demo(args.contacts), work)
    people = _typed_at_home(work)
    before = _snapshot(work)
    db = open_database(work)
    with db.transaction() as s:
        search.rebuild_search_index(s)
    sample = sorted({row[1] for row in before[0][:50]}) + people[:20]

    def lines() -> dict[str, list[tuple[Any, ...]]]:
        with db.reading() as s:
            return {
                c: [(e.field, e.old_value, e.new_value) for e in record_history(s, "contact", c)]
                for c in sample
            }

    history_before = lines()
    with db.reading() as s:
        plan = phone_tidy.plan_tidy(s)
    started = time.perf_counter()
    with db.transaction() as s:
        done = phone_tidy.apply_tidy(s, plan)
    tidy_s = time.perf_counter() - started
    handles = sum(1 for r in plan.rewrites if r.handle >= 0)
    started = time.perf_counter()
    with db.transaction() as s:
        phone_tidy.undo_last_tidy(s)
    undo_s = time.perf_counter() - started
    after = _snapshot(work)
    history_after = lines()
    kept = all(line in history_after[c] for c in sample for line in history_before[c])
    print(f"load average {os.getloadavg()[0]:.1f}; {args.contacts:,} demo contacts")
    print(
        f"tidy: {done:,} numbers rewritten ({handles} among other handles), "
        f"{len(plan.left)} left, {tidy_s:.1f} s"
    )
    print(f"undo: {undo_s:.1f} s")
    print(f"numbers as before, byte for byte: {before[0] == after[0]}")
    print(f"other handles as before, byte for byte: {before[1] == after[1]}")
    print(f"History of {len(sample)} people keeps every earlier line: {kept}")
    return 0 if before == after and kept else 1


if __name__ == "__main__":
    sys.exit(main())
