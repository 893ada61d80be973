"""A hub's scale: every whole-database action on a large demo file, beside a raw baseline.

    python benchmarks/scale.py                      # 100,000 contacts, /tmp/petdesk-scale-100000.sqlite
    python benchmarks/scale.py --contacts 1000000   # builds the file first when it is missing
    python benchmarks/scale.py --only size-mb,export-csv
    python benchmarks/scale.py --repeat 3           # each timed row and its baseline in turn, medians

Each petdesk action runs as its own ``petdesk`` process (as a user would run it), timed from start to
exit, with its peak resident memory read from the kernel (``wait4``). Beside it, in the same run, a raw
baseline that does the least the same job needs, written directly against ``sqlite3``/``csv``/
``openpyxl`` with no petdesk code: the ratio says what petdesk's layers cost. Targets are those of
issue 17; a row prints ``ok`` or ``MISSED``. The machine's load average is printed with the figures:
other work on this 2-core machine slows every row alike, so compare ratios, not seconds.
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/ holds scripts named like standard modules (calendar_views.py is fine, but keep the folder
# off the import path all the same, as the other benchmarks do).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import contextlib  # noqa: E402
import csv  # noqa: E402
import datetime as dt  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass  # noqa: E402

#: ``python -m petdesk`` that writes its own peak resident memory (VmHWM, of the process's own address
#: space) to $SCALE_HWM_FILE at exit. The kernel's ``ru_maxrss`` of a child is no good here: it keeps
#: the high-water mark of the benchmark process it was forked from (400 MB after the raw baselines).
PEAK_WRAPPER = """
import atexit, os, runpy, sys
def hwm():
    with open("/proc/self/status") as status, open(os.environ["SCALE_HWM_FILE"], "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
atexit.register(hwm)
sys.argv = ["petdesk", *sys.argv[1:]]
runpy.run_module("petdesk", run_name="__main__", alter_sys=True)
"""
PETDESK = [sys.executable, "-c", PEAK_WRAPPER]
#: Where petdesk's byte code is compiled before the runs, as installing the wheel compiles it: with
#: ``PYTHONDONTWRITEBYTECODE`` set (as on this machine) and no cache, every command compiled the
#: modules it imports, 0.1 s of each. Outside the source tree (``PYTHONPYCACHEPREFIX``).
BYTECODE = Path(tempfile.gettempdir()) / "petdesk-scale-pycache"
#: (target at 100,000, target at 1,000,000) per row; None where the issue sets none.
TARGETS: dict[str, tuple[float | None, float | None]] = {
    "size-mb": (150, 1500),
    "search-p95-ms": (15, 30),
    "first-rows-ms": (20, 50),
    "duplicates": (3, 30),
    "export-csv": (3, 30),
    "export-vcf": (5, 50),
    "export-xlsx": (15, 150),
    "clashes": (1, None),
    "sync-export": (None, None),
    "sync-import": (None, None),
    "peak-mb": (300, 300),
}
#: Rows whose target is a ratio to their raw baseline (issue 17: "<= 2x raw executemany").
RATIO_TARGETS: dict[str, float] = {"sync-export": 2.0, "sync-import": 2.0}
PASSPHRASE = "scale benchmark passphrase, long enough"


@dataclass
class Run:
    seconds: float
    peak_mb: float
    rc: int
    output: str
    #: user + system CPU of the process (wait4): steadier than wall time on a shared, loaded machine
    cpu_s: float = 0.0


def run_petdesk(db: Path, *args: str, env: dict[str, str] | None = None) -> Run:
    """One petdesk command as its own process: wall time and peak resident memory (wait4)."""
    hwm = Path(tempfile.mkstemp(prefix="petdesk-scale-hwm-")[1])
    full_env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "PYTHONPYCACHEPREFIX": str(BYTECODE),
        "PETDESK_SYNC_PASSPHRASE": PASSPHRASE,
        "SCALE_HWM_FILE": str(hwm),
        **(env or {}),
    }
    with tempfile.TemporaryFile() as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [*PETDESK, "--db", str(db), *args], stdout=out, stderr=subprocess.STDOUT, env=full_env
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    try:
        peak_mb = int(hwm.read_text()) / 1024
    except ValueError:  # the command died before writing it: fall back on the kernel's figure
        peak_mb = usage.ru_maxrss / 1024
    hwm.unlink(missing_ok=True)
    return Run(seconds, peak_mb, proc.returncode, text, usage.ru_utime + usage.ru_stime)


def compile_petdesk() -> None:
    """Compile petdesk's modules into :data:`BYTECODE` (the commands run read them from there)."""
    import compileall

    import petdesk

    sys.pycache_prefix = str(BYTECODE)
    compileall.compile_dir(Path(petdesk.__file__).parent, quiet=1)


#: CPU (user + system) of this process during the last :func:`timed` call, beside its wall time.
last_cpu_s = 0.0


def timed(fn: Callable[[], object]) -> float:
    global last_cpu_s
    t0, cpu0 = time.perf_counter(), time.process_time()
    fn()
    last_cpu_s = time.process_time() - cpu0
    return time.perf_counter() - t0


def connect(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA query_only = ON")
    return conn


# --- raw baselines: the least each job needs, no petdesk code --------------------------------------------
def raw_contact_rows(conn: sqlite3.Connection) -> sqlite3.Cursor:
    return conn.execute(
        "SELECT c.id, c.given_name, c.family_name, c.given_name_zh, c.family_name_zh, c.notes, "
        "group_concat(m.value, ';') FROM contact c LEFT JOIN contact_method m "
        "ON m.contact_id = c.id AND m.deleted_at IS NULL WHERE c.deleted_at IS NULL GROUP BY c.id"
    )


def raw_csv(db: Path, out: Path) -> None:
    with connect(db) as conn, out.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(raw_contact_rows(conn))


def raw_vcf(db: Path, out: Path) -> None:
    with connect(db) as conn, out.open("w", encoding="utf-8", newline="") as fh:
        for cid, given, family, given_zh, family_zh, _notes, methods in raw_contact_rows(conn):
            fh.write(f"BEGIN:VCARD\r\nVERSION:4.0\r\nUID:{cid}\r\nN:{family};{given};;;\r\n")
            fh.write(f"FN:{given} {family}\r\nX-ZH:{family_zh}{given_zh}\r\nNOTE:{methods}\r\nEND:VCARD\r\n")


def raw_xlsx(db: Path, out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    with connect(db) as conn:
        for row in raw_contact_rows(conn):
            ws.append(row)
    wb.save(out)


def raw_duplicates(db: Path) -> None:
    """Blocking by normalised e-mail, phone tail and name: three GROUP BYs."""
    with connect(db) as conn:
        conn.execute(
            "SELECT lower(value), count(*) FROM contact_method WHERE deleted_at IS NULL "
            "GROUP BY 1 HAVING count(*) > 1"
        ).fetchall()
        conn.execute(
            "SELECT substr(replace(replace(value, ' ', ''), '-', ''), -9), count(*) FROM contact_method "
            "WHERE channel = 'phone' AND deleted_at IS NULL GROUP BY 1 HAVING count(*) > 1"
        ).fetchall()
        conn.execute(
            "SELECT lower(family_name || ' ' || given_name), count(*) FROM contact WHERE deleted_at IS NULL "
            "GROUP BY 1 HAVING count(*) > 1"
        ).fetchall()


def raw_clashes(db: Path) -> None:
    """Every person's presence at every item, sorted by person and start: the input of any clash check."""
    with connect(db) as conn:
        conn.execute(
            "SELECT p.contact_id, i.starts_at, i.ends_at FROM itinerary_item i "
            "JOIN visit_participant p ON p.visit_id = i.visit_id WHERE i.deleted_at IS NULL "
            "UNION ALL SELECT a.contact_id, i.starts_at, i.ends_at FROM itinerary_item i "
            "JOIN itinerary_attendee a ON a.item_id = i.id ORDER BY 1, 2"
        ).fetchall()


def synced_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables whose rows travel by sync: those with the synced columns."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    out = []
    for name in names:
        cols = {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}
        if {"id", "updated_at", "deleted_at"} <= cols and not name.startswith(("search", "sync_")):
            out.append(name)
    return out


def raw_copy(db: Path, target: Path) -> None:
    """Read every synced row and write it with executemany into an empty copy of the schema."""
    target.unlink(missing_ok=True)
    with connect(db) as src:
        schema = [
            r[0]
            for r in src.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")
            if not r[0].startswith("CREATE VIRTUAL") and "sqlite_" not in r[0]
        ]
        dst = sqlite3.connect(target)
        for sql in schema:
            # shadow tables of FTS come with their virtual table
            with contextlib.suppress(sqlite3.OperationalError):
                dst.execute(sql)
        with dst:
            for table in synced_tables(src):
                rows = src.execute(f'SELECT * FROM "{table}"').fetchall()
                if rows:
                    marks = ",".join("?" * len(rows[0]))
                    dst.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        dst.close()


def raw_size_mb(db: Path, work: Path) -> float:
    """The synced rows alone in a plain file without indexes or search tables, after VACUUM."""
    target = work / "raw-size.sqlite"
    target.unlink(missing_ok=True)
    with connect(db) as src:
        dst = sqlite3.connect(target)
        for table in synced_tables(src):
            sql = src.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            sql = re.sub(r"(?is),\s*(CONSTRAINT|FOREIGN KEY|UNIQUE|CHECK)\b.*\)\s*$", "\n)", sql)
            dst.execute(sql.replace("PRIMARY KEY", ""))
            rows = src.execute(f'SELECT * FROM "{table}"').fetchall()
            if rows:
                dst.executemany(f'INSERT INTO "{table}" VALUES ({",".join("?" * len(rows[0]))})', rows)
        dst.commit()
        dst.execute("VACUUM")
        dst.close()
    return target.stat().st_size / 1e6


# --- the benchmark ---------------------------------------------------------------------------------------
class Table:
    def __init__(self, contacts: int) -> None:
        self.column = 0 if contacts < 500_000 else 1
        self.rows: list[tuple[str, str, str, str, str, str]] = []
        self.peaks: list[tuple[str, float]] = []

    def add(self, name: str, value: float, unit: str, raw: float | None, peak: float | None = None) -> None:
        target = TARGETS.get(name, (None, None))[self.column]
        ratio = f"{value / raw:.2f}x" if raw else "-"
        verdict = "-" if target is None else ("ok" if value <= target else "MISSED")
        target_text = f"<= {target:g} {unit}" if target is not None else "-"
        if name in RATIO_TARGETS and raw:
            target_text = f"<= {RATIO_TARGETS[name]:g}x raw"
            verdict = "ok" if value / raw <= RATIO_TARGETS[name] else "MISSED"
        self.rows.append(
            (name, f"{value:,.2f} {unit}", f"{raw:,.2f} {unit}" if raw else "-", ratio, target_text, verdict)
        )
        if peak is not None:
            self.peaks.append((name, peak))
        print(
            f"  {name:<14} {value:10,.2f} {unit:<3} raw {raw or 0:9,.2f}  {ratio:>7}  {verdict}", flush=True
        )

    def print(self) -> None:
        head = ("action", "petdesk", "raw baseline", "ratio", "target", "")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(6)]
        print()
        for row in [head, tuple("-" * w for w in widths), *self.rows]:
            print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if self.peaks:
            worst = max(self.peaks, key=lambda p: p[1])
            target = TARGETS["peak-mb"][self.column]
            verdict = "ok" if target is not None and worst[1] <= target else "MISSED"
            print(
                f"\npeak resident memory of any command: {worst[1]:,.0f} MB ({worst[0]}); "
                f"target <= {target} MB: {verdict}"
            )
            print("  " + ", ".join(f"{n} {p:,.0f} MB" for n, p in self.peaks))


def ensure_db(db: Path, contacts: int, table: Table) -> None:
    if db.exists():
        # A file made by an older petdesk is brought to the current schema first (as the first
        # command a user runs would), so that the size and every row measure the current layout.
        run = run_petdesk(db, "stats")
        if run.rc:
            raise SystemExit(f"petdesk cannot open {db}:\n{run.output[-2000:]}")
        return
    print(f"building {db} with {contacts:,} demo contacts …", flush=True)
    run = run_petdesk(db, "demo", "--contacts", str(contacts))
    if run.rc:
        raise SystemExit(f"demo failed:\n{run.output[-2000:]}")
    print(f"  demo: {run.seconds:,.1f} s, peak {run.peak_mb:,.0f} MB", flush=True)
    table.peaks.append(("demo", run.peak_mb))


#: The contacts page's first page of rows, read the way the page reads it (its ``SearchSource``),
#: in both sort languages; prints the slowest median of 5 in ms.
FIRST_ROWS = """
import os, statistics, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from petdesk.db import open_database
from petdesk.gui.contacts.list import CONTACT_COLUMNS
from petdesk.gui.record_list import PAGE_SIZE, Column, SearchSource
db = open_database(sys.argv[1])
worst = 0.0
for language in ("en", "zh_CN"):
    source = SearchSource("contact", [Column(k, sort, text) for k, sort, text in CONTACT_COLUMNS], language)
    times = []
    for _ in range(6):
        with db.reading() as session:
            t0 = time.perf_counter()
            rows = source.page(session, "", source.default_sort, False, 0, PAGE_SIZE)
            times.append((time.perf_counter() - t0) * 1000)
    worst = max(worst, statistics.median(times[1:]))
print(f"{worst:.2f}")
"""


def first_rows_ms(db: Path) -> float | None:
    out = subprocess.run([sys.executable, "-c", FIRST_ROWS, str(db)], capture_output=True, text=True)
    try:
        return float(out.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        print(f"    first rows failed: {out.stderr.strip()[-300:]}")
        return None


def search_figures(db: Path) -> tuple[float | None, float | None, float | None, float | None]:
    """(p95 ms, raw-plan p95 ms, first rows ms, raw first rows ms) from benchmarks/search.py's output."""
    script = Path(__file__).with_name("search.py")
    out = subprocess.run([sys.executable, str(script), str(db)], capture_output=True, text=True).stdout
    p95 = raw = None
    for line in out.splitlines():
        if line.startswith("all "):
            nums = [float(x) for x in re.findall(r"\d+\.\d+", line)]
            if len(nums) >= 4:
                p95, raw = nums[1], nums[3]
    firsts = [float(x) for x in re.findall(r"^\s+(?:en|zh_CN)\s+([\d.]+) ms\s+\(", out, re.M)]
    first = max(firsts[2:]) if len(firsts) >= 4 else (max(firsts) if firsts else None)
    return p95, raw, first, None


def raw_first_rows_ms(db: Path) -> float:
    with connect(db) as conn:
        return 1000 * timed(
            lambda: conn.execute(
                "SELECT id, family_name, given_name FROM contact WHERE deleted_at IS NULL "
                "ORDER BY family_name, given_name LIMIT 200"
            ).fetchall()
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="database to use (default: /tmp/petdesk-scale-N.sqlite)")
    parser.add_argument("--rebuild-db", action="store_true")
    parser.add_argument("--only", default="", help="comma-separated rows to run (default: all)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="run each timed row and its baseline in turn N times; medians"
    )
    parser.add_argument(
        "--sqlite-mb",
        type=int,
        default=0,
        help="cap SQLite's memory as the window does (gui.app.WINDOW_SQLITE_MB; 0: no cap, as the CLI)",
    )
    args = parser.parse_args()
    if args.sqlite_mb:
        from petdesk import connection

        connection.limit_sqlite_memory(args.sqlite_mb)
    db = args.db or Path(tempfile.gettempdir()) / f"petdesk-scale-{args.contacts}.sqlite"
    only = {o.strip() for o in args.only.split(",") if o.strip()}

    def wanted(name: str) -> bool:
        return not only or name in only

    if args.rebuild_db:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    compile_petdesk()
    table = Table(args.contacts)
    print(f"petdesk scale benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}, load average {os.getloadavg()}")
    ensure_db(db, args.contacts, table)
    with tempfile.TemporaryDirectory(prefix="petdesk-scale-") as tmp:
        work = Path(tmp)
        if wanted("size-mb"):
            copy = work / "vacuumed.sqlite"
            with sqlite3.connect(db) as src, sqlite3.connect(copy) as dst:
                src.backup(dst)
            with sqlite3.connect(copy) as conn:
                conn.execute("VACUUM")
            size = copy.stat().st_size / 1e6
            copy.unlink()
            table.add("size-mb", size, "MB", raw_size_mb(db, work))
            print(f"    {size * 1e6 / args.contacts:,.0f} bytes per contact")
        if wanted("search-p95-ms") or wanted("first-rows-ms"):
            if wanted("search-p95-ms"):
                p95, raw, _, _ = search_figures(db)
                if p95 is not None:
                    table.add("search-p95-ms", p95, "ms", raw)
            first = first_rows_ms(db) if wanted("first-rows-ms") else None
            if first is not None:
                table.add("first-rows-ms", first, "ms", raw_first_rows_ms(db))
        repeat = max(args.repeat, 1)

        def paired(name: str, command: Callable[[], Run], raw: Callable[[], float]) -> Run | None:
            """``command`` and its ``raw`` baseline, taken in turn ``repeat`` times: the row gets the
            median of each (the machine's speed drifts from minute to minute, alike for both)."""
            runs, raws, raw_cpus = [], [], []
            for _ in range(repeat):
                run = command()
                if run.rc not in (0, 4):
                    print(f"    {name} failed: {run.output.strip()[-300:]}")
                    return None
                runs.append(run)
                raws.append(raw())
                raw_cpus.append(last_cpu_s)
            seconds = [r.seconds for r in runs]
            # CPU beside wall time: colleagues' work on the same cores stretches the wall time of
            # either side alone, the CPU time much less
            cpus = ", ".join(f"{r.cpu_s:.2f}/{c:.2f}" for r, c in zip(runs, raw_cpus, strict=True))
            print(f"    {name}: CPU s (user + system), petdesk/raw in turn: {cpus}")
            if repeat > 1:
                spread = f"{min(seconds):.2f}-{max(seconds):.2f} s, raw {min(raws):.2f}-{max(raws):.2f} s"
                print(
                    f"    {name}: {spread}, "
                    f"ratios {', '.join(f'{a / b:.2f}' for a, b in zip(seconds, raws, strict=True))}"
                )
            table.add(
                name, statistics.median(seconds), "s", statistics.median(raws), max(r.peak_mb for r in runs)
            )
            return runs[-1]

        if wanted("duplicates"):
            paired(
                "duplicates",
                lambda: run_petdesk(db, "duplicates", "--limit", "50"),
                lambda: timed(lambda: raw_duplicates(db)),
            )
        for fmt, raw_fn in (("csv", raw_csv), ("vcf", raw_vcf), ("xlsx", raw_xlsx)):
            name = f"export-{fmt}"
            if wanted(name):
                out, raw_out = work / f"all.{fmt}", work / f"raw.{fmt}"
                paired(
                    name,
                    lambda out=out: run_petdesk(db, "export-contacts", "--out", str(out)),
                    lambda f=raw_fn, o=raw_out: timed(lambda: f(db, o)),
                )
        if wanted("clashes"):
            paired(
                "clashes", lambda: run_petdesk(db, "clashes", "--all"), lambda: timed(lambda: raw_clashes(db))
            )
        if wanted("sync-export") or wanted("sync-import"):
            package = work / "all.petdesk-sync"
            raw_target = work / "raw-copy.sqlite"
            raw_copy_s = lambda: timed(lambda: raw_copy(db, raw_target))  # noqa: E731
            exported = paired(
                "sync-export",
                lambda: run_petdesk(db, "sync", "export", "--all", "--out", str(package)),
                raw_copy_s,
            )
            if wanted("sync-import") and exported is not None:
                empty = work / "other-office.sqlite"

                def import_into_new_office() -> Run:
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{empty}{suffix}").unlink(missing_ok=True)
                    shutil.rmtree(work / "backups", ignore_errors=True)
                    run_petdesk(empty, "office", "--name", "Other office")
                    return run_petdesk(empty, "sync", "import", str(package))

                paired("sync-import", import_into_new_office, raw_copy_s)
    table.print()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
