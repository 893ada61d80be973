"""The "Untouched for N years" filter on a file with a full change log, before and after a change.

    python benchmarks/untouched_log.py DEMO [--work DIR] [--before REV] [--years 3 1] [--repeat 3]

The demo writes no change log (4 rows), so the filter looks fast on it; a real office's file has a
log row for every contact, contact method and affiliation, since every edit through the window writes
one. This copies ``DEMO`` (a ``petdesk demo --contacts 100000`` file, never changed) to
``DIR/log.sqlite`` and writes one row per contact, contact method and affiliation: a third are the
record's creation (``field`` empty), the rest an edit of one field (old and new value differ, so no
row takes another back). Each person is re-stamped, with their parts, at a time spread evenly over
the three years before their ``updated_at`` (which spans three years in the demo: six in all), and
their log rows say that time (:func:`write_log`).

"before" is the code of ``REV`` (``git archive``, default: main before touched52) on that
copy as the demo's revision left it; "after" is this tree's code on a second copy brought up to this
tree's migrations (``DIR/log-after.sqlite``, so with its indexes; 0065, filling the stored last
touches from the log, timed by itself). Each is timed in its own process,
``services.search.count`` of the contacts untouched for N years on a plain ``sqlite3`` connection,
median CPU seconds of ``--repeat`` runs after one warm-up (CPU: other work on a loaded machine
stretches wall times several-fold); the counts must agree.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "4f508655"  # main when touched52 started (untouched52 measured from 63301d94)
#: The last revision before the stored last touches: the "after" copy is brought up to it first, so
#: that the migration filling ``last_touch`` from the log (0065) is timed by itself.
BEFORE_TOUCHES = "0064_given_initials"
YEAR_US = 365 * 24 * 3600 * 1_000_000
#: One edited field per table, with an old and a new value (JSON text, as the log stores values).
_ID_LETTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
#: The tables re-stamped with a person's time, and the column naming the person.
_RESTAMPED = (("contact", "id"), ("contact_method", "contact_id"), ("affiliation", "contact_id"))
_FIELDS = {"contact": "notes", "contact_method": "value", "affiliation": "position_en"}

_TIMER = """
import sqlite3, statistics, sys, time
from petdesk.services import search
conn = sqlite3.connect(sys.argv[1])
filters = {"unchanged": sys.argv[2]}
found = search.count(conn, "", kind="contact", filters=filters)  # warm-up: the file into the cache
times = []
for _ in range(int(sys.argv[3])):
    start = time.process_time()
    assert search.count(conn, "", kind="contact", filters=filters) == found
    times.append(time.process_time() - start)
print(found, statistics.median(times))
"""


def write_log(path: Path, seed: int = 52) -> int:
    """One change log row per contact, contact method and affiliation of ``path``; returns how many.

    Each person was last written, with their phone numbers, e-mails and positions (the demo writes
    them together), at a time ``T`` up to three years before the demo's ``updated_at``; their rows,
    their search entry and their log rows say ``T``, as a file written through the window would."""
    rnd = random.Random(seed)
    conn = sqlite3.connect(path)
    office = conn.execute("SELECT id FROM office LIMIT 1").fetchone()[0]
    people = conn.execute("SELECT id, updated_at FROM contact ORDER BY id").fetchall()
    when = {row_id: updated_at - rnd.randrange(3 * YEAR_US) for row_id, updated_at in people}
    with conn:
        conn.execute("CREATE TEMP TABLE stamp (id TEXT PRIMARY KEY, at INTEGER) WITHOUT ROWID")
        conn.executemany("INSERT INTO stamp VALUES (?, ?)", when.items())
        for table, link in _RESTAMPED:
            conn.execute(
                f"UPDATE {table} SET updated_at = (SELECT at FROM stamp WHERE id = {table}.{link}), "
                f"created_at = min(created_at, (SELECT at FROM stamp WHERE id = {table}.{link})) "
                f"WHERE {link} IN (SELECT id FROM stamp)"
            )
        conn.execute(
            "UPDATE search_entry SET updated_at = (SELECT at FROM stamp WHERE id = entity_id) "
            "WHERE kind = 'contact'"
        )
        rows = []
        for table, field in _FIELDS.items():
            for row_id, at in conn.execute(f"SELECT id, updated_at FROM {table} ORDER BY id"):
                hlc = f"{at // 1000:013d}.{rnd.randrange(1000):06d}"
                log_id = "".join(rnd.choices(_ID_LETTERS, k=22))
                if rnd.random() < 1 / 3:
                    rows.append((log_id, table, row_id, "", None, None, hlc, office, "staff", at))
                else:
                    old, new = f'"{field} before"', f'"{field} now"'
                    rows.append((log_id, table, row_id, field, old, new, hlc, office, "staff", at))
        conn.executemany("INSERT INTO sync_change VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()
    return len(rows)


def copy(source: Path, target: Path) -> None:
    """``source`` copied through SQLite (a ``-wal`` beside it included)."""
    target.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def before_tree(rev: str, work: Path) -> Path:
    """``src`` of ``rev`` unpacked under ``work``."""
    out = work / f"src-{rev}"
    if not out.exists():
        archive = subprocess.run(["git", "archive", rev, "src"], cwd=ROOT, check=True, capture_output=True)
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(out / "tree", filter="data")
        (out / "tree" / "src").rename(out / "src")
    return out / "src"


def upgrade(path: Path, target: str = "heads") -> str:
    """Bring ``path`` up to ``target`` of this tree's migrations (no backup: it is a scratch copy);
    returns the CPU and wall seconds it took."""
    code = (
        "import sys, pathlib, time; from petdesk import db; cpu, wall = time.process_time(), time.time(); "
        "db.upgrade(db.make_upgrade_engine(pathlib.Path(sys.argv[1])), sys.argv[2]); "
        "print(f'{time.process_time() - cpu:.2f} s CPU, {time.time() - wall:.2f} s wall')"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), target],
        env=_env(ROOT / "src"), check=True, capture_output=True, text=True,
    )  # fmt: skip
    return out.stdout.strip()


def _env(src: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(src)}


def timed(src: Path, path: Path, years: int, repeat: int) -> tuple[int, float]:
    out = subprocess.run(
        [sys.executable, "-c", _TIMER, str(path), str(years), str(repeat)],
        env=_env(src), check=True, capture_output=True, text=True,
    )  # fmt: skip
    found, seconds = out.stdout.split()
    return int(found), float(seconds)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("demo", type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/untouched-log"))
    parser.add_argument("--before", default=BEFORE)
    parser.add_argument("--years", type=int, nargs="+", default=[3, 1])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    log, after = args.work / "log.sqlite", args.work / "log-after.sqlite"
    if not log.exists():
        copy(args.demo, log)
        print(f"wrote {write_log(log):,} change log rows into {log}")
    if not after.exists():
        shutil.copyfile(log, after)
        upgrade(after, BEFORE_TOUCHES)
        print(f"migrations up to this tree's head (0065: last_touch from the log): {upgrade(after)}")
    old = before_tree(args.before, args.work)
    print(f"{'untouched for':<14} {'before CPU':>10} {'after CPU':>10} {'ratio':>7} {'found':>7}")
    for years in args.years:
        found_before, before = timed(old, log, years, args.repeat)
        found_after, after_s = timed(ROOT / "src", after, years, args.repeat)
        same = "" if found_before == found_after else f"  DIFFERENT: before found {found_before}"
        ratio = after_s / before
        print(f"{years} years{'':<7} {before:>10.3f} {after_s:>10.3f} {ratio:>6.2f}x {found_after:>7}{same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
