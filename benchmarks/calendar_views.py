"""Calendar range queries on a large schedule: 5,000 visits and 50,000 itinerary items.

Run: ``/work/venv/bin/python benchmarks/calendar_views.py [--visits 5000] [--items 50000] [--keep FILE]``

Bulk-inserts the schedule with plain sqlite3 (plus 3,000 contacts, 500 organisations, 25,000 visit
participants, ~50,000 explicit item attendees, 500 trainings with 2,500 sessions), then times the
month, week and agenda queries of ``petdesk.services.calendar`` with and without filters, beside a
raw sqlite3 baseline of the same item query (with and without its index), clash detection over a
month, and — if PySide6 is importable — filling the month view's Qt model.
"""

from __future__ import annotations

import os
import sys

# This file is named like the standard library's ``calendar``; run as a script, its folder comes
# first on sys.path and would shadow the real module for everything imported after it.
if sys.path and os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):
    sys.path.pop(0)

import argparse
import datetime as dt
import json
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from petdesk.db import open_database
from petdesk.ids import compact, with_compact_version
from petdesk.models.types import stored_time
from petdesk.services import calendar as cs
from petdesk.services import clashes as cl

# Times are written as petdesk's columns hold them (stored_time: integer microseconds since
# 0021_compact_times): ISO text, written here before, compares greater than any of them, and the
# views found no item.
ZONES = [
    ("Asia/Shanghai", "Beijing", "北京"),
    ("Asia/Shanghai", "Shanghai", "上海"),
    ("Asia/Shanghai", "Shenzhen", "深圳"),
    ("Asia/Shanghai", "Tianjin", "天津"),
    ("Europe/Berlin", "Hamburg", "汉堡"),
    ("Europe/Stockholm", "Stockholm", "斯德哥尔摩"),
    ("Asia/Tokyo", "Yokohama", "横滨"),
    ("Asia/Jakarta", "Jakarta", "雅加达"),
]
KINDS = ["meeting", "meeting", "meeting", "site_visit", "banquet", "transfer", "free_time"]
JSON_COLUMNS = {"tags", "aliases", "languages", "technology_areas"}
FIRST_DAY = dt.date(2024, 1, 1)
YEARS = 5




