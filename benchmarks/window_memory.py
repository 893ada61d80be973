"""Resident memory of the window through a search for duplicates and exports of all contacts.

    python benchmarks/window_memory.py DB        # a copy of DB is used; e.g. a 100,000-contact demo

Opens the main window (offscreen, 1920x1080) on the contacts page and lets it idle 5 s (its warm-up),
opens a contact's editor and closes it, opens Tools > Find duplicates…, waits for the pairs, merges
the first pair and undoes the merge (a new search: field test 47's 333 MB), closes the dialog, then
exports all contacts as CSV, vCard and XLSX twice from the window (``--exports``; ``--type`` adds
typing into the contacts' search after the idle). After each step: the process's RSS, its peak so
far (issue 17: 300 MB for any command), SQLite's own memory (its page caches) and the peak of the
child processes that ended (from 20,000 contacts the window searches for duplicates and exports all
contacts in a child: each process counts on its own; each export's row shows its own child's).
``--tracemalloc`` adds Python's largest holders by file.
Field test 10 saw 194 -> 425 MB after the duplicates and 551 MB after the exports, never coming back.
"""

from __future__ import annotations

import sys
from pathlib import Path

# keep benchmarks/ off the import path (its scripts are named like standard modules)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import ctypes  # noqa: E402
import gc  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from contextlib import closing  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402

from petdesk.db import open_database  # noqa: E402
from petdesk.gui.app import make_application  # noqa: E402
from petdesk.gui.qt import QAction, QEventLoop  # noqa: E402
from petdesk.gui.translation import install_translators  # noqa: E402


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


def fonts_mapped() -> str:
    """The font files mapped into the process and their resident size (smaps)."""
    resident: dict[str, int] = {}
    name = ""
    with open("/proc/self/smaps") as fh:
        for line in fh:
            fields = line.split()
            if "-" in fields[0] and len(fields) >= 6:
                name = fields[-1] if fields[-1].lower().endswith((".ttf", ".ttc", ".otf", ".otc")) else ""
            elif name and fields[0] == "Rss:":
                resident[name] = resident.get(name, 0) + int(fields[1])
    total = sum(resident.values()) >> 10
    return f"{len(resident)} font files mapped, {total} MB resident"


def connections_held() -> list[tuple[str, int]]:
    """Each SQLite connection alive in this process: the file it is on and its page cache setting
    (PRAGMA cache_size: negative in KiB, positive in pages). The window freezes its long-lived
    objects (``gc.freeze``), and ``gc.get_objects`` does not list frozen ones: unfreeze first."""
    gc.unfreeze()  # (a benchmark's process: the longer collections afterwards do not matter)
    found = []
    for obj in gc.get_objects():
        if isinstance(obj, sqlite3.Connection):
            try:
                name = obj.execute("PRAGMA database_list").fetchone()[2]
                found.append((Path(name).name or ":memory:", obj.execute("PRAGMA cache_size").fetchone()[0]))
            except sqlite3.Error:
                continue  # closed
    return found


