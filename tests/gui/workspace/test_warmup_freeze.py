"""The window's long-lived objects leave Python's garbage collection once it has started (issue 10).

A full collection walked every object of the window in whichever thread allocated; in a pool thread
it held the GIL for 250–400 ms on 100,000 contacts and the GUI thread stood still."""

from __future__ import annotations

import gc

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui import warmup

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_start_up_objects_are_frozen_after_the_warm_up(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from petdesk.gui.main_window import MainWindow

    gc.unfreeze()  # as in a fresh process: nothing frozen yet
    monkeypatch.setattr(warmup, "_freezes_left", 2)
    made_before = [object()]
    assert any(o is made_before for o in gc.get_objects())
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    assert not warmup.settled()
    qtbot.waitUntil(warmup.settled, timeout=20_000)
    # Frozen objects are out of every generation a collection walks.
    assert gc.get_freeze_count() > 0
    assert not any(o is made_before for o in gc.get_objects())
    walked = len(gc.get_objects())
    assert walked < gc.get_freeze_count()
    # Only the first window of a process freezes: what later ones leave behind is still collected.
    assert not warmup.freeze_long_lived()
    assert gc.get_freeze_count() > 0


def test_wait_for_returns_the_result_or_raises_the_error_with_the_event_loop_running(qtbot: QtBot) -> None:
    import threading

    from petdesk.gui.operations import wait_for
    from petdesk.gui.qt import QTimer

    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)

    def slow() -> str:
        threading.Event().wait(0.1)
        return threading.current_thread().name

    assert wait_for(slow) != threading.current_thread().name
    assert ticks  # the GUI thread served its timer meanwhile
    with pytest.raises(ValueError, match="refused"):
        wait_for(lambda: (_ for _ in ()).throw(ValueError("refused")))
    timer.stop()
