"""The longest GUI-thread stall of everyday actions on a large database, beside their service time.

    python benchmarks/gui.py [DB]                 # default: /tmp/petdesk-gui-100k.sqlite
    python benchmarks/gui.py --contacts 100000    # builds the demo file first when it is missing
    python benchmarks/gui.py --contacts 5000      # /tmp/petdesk-gui-5k.sqlite, built when missing
    python benchmarks/gui.py --only switch        # some of: create, edit, delete, tag, switch

The actions run in the real main window (offscreen): create a contact that sorts late and show it,
edit it, delete and undo, select all (Ctrl+A) and tag every contact, and switch through the pages.
A 5 ms timer on the GUI thread records the gaps between its ticks; the longest gap minus the
interval is the stall a user would feel (target: under 100 ms for each action); beside it, the CPU
time the GUI thread itself spent in that gap (on a loaded machine a gap is partly waiting for a
core). Beside those, the same
writes timed as plain service calls in one transaction (the work the operation does off the GUI
thread). The benchmark works on a copy of the file, so the original stays as it was.

The actions start a few seconds after the window, once its idle work is done (the warm-up and the
pages built in idle time, gui/warmup.py); "idle after start" is the longest stall of that work, the
wait a click made during it would feel.

Page switches are measured one page at a time, twice: the first show of each page (it is built
then, unless the window built it in idle time before) and a second show (built, perhaps stale).
"switch pages" is the longest stall of all first shows. Run with byte-code caching on as an
installed application has it (no ``PYTHONDONTWRITEBYTECODE``; ``PYTHONPYCACHEPREFIX`` keeps the
caches out of the source tree): otherwise the first show compiles its modules' sources.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Running a script puts its folder first on the import path; benchmarks/ holds scripts named like
# standard modules (calendar.py) that would shadow them: keep the folder off the path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from petdesk.db import Database, open_database  # noqa: E402
from petdesk.gui import operations  # noqa: E402
from petdesk.gui.operations import Changes, change_bus  # noqa: E402
from petdesk.gui.qt import QApplication, QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from petdesk.services import contacts as contact_service  # noqa: E402

TICK_MS = 5
#: Events are pumped through an event loop object: PySide6 6.12's static
#: ``QCoreApplication.processEvents()`` drops a reference to None on every call and aborts the
#: interpreter ("deallocating None") after a few thousand calls.
_LOOP: QEventLoop | None = None


def pump() -> None:
    global _LOOP
    if _LOOP is None:
        _LOOP = QEventLoop()
    _LOOP.processEvents()
TARGET_MS = 100
ACTIONS = ("create", "edit", "delete", "tag", "switch")


class StallMeter:
    """Records the longest gap between ticks of a GUI-thread timer."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0
        #: CPU time the GUI thread itself spent during the longest gap (ms): under load a gap can
        #: be mostly waiting for a core, which this tells apart from the window's own work.
        self.longest_cpu = 0.0
        self._last = 0
        self._last_cpu = 0.0

    def _tick(self) -> None:
        now, cpu = self.clock.elapsed(), time.thread_time()
        gap = now - self._last - TICK_MS
        if gap > self.longest:
            self.longest, self.longest_cpu = gap, (cpu - self._last_cpu) * 1000
        self._last, self._last_cpu = now, cpu

    def start(self) -> None:
        self.longest, self.longest_cpu = 0, 0.0
        self.clock.start()
        self._last, self._last_cpu = 0, time.thread_time()
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        self._tick()
        return max(self.longest, 0)


def wait_until(app: QApplication, done: Callable[[], bool], timeout_s: float = 300) -> None:
    """Run the event loop until ``done()`` (the meter's timer keeps ticking meanwhile)."""
    end = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the action did not finish")
        pump()
        time.sleep(0.001)


def measure(
    app: QApplication, meter: StallMeter, action: Callable[[], Callable[[], bool]]
) -> tuple[int, float]:
    """(longest stall in ms, wall time in s) of ``action``; it starts the work and returns a check
    that says when the work is done."""
    meter.start()
    began = time.perf_counter()
    done = action()
    wait_until(app, done)
    # A page's first show starts background reads: their answers are part of the switch.
    wait_until(app, lambda: not operations._running)
    # Let the refreshes the announcement started settle too.
    settle = time.perf_counter() + 0.3
    while time.perf_counter() < settle:
        pump()
        time.sleep(0.001)
    return meter.stop(), time.perf_counter() - began - 0.3


