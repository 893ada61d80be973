"""Cycles made while the window runs are freed on the GUI thread, never in a background thread."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from petdesk.gui import gui_thread_gc


class _Cycle:
    """Records the thread that frees it; holds itself, so only the cycle collector frees it."""

    freed_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.current_thread().name)


def _allocate_in_a_thread() -> list[list[int]]:
    made: list[list[int]] = []

    def work() -> None:
        _Cycle()  # unreachable at once
        # Far more container objects than the youngest generation's threshold: the automatic
        # collector, were it on, would run here in this thread and free the cycle. Kept after, so
        # that the count stays due for the GUI thread's timer (freed objects lower the count).
        made.extend([i] for i in range(50 * gc.get_threshold()[0]))

    thread = threading.Thread(target=work, name="pool-like")
    thread.start()
    thread.join()
    return made


def test_a_cycle_dropped_in_a_worker_thread_is_freed_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert gui_thread_gc.in_charge()  # tests/gui/conftest.py takes over, as gui.app does
    assert not gc.isenabled()
    _Cycle.freed_in.clear()
    made = _allocate_in_a_thread()
    assert _Cycle.freed_in == []  # not in the thread that allocated
    qtbot.waitUntil(lambda: _Cycle.freed_in != [], timeout=3 * gui_thread_gc.INTERVAL_MS)
    assert _Cycle.freed_in == [threading.main_thread().name]
    del made


def test_nothing_is_collected_before_a_generation_is_due(qtbot) -> None:  # type: ignore[no-untyped-def]
    gc.collect()
    assert gui_thread_gc.collect_if_due() == -1
    made = [[i] for i in range(gc.get_threshold()[0] + 10)]
    assert gui_thread_gc.collect_if_due() >= 0
    del made


def test_giving_back_turns_the_automatic_collector_on_again(qapp) -> None:  # type: ignore[no-untyped-def]
    gui_thread_gc.give_back()
    try:
        assert gc.isenabled() and not gui_thread_gc.in_charge()
    finally:
        gui_thread_gc.take_over(qapp)
    assert not gc.isenabled()
