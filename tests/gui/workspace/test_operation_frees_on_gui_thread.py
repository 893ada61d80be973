"""What a background operation's function holds (widgets, in its closure) is let go on the GUI thread."""

from __future__ import annotations

import threading
from typing import ClassVar

from petdesk.gui.operations import run_in_background


class _Tracked:
    freed_in: ClassVar[list[str]] = []

    def __del__(self) -> None:
        _Tracked.freed_in.append(threading.current_thread().name)


def test_the_closure_of_an_operation_is_freed_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    _Tracked.freed_in.clear()
    held = _Tracked()

    def work(thing: _Tracked = held) -> int:
        return 1

    results: list[int] = []
    operation = run_in_background(work, on_success=results.append)
    del held, work  # the operation's function is now the only holder
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert results == [1]
    assert _Tracked.freed_in == [threading.main_thread().name]