class Inserter:
    """executemany with every NOT NULL column filled ('' / '[]' / 0 / now) as the ORM would."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.now = stored_time(dt.datetime.now(dt.UTC))

    def __call__(self, table: str, rows: list[dict]) -> None:
        cols = [r[1] for r in self.conn.execute(f"PRAGMA table_info('{table}')")]
        notnull = {r[1] for r in self.conn.execute(f"PRAGMA table_info('{table}')") if r[3]}

        def default(col: str) -> object:
            if col in ("created_at", "updated_at"):
                return self.now
            if col in JSON_COLUMNS:
                return "[]"
            if col.startswith("is_"):
                return 0
            return "" if col in notnull else None

        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        self.conn.executemany(
            sql, ([r.get(c, default(c)) if c in r else default(c) for c in cols] for r in rows)
        )


def generate(conn: sqlite3.Connection, visits: int, items: int, seed: int = 1) -> dict[str, object]:
    rnd = random.Random(seed)
    ins = Inserter(conn)
    new = lambda: compact(with_compact_version(rnd.getrandbits(128)))  # noqa: E731  (as new_id makes them)
    orgs = [
        {"id": new(), "name_en": f"Organisation {n}", "name_zh": f"机构{n}", "kind": "enterprise"}
        for n in range(500)
    ]
    ins("organisation", orgs)
    contacts = [
        {
            "id": new(),
            "family_name": f"Family{n}",
            "given_name": f"Given{n}",
            "name_order": "given_first",
            "source": "benchmark",
        }
        for n in range(3000)
    ]
    ins("contact", contacts)
    staff = contacts[:40]
    visit_rows, part_rows, item_rows, att_rows = [], [], [], []
    per_visit = items // visits
    span_days = 365 * YEARS
    for v in range(visits):
        tzname, city, city_zh = rnd.choice(ZONES)
        start = FIRST_DAY + dt.timedelta(days=rnd.randrange(span_days))
        length = rnd.randint(2, 6)
        vid = new()
        visit_rows.append(
            {
                "id": vid,
                "title_en": f"Delegation {v}",
                "title_zh": f"代表团{v}",
                "direction": "inbound",
                "status": rnd.choice(["planned", "confirmed", "done", "cancelled"]),
                "start_date": start.isoformat(),
                "end_date": (start + dt.timedelta(days=length - 1)).isoformat(),
                "host_organisation_id": rnd.choice(orgs)["id"],
                "visiting_organisation_id": rnd.choice(orgs)["id"],
                "timezone": tzname,
            }
        )
        people = [rnd.choice(staff)["id"]] + [c["id"] for c in rnd.sample(contacts[40:], 4)]
        for n, cid in enumerate(people):
            part_rows.append(
                {
                    "id": new(),
                    "visit_id": vid,
                    "contact_id": cid,
                    "role": "staff" if n == 0 else ("head" if n == 1 else "delegate"),
                }
            )
        zone = ZoneInfo(tzname)
        for n in range(per_visit):
            day = start + dt.timedelta(days=n * length // per_visit)
            local = dt.datetime.combine(day, dt.time(8 + (n % 3) * 3, 0), zone)
            iid = new()
            item_rows.append(
                {
                    "id": iid,
                    "visit_id": vid,
                    "kind": rnd.choice(KINDS),
                    "title_en": f"Item {v}.{n}",
                    "title_zh": f"日程{v}.{n}",
                    "starts_at": stored_time(local),
                    "ends_at": stored_time(local + dt.timedelta(minutes=rnd.choice([60, 90, 120, 150]))),
                    "timezone": tzname,
                    "city_en": city,
                    "city_zh": city_zh,
                    "place_en": f"Place {n}",
                }
            )
            if n % 3 == 0:  # a third of the items list their attendees explicitly
                for cid in people[: rnd.randint(1, 4)]:
                    att_rows.append({"id": new(), "item_id": iid, "contact_id": cid})
    ins("visit", visit_rows)
    ins("visit_participant", part_rows)
    ins("itinerary_item", item_rows)
    ins("itinerary_attendee", att_rows)
    train_rows, sess_rows, trainer_rows, tp_rows = [], [], [], []
    for t in range(500):
        start = FIRST_DAY + dt.timedelta(days=rnd.randrange(span_days))
        tid = new()
        train_rows.append(
            {
                "id": tid,
                "title_en": f"Training {t}",
                "title_zh": f"培训{t}",
                "status": "confirmed",
                "start_date": start.isoformat(),
                "end_date": (start + dt.timedelta(days=2)).isoformat(),
                "timezone": "Asia/Shanghai",
                "organiser_id": rnd.choice(orgs)["id"],
            }
        )
        for n in range(5):
            local = dt.datetime.combine(
                start + dt.timedelta(days=n // 2), dt.time(9 + (n % 2) * 5), ZoneInfo("Asia/Shanghai")
            )
            sid = new()
            sess_rows.append(
                {
                    "id": sid,
                    "training_id": tid,
                    "title_en": f"Session {n}",
                    "starts_at": stored_time(local),
                    "ends_at": stored_time(local + dt.timedelta(hours=3)),
                    "timezone": "Asia/Shanghai",
                }
            )
            trainer_rows.append({"id": new(), "session_id": sid, "contact_id": rnd.choice(staff)["id"]})
        for c in rnd.sample(contacts, 10):
            tp_rows.append({"id": new(), "training_id": tid, "contact_id": c["id"], "role": "attendee"})
    ins("training", train_rows)
    ins("training_session", sess_rows)
    ins("session_trainer", trainer_rows)
    ins("training_participant", tp_rows)
    conn.commit()
    conn.execute("ANALYZE")
    return {
        "staff": staff[0]["id"],
        "org": orgs[0]["id"],
        "counts": {
            "visits": len(visit_rows),
            "itinerary items": len(item_rows),
            "visit participants": len(part_rows),
            "item attendees": len(att_rows),
            "training sessions": len(sess_rows),
        },
    }


#: Position in the sequence of months the range functions walk; each case starts again at 0.
CURSOR = [0]


def reused(conn: sqlite3.Connection) -> dict[str, object]:
    """The ids and counts ``generate`` would return, read from a kept database."""
    staff = conn.execute(
        "SELECT contact_id FROM visit_participant WHERE role = 'staff' GROUP BY contact_id "
        "ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    org = conn.execute("SELECT id FROM organisation WHERE name_en = 'Organisation 0'").fetchone()[0]
    counts = {
        label: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for label, table in (
            ("visits", "visit"),
            ("itinerary items", "itinerary_item"),
            ("visit participants", "visit_participant"),
            ("item attendees", "itinerary_attendee"),
            ("training sessions", "training_session"),
        )
    }
    return {"staff": staff, "org": org, "counts": counts}


def timed(fn, repeat: int) -> tuple[float, float, float, object]:
    """(median wall ms, max wall ms, median CPU ms, last result), over the same months for every case.

    CPU time is reported beside wall time because this machine is shared: wall time grows with other
    processes' load, CPU time much less."""
    CURSOR[0] = 0
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.thread_time()
        result = fn()
        cpus.append((time.thread_time() - c0) * 1000)
        walls.append((time.perf_counter() - w0) * 1000)
    return statistics.median(walls), max(walls), statistics.median(cpus), result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--visits", type=int, default=5000)
    ap.add_argument("--items", type=int, default=50000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--keep", type=Path, help="keep the generated database at this path")
    ap.add_argument("--reuse", action="store_true", help="use the --keep database if it exists")
    args = ap.parse_args(argv)

    tmp = tempfile.TemporaryDirectory()
    path = args.keep or Path(tmp.name) / "bench.sqlite"
    reuse = args.reuse and path.exists()
    if path.exists() and not reuse:
        path.unlink()
    db = open_database(path)
    t0 = time.perf_counter()
    conn = db.raw()
    info = reused(conn) if reuse else generate(conn, args.visits, args.items)
    gen_s = time.perf_counter() - t0
    print(
        f"{'reused' if reuse else 'generated'} in {gen_s:.1f} s: "
        + ", ".join(f"{v:,} {k}" for k, v in info["counts"].items())
    )
    print(f"database file: {path.stat().st_size / 1e6:.1f} MB\n")

    tz = ZoneInfo("Asia/Shanghai")
    rnd = random.Random(2)
    months = [(2024 + rnd.randrange(YEARS), rnd.randint(1, 12)) for _ in range(args.repeat)]

    def month_range() -> tuple[dt.date, dt.date]:
        y, m = months[CURSOR[0] % len(months)]
        CURSOR[0] += 1
        grid = cs.month_grid(y, m, 0)
        return grid[0][0], grid[-1][-1]

    rows = []
    with db.reading() as s:

        def q(first_last, filters=None):
            first, last = first_last()
            return cs.events_between_dates(s, first, last, tz, filters)

        def week():
            first, _ = month_range()
            return (first + dt.timedelta(days=7), first + dt.timedelta(days=13))

        def agenda():
            first, _ = month_range()
            return (first, first + dt.timedelta(days=29))

        cases = [
            ("month view (6 weeks), all", lambda: q(month_range)),
            ("week view, all", lambda: q(week)),
            ("agenda 30 days, all", lambda: q(agenda)),
            ("month, staff member filter", lambda: q(month_range, cs.Filters(contact_id=info["staff"]))),
            ("month, organisation filter", lambda: q(month_range, cs.Filters(organisation_id=info["org"]))),
            ("month, status = confirmed", lambda: q(month_range, cs.Filters(statuses=("confirmed",)))),
        ]
        for label, fn in cases:
            med, worst, cpu, result = timed(fn, args.repeat)
            rows.append((label, med, worst, cpu, len(result)))
        if not any(e.kind == cs.ITEM for _ in range(len(months)) for e in q(month_range)):
            # (the figures would time views of the visits' spans alone, as from migration 0021 to round 14)
            raise SystemExit("the month views found no itinerary item: the rows made do not match the schema")

        def clash_month():
            first, last = month_range()
            start, end = cs.day_bounds(first, last, tz)
            return cl.find_clashes(s, start=start, end=end)

        med, worst, cpu, result = timed(clash_month, max(3, args.repeat // 4))  # last of the first few months
        rows.append(("clash detection over a month", med, worst, cpu, len(result)))

    raw = db.raw()
    sql = """SELECT i.id, i.visit_id, i.title_en, i.title_zh, i.starts_at, i.ends_at, i.timezone,
                    v.status, i.kind, i.city_en, i.city_zh, i.place_en, i.place_zh, v.title_en, v.title_zh
             FROM itinerary_item i {hint} JOIN visit v ON v.id = i.visit_id
             WHERE i.starts_at >= ? AND i.starts_at < ? AND i.ends_at > ?
               AND i.deleted_at IS NULL AND v.deleted_at IS NULL ORDER BY i.starts_at"""

    def raw_month(hint: str = "") -> list:
        first, last = month_range()
        a, b = cs.day_bounds(first, last, tz)
        lo = a - dt.timedelta(days=14)
        bounds = (stored_time(lo), stored_time(b), stored_time(a))
        return raw.execute(sql.format(hint=hint), bounds).fetchall()

    med, worst, cpu, result = timed(raw_month, args.repeat)
    rows.append(("baseline: raw sqlite3 items of a month", med, worst, cpu, len(result)))
    med, worst, cpu, result = timed(lambda: raw_month("NOT INDEXED"), args.repeat)
    rows.append(("baseline: same, index not used", med, worst, cpu, len(result)))
    plan = raw.execute("EXPLAIN QUERY PLAN " + sql.format(hint=""), ("a", "b", "c")).fetchall()

    qt_rows = qt_fill(db, tz, month_range, args.repeat)
    rows.extend(qt_rows)

    width = max(len(r[0]) for r in rows)
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'query':<{width}}  {'median ms':>9}  {'max ms':>8}  {'CPU ms':>7}  {'rows':>6}")
    for label, med, worst, cpu, n in rows:
        print(f"{label:<{width}}  {med:>9.1f}  {worst:>8.1f}  {cpu:>7.1f}  {n:>6}")
    print("\nquery plan of the item range query:")
    for row in plan:
        print("  " + row[-1])
    print("\n" + json.dumps({r[0]: round(r[1], 2) for r in rows}))
    db.close()
    return 0


def qt_fill(db, tz, month_range, repeat: int) -> list[tuple[str, float, float, float, int]]:
    """Fill the GUI's month model (events query + cells), if the GUI and PySide6 are there."""
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from petdesk.gui.calendar.model import MonthModel
        from petdesk.gui.qt import QApplication
    except ImportError as exc:
        print(f"(Qt model fill skipped: {exc})")
        return []
    app = QApplication.instance() or QApplication(sys.argv[:1])
    model = MonthModel(locale="en", first_weekday=0, tz=tz)

    def fill() -> int:
        first, _ = month_range()
        mid = first + dt.timedelta(days=15)
        with db.reading() as s:
            model.load(s, mid.year, mid.month, cs.Filters())
        app.processEvents()
        return model.event_count()

    med, worst, cpu, n = timed(fill, repeat)
    return [("Qt month model fill (query + 42 cells)", med, worst, cpu, n)]


if __name__ == "__main__":
    sys.exit(main())