def python_heap_by_file(limit: int = 12) -> None:
    """tracemalloc's largest holders now, by file (only with --tracemalloc)."""
    import tracemalloc

    snapshot = tracemalloc.take_snapshot()
    stats = snapshot.statistics("filename")
    total = sum(s.size for s in stats)
    print(f"  Python heap traced: {total >> 20} MB")
    for stat in stats[:limit]:
        print(f"    {stat.size >> 20:>4} MB  {stat.traceback[0].filename}")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("db", type=Path, help="a petdesk file (a copy of it is used)")
    parser.add_argument(
        "--no-exports", action="store_true", help="stop after the duplicates, merge and undo (no exports)"
    )
    parser.add_argument(
        "--lang", default="zh_CN", help="the window's language (zh_CN, as field test 47, or en)"
    )
    parser.add_argument(
        "--type",
        default="",
        metavar="TEXT",
        help="after the idle, type TEXT into the contacts' search a key at a time (a million: issue 17)",
    )
    parser.add_argument(
        "--exports",
        default="csv,vcf,xlsx,csv,vcf,xlsx",
        metavar="FORMATS",
        help="the exports of all contacts, in order (default: each format twice)",
    )
    parser.add_argument(
        "--tracemalloc", action="store_true", help="trace Python's allocations and print the largest by file"
    )
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start()
    work = Path(tempfile.mkdtemp(prefix="petdesk-memory-"))
    db_path = work / args.db.name
    shutil.copy(args.db, db_path)
    app = make_application(sys.argv[:1])  # as the window starts: SQLite memory capped
    install_translators(app, args.lang)  # Chinese: CJK fonts, and Chinese text in every label
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

    def step(name: str, *, details: bool = False) -> None:
        took = time.perf_counter() - last[0]  # the step's own time (the half-second wait below excluded)
        wait(lambda: False, 0.5)
        load = Path("/proc/loadavg").read_text().split()[0]
        print(
            f"{name:<26} RSS {rss_mb():>4} MB   peak {rss_mb('VmHWM'):>4} MB   SQLite {sqlite_mb():>4} MB   "
            f"{took:5.1f} s   child peak {CHILD_PEAK_KB[0] // 1024:>4} MB   load {load}",
            flush=True,
        )
        if details:
            held = connections_held()
            print(f"  {len(held)} SQLite connections (file, cache_size): {held}")
            print(f"  pypinyin loaded: {'pypinyin' in sys.modules}   jieba loaded: {'jieba' in sys.modules}")
            print(f"  anonymous {rss_mb('RssAnon')} MB, file-backed {rss_mb('RssFile')} MB; {fonts_mapped()}")
            if args.tracemalloc:
                python_heap_by_file()
        last[0] = time.perf_counter()

    from petdesk.gui.contacts.edit import ContactEditDialog
    from petdesk.gui.contacts.import_dialog import export_contacts_to
    from petdesk.gui.main_window import MainWindow

    db = open_database(db_path)
    window = MainWindow(db, locale=args.lang)
    window.resize(1920, 1080)
    window.show()
    window.show_page("contacts")
    wait(lambda: False, 2)  # the first rows
    step("window open (2 s)")
    wait(lambda: False, 5)  # the idle warm-up and the pages built in idle time (field test 47)
    step("idle 5 s more", details=True)
    if args.type:
        search = window.page("contacts").search
        for key in args.type:  # as she types: each key a new search of the index
            QTest.keyClicks(search, key)
            wait(lambda: False, 0.15)
        wait(lambda: False, 2)  # the last search's rows and count
        step(f"typed {args.type!r}")

    with closing(sqlite3.connect(db_path)) as conn:  # a contact with an affiliation and ways to reach them
        contact_id = conn.execute(
            "SELECT contact_id FROM affiliation JOIN contact_method USING (contact_id) LIMIT 1"
        ).fetchone()[0]
    editor = ContactEditDialog(db, args.lang, contact_id, window)
    editor.show()
    wait(lambda: False, 1.5)
    step("contact editor open")
    editor.reject()
    editor.deleteLater()
    step("contact editor closed")

    find = next(a for a in window.findChildren(QAction) if a.objectName() == "action_find_duplicates")
    find.trigger()
    dialog = next(w for w in app.topLevelWidgets() if w.objectName() == "MergeDialog")

    def pairs_shown() -> bool:
        return bool(dialog.find_button.isEnabled() and not dialog.find_progress.isVisible())

    wait(pairs_shown)
    step(f"duplicates ({dialog.pairs_model.rowCount()} listed)")
    dialog.merge_current()
    wait(lambda: dialog.undo_button.isEnabled())
    wait(pairs_shown)
    step("one pair merged")
    dialog.undo_last()
    wait(lambda: not dialog.undo_button.isEnabled() and dialog.last_merge_id is None)
    wait(pairs_shown)
    step(f"merge undone ({dialog.pairs_model.rowCount()} listed)")
    dialog.close()
    step("duplicates closed", details=True)
    for fmt in () if args.no_exports else args.exports.split(","):
        done: list[int] = []
        CHILD_PEAK_KB[0] = 0  # each export's own child
        export_contacts_to(window, db, work / f"all.{fmt}", fmt, on_done=done.append)  # type: ignore[arg-type]
        wait(lambda done=done: bool(done))
        step(f"export {fmt}")
    window.close()
    db.close()
    shutil.rmtree(work)
    app.quit()


if __name__ == "__main__":
    main()
