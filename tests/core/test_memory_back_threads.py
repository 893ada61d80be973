"""``bulkload.give_memory_back`` collects cycles on the main thread only (see ``gui.gui_thread_gc``)."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from petdesk import bulkload


class _Cycle:
    freed_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.current_thread().name)


def test_a_background_thread_gives_memory_back_without_collecting_cycles() -> None:
    was_enabled = gc.isenabled()
    gc.disable()  # as in the window: only the GUI thread's timer collects
    try:
        _Cycle.freed_in.clear()
        _Cycle()
        thread = threading.Thread(target=bulkload.give_memory_back, name="pool-like")
        thread.start()
        thread.join()
        assert _Cycle.freed_in == []
        bulkload.give_memory_back()  # on the main thread, as the command line does
        assert _Cycle.freed_in == [threading.main_thread().name]
    finally:
        if was_enabled:
            gc.enable()
