"""Catalogue search, matching and the catalogue pages' first open, against a baseline checkout.

    python benchmarks/catalogue.py --db /tmp/field26/office.sqlite --baseline /work/main/src
    python benchmarks/catalogue.py --db OFFICE.sqlite --repeat 5

Field test 26 (1,512 technologies, 73 needs, 20,000 contacts) timed ``petdesk technologies Q`` at
1.1–3.8 s, ``needs 杭州`` at 1.1 s and ``petdesk match`` at 2.8 s; the Technologies page opened in
about 1.8 s. Each figure here is the median wall time of fresh processes (the commands) or of a fresh
offscreen window (the pages, until the list shows its rows), for this checkout's ``src`` and, with
``--baseline``, another one's, on separate copies of the database (never the file given). Modules
are compiled to bytecode first, as an installed petdesk has them. The load average is printed: on a
shared machine the absolute figures move with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

# keep benchmarks/ off the import path (it holds scripts named like standard modules)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import compileall  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

HERE = Path(__file__).resolve().parent.parent / "src"

#: Opens the window offscreen, shows each page in turn and prints "<page> <seconds>" once its list
#: has rows (or, for the market, once it is built), then the time to select the first need.
_WINDOW = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from petdesk.gui.qt import QCoreApplication
from petdesk.gui.app import make_application
app = make_application(["petdesk"])
from petdesk.db import open_database
from petdesk.gui.main_window import MainWindow
w = MainWindow(open_database(Path(sys.argv[1])), locale="zh_CN"); w.resize(1366, 768); w.show()
def wait(done, limit=30.0):
    end = time.perf_counter() + limit
    while not done() and time.perf_counter() < end:
        QCoreApplication.processEvents(); time.sleep(0.005)
wait(lambda: False, 1.0)
for key in ("technologies", "needs", "market"):
    t = time.perf_counter(); page = w.show_page(key)
    lst = getattr(page, "list", None)
    wait(lambda: lst is None or lst.model.rowCount() > 0)
    QCoreApplication.processEvents()
    print(key, time.perf_counter() - t)
    if key == "needs":
        t = time.perf_counter(); page.list.table.selectRow(0)
        wait(lambda: page.match_view.ranked.rowCount() > 0)
        print("select_need", time.perf_counter() - t)
"""


def _need_id(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT id FROM city_need WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
        ).fetchone()[0]
    finally:
        conn.close()


def _commands(db: Path) -> dict[str, list[str]]:
    base = ["--db", str(db), "--lang", "zh_CN"]
    return {
        "--help": ["--help"],
        "technologies zkps": [*base, "technologies", "zkps"],
        "technologies vacuum": [*base, "technologies", "vacuum"],
        "technologies Kruger": [*base, "technologies", "Kruger"],
        "needs 杭州": [*base, "needs", "杭州"],
        "match NEED": [*base, "match", _need_id(db)],
    }


def _env(src: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(src)
    return env


def _timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(src: Path, db: Path, repeat: int) -> dict[str, float]:
    compileall.compile_dir(str(src), quiet=1)
    env = _env(src)
    # The first run upgrades the copy if the code is newer (and fills derived keys): not timed.
    subprocess.run([sys.executable, "-m", "petdesk", "--db", str(db), "stats"], env=env, capture_output=True)
    out: dict[str, float] = {}
    for name, args in _commands(db).items():
        out[name] = statistics.median(
            _timed([sys.executable, "-m", "petdesk", *args], env) for _ in range(repeat)
        )
    pages: dict[str, list[float]] = {}
    for _ in range(repeat):
        run = subprocess.run(
            [sys.executable, "-c", _WINDOW, str(db)], env=env, capture_output=True, text=True, check=True
        )
        for line in run.stdout.splitlines():
            key, seconds = line.split()
            pages.setdefault(f"window: {key}", []).append(float(seconds))
    out |= {key: statistics.median(values) for key, values in pages.items()}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, required=True, help="a petdesk database (copied, never changed)")
    parser.add_argument("--baseline", type=Path, help="another checkout's src folder to compare with")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, src in (("baseline", args.baseline), ("this", HERE)):
            if src is None:
                continue
            copy = Path(tmp) / f"{label}.sqlite"
            shutil.copy(args.db, copy)
            results[label] = measure(src.resolve(), copy, args.repeat)
    rows = list(results["this"])
    print(f"{'seconds (median)':<28}" + "".join(f"{label:>10}" for label in results))
    for row in rows:
        print(f"{row:<28}" + "".join(f"{results[label].get(row, float('nan')):>10.2f}" for label in results))


if __name__ == "__main__":
    main()
