"""Python's cycle collector runs on the GUI thread only, while the window is open.

The automatic collector starts in whichever thread happens to allocate when its counts pass their
thresholds. During database work that is a thread of the pool (``gui.operations``), which would
then destroy a cycle holding a widget or an operation — objects of the GUI thread — outside it,
and Qt can crash there (a test worker died so twice in stop 56's CI runs). So once the window
starts, automatic collection is off, and a timer on the GUI thread does what it would have done:
it looks at the same counts and collects the generations that are due.

Plain reference counting still frees most objects at once, wherever they are dropped; only cycles
wait for the timer (at most :data:`INTERVAL_MS`)."""

from __future__ import annotations

import gc

from petdesk.gui.qt import QObject, QTimer

#: How often the GUI thread checks whether a collection is due. The check itself costs ~1 µs.
INTERVAL_MS = 500

_timer: QTimer | None = None
_was_enabled = True


def collect_if_due() -> int:
    """Collect the oldest generation whose count passed its threshold, as the automatic collector
    would; returns the generation collected, or -1 when none was due."""
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    due = -1
    for generation in range(3):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            due = generation
    if due >= 0:
        gc.collect(due)
    return due


def take_over(parent: QObject) -> None:
    """Switch automatic collection off and collect on ``parent``'s thread (the GUI's) instead."""
    global _timer, _was_enabled
    if _timer is not None:
        return
    _was_enabled = gc.isenabled()
    gc.disable()
    _timer = QTimer(parent)
    _timer.setInterval(INTERVAL_MS)
    _timer.timeout.connect(collect_if_due)
    _timer.start()


def give_back() -> None:
    """Undo :func:`take_over` (a test's end: the next test may run without Qt)."""
    global _timer
    if _timer is None:
        return
    _timer.stop()
    _timer.deleteLater()
    _timer = None
    collect_if_due()
    if _was_enabled:
        gc.enable()


def in_charge() -> bool:
    """Whether the GUI thread collects (:func:`take_over` ran and was not given back)."""
    return _timer is not None
