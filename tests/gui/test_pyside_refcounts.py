"""The Qt binding keeps Python's reference counts: a release that drops references aborts the app.

PySide6 6.12.0's ``SignalInstance.emit()`` returned ``True`` without a reference of its own, so
every signal emitted from Python took one reference from ``True``; after a few thousand emits (an
hour of work, or one run of the tests) the interpreter aborted with "bool_dealloc: deallocating True
or False". pyproject.toml excludes that release; this test finds the defect in any other.
"""

from __future__ import annotations

import gc
import sys

from petdesk.gui.qt import QObject, QThreadPool, Signal

_ROUNDS = 1_000
#: What other threads may take or give back meanwhile; the defect loses a reference per emit.
_NOISE = 500


class _Sender(QObject):
    plain = Signal()
    flag = Signal(bool)
    payload = Signal(object)


def test_emitting_signals_keeps_the_reference_counts_of_true_and_false(qtbot) -> None:  # type: ignore[no-untyped-def]
    sender = _Sender()
    received: list[object] = []
    sender.plain.connect(lambda: received.append(None))
    sender.flag.connect(received.append)
    sender.payload.connect(received.append)
    # Other tests' background reads may still run: they take and give back references to True and
    # False meanwhile (CI saw -4/-6, a busy machine +69/+193). The defect only ever loses references,
    # one per emit, so the loop is long and only a loss far beyond such noise counts.
    QThreadPool.globalInstance().waitForDone(10_000)
    gc.collect()
    was_enabled = gc.isenabled()  # off already while GUI tests run (gui.gui_thread_gc)
    gc.disable()
    try:
        before = sys.getrefcount(True), sys.getrefcount(False)
        for _ in range(_ROUNDS):
            sender.plain.emit()
            sender.flag.emit(False)
            sender.payload.emit(True)
        assert len(received) == 3 * _ROUNDS
        received.clear()  # it held references of its own to True and False
        after = sys.getrefcount(True), sys.getrefcount(False)
    finally:
        if was_enabled:
            gc.enable()
    drift = after[0] - before[0], after[1] - before[1]
    # The defect shows as -2,000 for True (two kinds of signal) and -1,000 for False; many more
    # rounds would let it abort the process instead (True has a few thousand references at start).
    assert all(change > -_NOISE for change in drift), (
        f"True/False references changed by {drift[0]}/{drift[1]}"
    )