def service_times(db: Database) -> dict[str, float]:
    """The same writes as plain service calls (on the same copy, undone afterwards)."""
    out: dict[str, float] = {}
    t = time.perf_counter()
    with db.transaction() as s:
        contact = contact_service.create_contact(s, family_name="Zzyzx", given_name="Service")
        cid = contact.id
    out["create"] = time.perf_counter() - t
    t = time.perf_counter()
    with db.transaction() as s:
        contact_service.update_contact(s, cid, given_name="Service2")
    out["edit"] = time.perf_counter() - t
    t = time.perf_counter()
    with db.transaction() as s:
        deleted = contact_service.delete_contacts(s, [cid])
    with db.transaction() as s:
        contact_service.restore_contacts(s, deleted)
    out["delete + undo"] = time.perf_counter() - t
    from petdesk.services import search

    t = time.perf_counter()
    with db.transaction() as s:
        ids = search.matching_ids(s, "", kind=search.CONTACT)
        contact_service.add_tags(s, ids, ["service-bench"])
    out["tag all"] = time.perf_counter() - t
    with db.transaction() as s:
        contact_service.delete_contacts(s, [cid])
    return out


def bench(path: Path, only: set[str]) -> int:
    from petdesk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    workdir = Path(tempfile.mkdtemp(prefix="petdesk-gui-bench-"))
    copy = workdir / "copy.sqlite"
    with sqlite3.connect(path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    db = open_database(copy)
    try:
        window = MainWindow(db, locale="en")
        window.show()
        page = window.show_page("contacts")
        wait_until(app, lambda: page.model.total is not None)
        # As a user would meet it a few seconds after the start: the warm-up done, the other pages
        # built in idle time and the start-up objects out of the garbage collector's walks
        # (gui/warmup.py). That idle work has its own row: a click during it waits for it.
        from petdesk.gui import warmup

        meter = StallMeter()
        meter.start()
        began = time.perf_counter()
        wait_until(app, warmup.settled, timeout_s=120)
        idle_wall = time.perf_counter() - began
        idle_stall = meter.stop()
        total = page.model.total
        print(f"{total:,} contacts in {path}")
        announced: list[Changes] = []
        # Python functions as slots, not bound builtins such as list.append (PySide miscounts
        # the None they return and aborts with "deallocating None").
        change_bus().changed.connect(lambda changes: announced.append(changes))
        results: list[tuple[str, int, float, float]] = [
            ("idle after start", idle_stall, meter.longest_cpu, idle_wall)
        ]

        def run(name: str, action: Callable[[], Callable[[], bool]]) -> None:
            print(f"  {name}…", flush=True)
            profile = None
            if os.environ.get("PETDESK_BENCH_PROFILE"):  # what runs on the GUI thread meanwhile
                import cProfile

                profile = cProfile.Profile()
                profile.enable()
            stall, wall = measure(app, meter, action)
            if profile is not None:
                import pstats

                profile.disable()
                pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
            results.append((name, stall, meter.longest_cpu, wall))
            print(
                f"  {name}: longest stall {stall:,} ms (GUI-thread CPU in it {meter.longest_cpu:,.0f} ms),"
                f" wall {wall * 1000:,.0f} ms",
                flush=True,
            )

        created: dict[str, str] = {}

        def create() -> Callable[[], bool]:
            def work(s):  # type: ignore[no-untyped-def]
                return contact_service.create_contact(s, family_name="Zzyzx", given_name="Late").id

            located: list[int] = []
            page.located.connect(lambda row: (located.append(row), created.update(row=str(row))))

            def saved(cid: str) -> None:
                created["id"] = cid
                page.select_id(cid)

            page.announce_write(work, ids=lambda cid: [cid], on_success=saved)
            return lambda: bool(located)

        def edit() -> Callable[[], bool]:
            before = len(announced)
            page.announce_write(
                lambda s: contact_service.update_contact(s, created["id"], given_name="Later"),
                ids=lambda _r: [created["id"]],
            )
            return lambda: len(announced) > before and page.model.total is not None

        def delete_undo() -> Callable[[], bool]:
            state = {"phase": 0}
            start = len(announced)
            page.table.selectRow(int(created["row"]))
            assert page.selected_ids() == [created["id"]]
            page.delete_selected(confirm=False)

            def done() -> bool:
                if state["phase"] == 0 and len(announced) > start and page.undo_bar.isVisible():
                    state["phase"] = 1
                    page.undo_delete()
                    return False
                return state["phase"] == 1 and len(announced) > start + 1 and page.model.total is not None

            return done

        def tag_all() -> Callable[[], bool]:
            before = len(announced)
            page.table.selectAll()
            assert page.all_matching_selected()
            page.tag_selected(["gui-bench"])
            return lambda: len(announced) > before and page.model.total is not None

        def show(key: str) -> Callable[[], Callable[[], bool]]:
            def action() -> Callable[[], bool]:
                window.show_page(key)
                return lambda: True

            return action

        def switch() -> None:
            """Each page on its own, first show then second show (contacts, the start page, last)."""
            keys = [k for k in window.page_keys if k != "contacts"] + ["contacts"]
            for round_name in ("first", "again"):
                for key in keys:
                    stall, wall = measure(app, meter, show(key))
                    pages.append((key, round_name, stall, meter.longest_cpu, wall))
            first = [p for p in pages if p[1] == "first"]
            worst = max(first, key=lambda p: p[2])
            results.append(("switch pages", worst[2], worst[3], sum(p[4] for p in first)))
            print(f"  switch pages: longest stall {worst[2]:,} ms ({worst[0]})", flush=True)

        pages: list[tuple[str, str, int, float, float]] = []
        wanted = {
            "create": create,
            "edit": edit,
            "delete": delete_undo,
            "tag": tag_all,
        }
        names = {"create": "create", "edit": "edit", "delete": "delete + undo", "tag": "tag all"}
        for short, action in wanted.items():
            if short in only:
                run(names[short], action)
        if "switch" in only:
            switch()
        services = service_times(db) if only - {"switch"} else {}
        window.close()
    finally:
        # The window's background reads may still run: drop or finish them before the file goes
        # (and before the interpreter's exit, which they aborted).
        from petdesk.gui.operations import finish_background_work

        finish_background_work()
        db.close()
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"{'action':<16}{'longest stall':>15}{'its GUI CPU':>13}{'wall time':>12}{'service time':>15}")
    failed = 0
    for name, stall, cpu, wall in results:
        service = services.get(name)
        service_text = f"{service * 1000:>12,.0f} ms" if service is not None else f"{'—':>15}"
        mark = "" if stall < TARGET_MS else "  over target"
        failed += stall >= TARGET_MS
        print(f"{name:<16}{stall:>12,} ms{cpu:>10,.0f} ms{wall * 1000:>9,.0f} ms{service_text}{mark}")
    print(f"target: every stall under {TARGET_MS} ms ({'met' if not failed else f'{failed} over'})")
    if pages:
        print(f"\n{'page switch':<16}{'first show':>12}{'its GUI CPU':>13}{'again':>10}{'its GUI CPU':>13}")
        by_key: dict[str, dict[str, tuple[int, float]]] = {}
        for key, round_name, stall, cpu, _wall in pages:
            by_key.setdefault(key, {})[round_name] = (stall, cpu)
        for key, rounds in by_key.items():
            (s1, c1), (s2, c2) = rounds["first"], rounds.get("again", (0, 0.0))
            print(f"{key:<16}{s1:>9,} ms{c1:>10,.0f} ms{s2:>7,} ms{c2:>10,.0f} ms")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", help="default: /tmp/petdesk-gui-<N>k.sqlite for --contacts N")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--only", default="", help="comma-separated: " + ",".join(ACTIONS))
    args = parser.parse_args()
    only = {o.strip() for o in args.only.split(",") if o.strip()} or set(ACTIONS)
    if unknown := only - set(ACTIONS):
        parser.error(f"unknown actions: {', '.join(sorted(unknown))}")
    if only & {"edit", "delete"}:
        only.add("create")  # they work on the contact it creates
    if sys.dont_write_bytecode:
        print("note: byte-code caching is off (PYTHONDONTWRITEBYTECODE): first shows compile sources")
    path = Path(args.db or f"/tmp/petdesk-gui-{args.contacts // 1000}k.sqlite")
    if not path.exists():
        print(f"building {path} with {args.contacts:,} demo contacts (once; later runs reuse it)…")
        subprocess.run(
            [sys.executable, "-m", "petdesk", "--db", str(path), "demo", "--contacts", str(args.contacts)],
            check=True,
        )
    return bench(path, only)


if __name__ == "__main__":
    raise SystemExit(main())
