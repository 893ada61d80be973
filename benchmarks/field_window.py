"""An office worker's everyday actions in the real window over a hub's file, each with its wall
time and the longest stall of the event loop (field test 61, issue 17).

    python benchmarks/field_window.py DB                 # e.g. a 100,000-contact file
    python benchmarks/field_window.py DB --only search,export

Works on a copy of DB (the original is never written). Each action runs with a 10 ms timer on the
GUI thread; "stall" is the longest gap between its ticks minus the interval (what a click or a
keystroke made meanwhile would wait). Flagged: a stall over 200 ms, or a wall time over 1 s. Typing
is one key each 120 ms, as a quick typist types; its wall time (typing included) ends with the count
shown. Beside the window's figures, the "baseline" column is the plain service call behind the
action, timed on the same copy (what the action cannot be quicker than).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from petdesk.db import open_database  # noqa: E402
from petdesk.gui.qt import QApplication  # noqa: E402
from petdesk.services import search as search_service  # noqa: E402

# The stall meter and the event pump of benchmarks/gui.py (one probe for both benchmarks).
_spec = importlib.util.spec_from_file_location("gui_bench", Path(__file__).with_name("gui.py"))
assert _spec and _spec.loader
gui_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gui_bench)
gui_bench.TICK_MS = 10

STALL_LIMIT_MS = 200
WALL_LIMIT_S = 1.0
WORDS = ("zhang", "138", "müller", "北京")
ACTIONS = ("open", "search", "sort", "scroll", "edit", "delete", "delete all", "switch", "tag", "export")
#: What "delete all" selects all of and deletes, then undoes: a broad search, and everything.
DELETE_ALL_WORDS = ("zhang", "")

Done = Callable[[], bool]


def baseline_times(db, page_size: int = 200) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The service calls behind the actions, timed plainly (s)."""
    out: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], object]) -> None:
        began = time.perf_counter()
        fn()
        out[name] = time.perf_counter() - began

    with db.reading() as s:
        kind = search_service.CONTACT
        timed("open", lambda: search_service.search(s, "", kind=kind, limit=page_size))
        for word in WORDS:
            timed(f"search {word}", lambda w=word: search_service.count(s, w, kind=kind))
        for sort in ("name", "organisation", "position", "email", "phone", "tags"):
            timed(
                f"sort {sort}",
                lambda k=sort: search_service.search(s, "", kind=kind, sort=k, limit=page_size),
            )
        total = search_service.count(s, "", kind=kind)
        timed(
            "scroll to end",
            lambda: search_service.search(s, "", kind=kind, limit=page_size, offset=total - page_size),
        )
        timed("export filtered (zhang)", lambda: search_service.matching_ids(s, "zhang", kind=kind))
        timed("select all + tag", lambda: search_service.matching_ids(s, "", kind=kind))
    # The writes behind "delete all": each delete as the window calls it (progress watched), then
    # its restore, so the copy is as before.
    from petdesk.services import contacts as contact_service

    for word in DELETE_ALL_WORDS:
        with db.reading() as s:
            ids = search_service.matching_ids(s, word, kind=search_service.CONTACT)
        label = f"'{word}'" if word else "all"
        with db.transaction() as s:
            timed(
                f"delete {label} ({len(ids):,})",
                lambda s=s, ids=ids: contact_service.delete_contacts(s, ids, progress=lambda _d, _t: None),
            )
        with db.transaction() as s:
            timed(
                f"restore {label} ({len(ids):,})",
                lambda s=s, ids=ids: contact_service.restore_contacts(s, ids, progress=lambda _d, _t: None),
            )
    return out


