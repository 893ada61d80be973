"""The Qt binding keeps Python's reference counts: a release that drops references aborts the app.

PySide6 6.12.0's ``SignalInstance.emit()`` returned ``True`` without a reference of its own, so
every signal emitted from Python took one reference from ``True``; after a few thousand emits (an
hour of work, or one run of the tests) the interpreter aborted with "bool_dealloc: deallocating True
or False". pyproject.toml excludes that release; this test finds the defect in any other.
"""

from __future__ import annotations

import sys

from petdesk.gui.qt import QObject, Signal


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
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(100):
        sender.plain.emit()
        sender.flag.emit(False)
        sender.payload.emit(True)
    assert len(received) == 300
    received.clear()  # it held references of its own to True and False
    after = sys.getrefcount(True), sys.getrefcount(False)
    # A loss of one reference per emit shows as -300.
    assert after == before, f"True/False references changed by {after[0] - before[0]}/{after[1] - before[1]}"
