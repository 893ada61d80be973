"""Run database work off the GUI thread and hand the result back to it.

An operation calls a plain function (usually a service call in its own transaction) on Qt's
thread pool; ``on_success`` or ``on_failure`` then runs on the GUI thread. The function must not
touch widgets. Keep a reference to the returned ``Operation`` only if you want its signals in tests.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from petdesk.gui.qt import QObject, QRunnable, QThreadPool, Signal

_running: set[Operation] = set()


class Operation(QObject):
    """A background call with ``finished(result)``, ``failed(exception)`` and ``progress(done, total)``."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        with_progress: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._with_progress = with_progress
        if on_success is not None:
            self.finished.connect(on_success)
        if on_failure is not None:
            self.failed.connect(on_failure)
        self.finished.connect(self._done)
        self.failed.connect(self._done)

    def start(self) -> Operation:
        _running.add(self)  # keep alive until the result is delivered
        QThreadPool.globalInstance().start(_Runner(self))
        return self

    def _run(self) -> None:
        try:
            if self._with_progress:
                result = self._fn(lambda done, total: self.progress.emit(done, total))
            else:
                result = self._fn()
        except BaseException as exc:
            exc.__petdesk_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.failed.emit(exc)
        else:
            self.finished.emit(result)

    def _done(self, _result: object) -> None:
        _running.discard(self)


class _Runner(QRunnable):
    def __init__(self, op: Operation) -> None:
        super().__init__()
        self._op = op

    def run(self) -> None:
        self._op._run()


def run_in_background(
    fn: Callable[..., Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    with_progress: bool = False,
    parent: QObject | None = None,
) -> Operation:
    """Start ``fn`` on the thread pool; see ``Operation``."""
    return Operation(
        fn, on_success=on_success, on_failure=on_failure, with_progress=with_progress, parent=parent
    ).start()