def run(path: Path, only: set[str]) -> list[tuple[str, int, float]]:
    from petdesk.gui.main_window import MainWindow
    app = QApplication.instance() or QApplication(sys.argv)
    workdir = Path(tempfile.mkdtemp(prefix="petdesk-field-"))
    copy = workdir / "copy.sqlite"
    with sqlite3.connect(path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    results: list[tuple[str, int, float]] = []
    meter = gui_bench.StallMeter()
    pump, wait_until = gui_bench.pump, gui_bench.wait_until

    def measure(name: str, action: Callable[[], Done]) -> None:
        print(f"  {name}…", flush=True)
        profile = None
        if os.environ.get("PETDESK_BENCH_PROFILE"):  # what runs on the GUI thread meanwhile
            import cProfile

            profile = cProfile.Profile()
            profile.enable()
        stall, wall = gui_bench.measure(app, meter, action)
        if profile is not None:
            import pstats

            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
        results.append((name, stall, wall))
        # Under load a stall is mostly waiting for a core: the GUI thread's own CPU in it tells.
        print(
            f"  {name}: stall {stall:,} ms (GUI-thread CPU in it {meter.longest_cpu:,.0f} ms),"
            f" wall {wall * 1000:,.0f} ms",
            flush=True,
        )

    db = open_database(copy)
    try:
        holder: dict[str, object] = {}

        def open_window() -> Done:
            window = MainWindow(db, locale="en")
            window.show()
            holder["window"] = window
            page = window.show_page("contacts")
            holder["page"] = page
            return lambda: page.model.rowCount() > 0 and page.model.total is not None  # type: ignore[attr-defined]

        measure("open to first rows and count", open_window)
        window, page = holder["window"], holder["page"]
        from petdesk.gui import warmup

        wait_until(app, warmup.settled, timeout_s=180)
        model = page.model  # type: ignore[attr-defined]
        print(f"{model.total:,} contacts")

        def ready() -> bool:
            return not model.refreshing and model.total is not None

        if "search" in only:
            for word in WORDS:

                def typing(w: str = word) -> Done:
                    page.search.clear()  # type: ignore[attr-defined]
                    page.apply_search()  # type: ignore[attr-defined]
                    for ch in w:
                        page.search.insert(ch)  # type: ignore[attr-defined]  (QTest cannot type 北)
                        end = time.perf_counter() + 0.12
                        while time.perf_counter() < end:
                            pump()
                            time.sleep(0.001)
                    return lambda: page.search.text() == w and model.search_text == w and ready()  # type: ignore[attr-defined]

                measure(f"type '{word}'", typing)
            page.search.clear()  # type: ignore[attr-defined]
            page.apply_search()  # type: ignore[attr-defined]
            wait_until(app, ready)

        if "sort" in only:
            table = page.table  # type: ignore[attr-defined]
            from petdesk.gui.qt import Qt

            for column, col in enumerate(model.source.columns):
                if col.sort is None:
                    continue
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):

                    def sort_by(c: int = column, o: Qt.SortOrder = order) -> Done:
                        table.sortByColumn(c, o)
                        return ready

                    label = "↑" if order == Qt.SortOrder.AscendingOrder else "↓"
                    measure(f"sort by {col.key} {label}", sort_by)
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            wait_until(app, ready)

        if "scroll" in only:

            def scroll_end() -> Done:
                page.table.scrollToBottom()  # type: ignore[attr-defined]
                last = model.rowCount() - 1
                return lambda: model.record(last, wait=False) is not None

            measure("scroll to the end", scroll_end)
            page.table.scrollToTop()  # type: ignore[attr-defined]

        if "edit" in only:
            from petdesk.gui.contacts.edit import ContactEditDialog

            def edit_phone() -> Done:
                page.table.selectRow(0)  # type: ignore[attr-defined]
                cid = page.current_id()  # type: ignore[attr-defined]
                dialog = ContactEditDialog(db, "en", cid, page)  # type: ignore[arg-type]
                dialog.show()
                state = {"saved": False}

                def done() -> bool:
                    if not state["saved"]:
                        if dialog.is_busy() or not dialog.method_rows:
                            return False
                        rows = [r for r in dialog.method_rows if r.channel.currentData() == "phone"]
                        row = rows[0] if rows else dialog.add_method_row("phone")
                        row.value.setText("+86 138 0013 8000")
                        dialog.save()
                        state["saved"] = True
                        return False
                    return dialog.result() == 1 and not dialog.isVisible()

                return done

            measure("edit a contact's phone and save", edit_phone)

        if "delete" in only:

            def delete_undo() -> Done:
                state = {"phase": 0}
                page.table.selectRow(1)  # type: ignore[attr-defined]
                page.delete_selected(confirm=False)  # type: ignore[attr-defined]

                def done() -> bool:
                    if state["phase"] == 0 and page.undo_bar.isVisible() and ready():  # type: ignore[attr-defined]
                        state["phase"] = 1
                        page.undo_delete()  # type: ignore[attr-defined]
                        return False
                    return state["phase"] == 1 and not page.undo_bar.isVisible() and ready()  # type: ignore[attr-defined]

                return done

            measure("delete a contact and undo", delete_undo)

        if "delete all" in only:
            from petdesk.gui.qt import QMessageBox

            answered: list[str] = []

            def yes(*_args: object, **_kw: object) -> QMessageBox.StandardButton:
                answered.append("yes")  # the confirmation, as clicked: its text is built as shown
                return QMessageBox.StandardButton.Yes

            QMessageBox.question = yes  # type: ignore[assignment,method-assign]
            for word in DELETE_ALL_WORDS:
                page.search.setText(word)  # type: ignore[attr-defined]
                page.apply_search()  # type: ignore[attr-defined]
                wait_until(app, ready)
                before = model.total
                label = f"'{word}'" if word else "all"

                def delete_all() -> Done:
                    page.table.selectAll()  # type: ignore[attr-defined]
                    page.delete_selected()  # type: ignore[attr-defined]
                    return lambda: page.undo_bar.isVisible() and ready()  # type: ignore[attr-defined]

                def undo_all(n: int | None = before) -> Done:
                    page.undo_delete()  # type: ignore[attr-defined]
                    return lambda: not page.undo_bar.isVisible() and ready() and model.total == n  # type: ignore[attr-defined]

                measure(f"select all {label} ({before:,}) + delete", delete_all)
                measure(f"undo delete of {label} ({before:,})", undo_all)
            page.search.clear()  # type: ignore[attr-defined]
            page.apply_search()  # type: ignore[attr-defined]
            wait_until(app, ready)

        if "switch" in only:
            for key in ("organisations", "visits", "trainings", "projects", "home", "contacts"):
                if key not in window.page_keys:  # type: ignore[attr-defined]
                    continue

                def show(k: str = key) -> Done:
                    window.show_page(k)  # type: ignore[attr-defined]
                    return lambda: True

                measure(f"switch to {key}", show)

        if "tag" in only:

            def tag_all() -> Done:
                page.table.selectAll()  # type: ignore[attr-defined]
                before = model.total
                page.tag_selected(["field61"])  # type: ignore[attr-defined]
                return lambda: before is not None and ready() and not page.undo_bar.isHidden()  # type: ignore[attr-defined]

            measure("select all + tag", tag_all)

        if "export" in only:
            from petdesk.gui.contacts.import_dialog import export_contacts_to

            page.search.setText("zhang")  # type: ignore[attr-defined]
            page.apply_search()  # type: ignore[attr-defined]
            wait_until(app, ready)

            def export() -> Done:
                written: list[int] = []
                page.table.selectAll()  # type: ignore[attr-defined]
                ids = page.selected_ids()  # type: ignore[attr-defined]
                export_contacts_to(
                    window,  # type: ignore[arg-type]
                    db,
                    workdir / "zhang.csv",
                    "csv",
                    ids=ids,
                    on_done=written.append,
                )
                return lambda: bool(written)

            measure(f"export filtered list ({model.total:,} 'zhang') as CSV", export)
        window.close()  # type: ignore[attr-defined]
        for _ in range(20):
            pump()
    finally:
        from petdesk.gui.operations import finish_background_work

        finish_background_work()
        base = baseline_times(db)
        db.close()
        shutil.rmtree(workdir, ignore_errors=True)
    results.append(("(baseline service calls follow)", 0, 0.0))
    for name, seconds in base.items():
        results.append((f"  baseline: {name}", -1, seconds))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--only", default="", help="comma-separated: " + ",".join(ACTIONS))
    args = parser.parse_args()
    only = {o.strip() for o in args.only.split(",") if o.strip()} or set(ACTIONS)
    if sys.dont_write_bytecode:  # as benchmarks/gui.py: the first show would compile sources
        print("note: byte-code caching is off (PYTHONDONTWRITEBYTECODE): opening compiles sources")
    print(f"load: {os.getloadavg()[0]:.1f}")
    results = run(Path(args.db), only)
    print(f"\n{'action':<48}{'stall':>10}{'wall':>11}")
    for name, stall, wall in results:
        flag = ""
        if stall > STALL_LIMIT_MS:
            flag += "  STALL"
        if stall >= 0 and wall > WALL_LIMIT_S:
            flag += "  SLOW"
        stall_text = f"{stall:>7,} ms" if stall >= 0 else f"{'—':>10}"
        print(f"{name:<48}{stall_text}{wall * 1000:>8,.0f} ms{flag}")
    print(f"load: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
