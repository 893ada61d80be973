"""Resident memory of the window through a search for duplicates and exports of all contacts.

    python benchmarks/window_memory.py DB        # a copy of DB is used; e.g. a 100,000-contact demo

Opens the main window (offscreen, 1920x1080) on the contacts page, opens Tools > Find duplicates…,
waits for the pairs, closes the dialog, then exports all contacts as CSV, vCard and XLSX twice
from the window. After each step: the process's RSS, its peak so far (issue 17: 300 MB for any
command), SQLite's own memory (its page caches) and the peak of the child processes that ended (the
window searches a large file for duplicates in a child: each process counts on its own).
Field test 10 saw 194 -> 425 MB after the duplicates and 551 MB after the exports, never coming back.
"""

from __future__ import annotations

import sys
from pathlib import Path

# keep benchmarks/ off the import path (its scripts are named like standard modules)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import ctypes  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from petdesk.db import open_database  # noqa: E402
from petdesk.gui.app import make_application  # noqa: E402
from petdesk.gui.qt import QAction, QEventLoop  # noqa: E402


def rss_mb(field: str = "VmRSS") -> int:
    """The process's resident memory now (``VmHWM``: at its peak so far), in MB."""
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) // 1024 for line in fh if line.startswith(field))


#: The largest VmHWM seen of this process's children (the duplicates search's child). Not
#: getrusage(RUSAGE_CHILDREN): Linux counts in a child's peak the parent's memory when it forked.
CHILD_PEAK_KB = [0]


def note_children() -> None:
    """Remember the peak of each child process running now."""
    me = str(os.getpid())
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if stat.read_text().rsplit(")", 1)[1].split()[1] != me:
                continue
            status = (stat.parent / "status").read_text().splitlines()
        except (OSError, IndexError):
            continue  # ended while we looked
        peak = next((int(line.split()[1]) for line in status if line.startswith("VmHWM")), 0)
        CHILD_PEAK_KB[0] = max(CHILD_PEAK_KB[0], peak)


def sqlite_mb() -> int:
    """sqlite3_memory_used() of the library the sqlite3 module loaded (-1 when not found)."""
    with open("/proc/self/maps") as fh:
        libs = {line.split()[-1] for line in fh if "libsqlite3" in line}
    if not libs:
        return -1
    used = ctypes.CDLL(libs.pop()).sqlite3_memory_used
    used.restype = ctypes.c_int64
    return int(used()) >> 20


def main() -> None:
    source = Path(sys.argv[1])
    work = Path(tempfile.mkdtemp(prefix="petdesk-memory-"))
    db_path = work / source.name
    shutil.copy(source, db_path)
    app = make_application(sys.argv[:1])  # as the window starts: SQLite memory capped
    loop = QEventLoop()

    def wait(done: Callable[[], bool], limit_s: float = 300) -> None:
        start = time.perf_counter()
        rounds = 0
        while not done() and time.perf_counter() - start < limit_s:
            loop.processEvents()
            time.sleep(0.005)
            rounds += 1
            if rounds % 20 == 0:  # a tenth of a second: a child lives for seconds
                note_children()

    last = [time.perf_counter()]

    def step(name: str) -> None:
        took = time.perf_counter() - last[0]  # the step's own time (the half-second wait below excluded)
        wait(lambda: False, 0.5)
        load = Path("/proc/loadavg").read_text().split()[0]
        print(
            f"{name:<26} RSS {rss_mb():>4} MB   peak {rss_mb('VmHWM'):>4} MB   SQLite {sqlite_mb():>4} MB   "
            f"{took:5.1f} s   child peak {CHILD_PEAK_KB[0] // 1024:>4} MB   load {load}",
            flush=True,
        )
        last[0] = time.perf_counter()

    from petdesk.gui.contacts.import_dialog import export_contacts_to
    from petdesk.gui.main_window import MainWindow

    db = open_database(db_path)
    window = MainWindow(db, locale="en")
    window.resize(1920, 1080)
    window.show()
    window.show_page("contacts")
    wait(lambda: False, 4)  # the first rows and the idle warm-up
    step("window open")
    find = next(a for a in window.findChildren(QAction) if a.objectName() == "action_find_duplicates")
    find.trigger()
    dialog = next(w for w in app.topLevelWidgets() if w.objectName() == "MergeDialog")

    def pairs_shown() -> bool:
        return bool(dialog.find_button.isEnabled() and not dialog.find_progress.isVisible())

    wait(pairs_shown)
    step(f"duplicates ({dialog.pairs_model.rowCount()} listed)")
    dialog.close()
    step("duplicates closed")
    for fmt in ("csv", "vcf", "xlsx") * 2:
        done: list[int] = []
        export_contacts_to(window, db, work / f"all.{fmt}", fmt, on_done=done.append)  # type: ignore[arg-type]
        wait(lambda done=done: bool(done))
        step(f"export {fmt}")
    window.close()
    db.close()
    shutil.rmtree(work)
    app.quit()


if __name__ == "__main__":
    main()
