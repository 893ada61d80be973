"""Start-up time and memory of petdesk beside bare baselines, measured in the same run.

    python benchmarks/startup.py                      # 100,000 contacts in /tmp/petdesk-startup-100k.sqlite
    python benchmarks/startup.py --db COPY_OF.sqlite  # any existing petdesk database (used as it is)
    python benchmarks/startup.py --contacts 5000 --repeat 3

Each measurement is a fresh process (wall time from spawn to exit, or to the first rows of the window;
peak resident memory from ``wait4``), repeated and reported as the median:

* ``python -c pass``: the interpreter alone, the floor of any command;
* ``petdesk --version`` (target <= 0.15 s);
* ``petdesk stats`` on the database (target <= 0.5 s on 100,000 contacts);
* ``bare PySide6 window``: a QMainWindow with a list and a 200-row table, shown and painted;
* ``petdesk window``: the main window on the database until its first page shows rows and has been
  painted (target <= 0.6 s and < 250 MB on 100,000 contacts).

Before measuring, petdesk's modules are compiled to bytecode (as ``pip install`` does; an editable
checkout run with ``PYTHONDONTWRITEBYTECODE`` would compile them on every start) and the database gets
one complete quick check (as the window does when it closes): a file unchanged since its last complete
check is not checked again on open. The first open after a write pays the check (0.5 s of
100,000 contacts on an idle machine, cut off after 2 s).

Ratios compare each petdesk figure with its baseline (``python -c pass`` for commands, the bare
window for the window). The machine's load average is printed: on a shared machine the absolute
figures move with it, the ratios much less.
"""

from __future__ import annotations

import sys
from pathlib import Path

# keep benchmarks/ off the import path (it holds scripts named like standard modules)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

BIN = Path(sys.executable).parent
PETDESK = str(BIN / "petdesk")

#: Starts the window as ``petdesk gui`` does (``gui.app.run``: lock, passphrase, file check, first
#: rows, opening), on the contacts page it showed last, and prints "ready" once a table shows rows
#: and was painted; with "complete" as second argument, once the real contacts page is built too.
WINDOW_SNIPPET = r"""
import os
import sys
from pathlib import Path
from petdesk.gui.app import make_application, run
from petdesk.gui.qt import QApplication, QSettings, QTableView, QTimer
app = make_application([])
QSettings().setValue("window/page", "contacts")
complete = sys.argv[2:] == ["complete"]
def check():
    for top in QApplication.topLevelWidgets():
        if complete and not (hasattr(top, "is_page_built") and top.is_page_built("contacts")):
            continue
        for table in top.findChildren(QTableView):
            if table.isVisible() and table.model() is not None and table.model().rowCount() > 0:
                top.repaint()
                print("ready", flush=True)
                os._exit(0)  # the lock is a QLockFile: a dead process's lock is taken over
    QTimer.singleShot(5, check)
QTimer.singleShot(0, check)
run(Path(sys.argv[1]))
"""

#: The least a PySide6 window with a list and a table costs.
BARE_WINDOW_SNIPPET = r"""
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QSplitter, QTableView
app = QApplication([])
window = QMainWindow()
split = QSplitter()
nav = QListWidget()
nav.addItems(["Organisations", "Contacts", "Visits", "Trainings"])
model = QStandardItemModel(200, 4)
for r in range(200):
    for c in range(4):
        model.setItem(r, c, QStandardItem(f"cell {r} {c}"))
table = QTableView()
table.setModel(model)
split.addWidget(nav)
split.addWidget(table)
window.setCentralWidget(split)
window.resize(1200, 760)
window.show()
window.repaint()
print("ready", flush=True)
import os
os._exit(0)  # skip interpreter shutdown: PySide6 can crash tearing down QStandardItems
"""


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds until the process printed "ready" (or exited) and its peak RSS in MB."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert proc.stdout is not None
    ready = None
    for line in proc.stdout:
        if line.strip() == "ready":
            ready = time.perf_counter() - started
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = ready if ready is not None else time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {proc.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def measure(name: str, cmd: list[str], env: dict[str, str], repeat: int) -> tuple[str, float, float]:
    run_once(cmd, env)  # warm the file cache
    runs = [run_once(cmd, env) for _ in range(repeat)]
    return name, statistics.median(t for t, _ in runs), max(m for _, m in runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="an existing database (default: made with petdesk demo)")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild-db", action="store_true")
    args = parser.parse_args()

    db = args.db or Path(tempfile.gettempdir()) / f"petdesk-startup-{args.contacts // 1000}k.sqlite"
    if args.db is None and (args.rebuild_db or not db.exists()):
        db.unlink(missing_ok=True)
        print(f"creating {db} with {args.contacts:,} demo contacts…", flush=True)
        subprocess.run([PETDESK, "--db", str(db), "demo", "--contacts", str(args.contacts)], check=True)

    # bytecode as an installed package has it; the file checked once, as the window leaves it
    import compileall

    import petdesk
    from petdesk.db import inspect_file

    compileall.compile_dir(Path(petdesk.__file__).parent, quiet=1)
    inspect_file(db, budget_s=3600)

    settings = Path(tempfile.mkdtemp(prefix="petdesk-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PETDESK_LANG="en", XDG_CONFIG_HOME=str(settings))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    py = sys.executable
    rows = [
        measure("python -c pass", [py, "-c", "pass"], env, args.repeat),
        measure("petdesk --version", [PETDESK, "--version"], env, args.repeat),
        measure("petdesk stats", [PETDESK, "--db", str(db), "stats"], env, args.repeat),
        measure("bare PySide6 window", [py, "-c", BARE_WINDOW_SNIPPET], env, args.repeat),
        measure("petdesk window, first rows", [py, "-c", WINDOW_SNIPPET, str(db)], env, args.repeat),
        measure(
            "petdesk window, full page", [py, "-c", WINDOW_SNIPPET, str(db), "complete"], env, args.repeat
        ),
    ]
    shutil.rmtree(settings, ignore_errors=True)

    base = {
        "petdesk --version": 0,
        "petdesk stats": 0,
        "petdesk window, first rows": 3,
        "petdesk window, full page": 3,
    }
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\n{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC · {os.cpu_count()} CPUs · load average {load}")
    print(f"database: {db} ({db.stat().st_size / 1e6:.0f} MB) · median of {args.repeat} runs, peak RSS max\n")
    print(f"{'':<28} {'seconds':>8} {'MB':>7} {'x time':>7} {'x MB':>6}")
    for name, seconds, mb in rows:
        ratio = ""
        if name in base:
            _, b_s, b_mb = rows[base[name]]
            ratio = f"{seconds / b_s:>7.1f} {mb / b_mb:>6.1f}"
        print(f"{name:<28} {seconds:>8.3f} {mb:>7.0f} {ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
