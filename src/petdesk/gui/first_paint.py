"""Work that waits until the window has been painted once (issue 18).

The status bar counts, the daily backup at start and similar jobs are not needed to see the first
rows; started before the first paint they compete with it for the two cores of a small laptop (and
for Python's GIL). ``after_first_paint`` runs them once the widget has painted, or after a fallback
delay if it never does (a window that is built but not shown, as in tests).
"""

from __future__ import annotations

from collections.abc import Callable

from petdesk.gui.qt import QEvent, QObject, QTimer, QWidget

#: A widget that has not painted within this time gets its jobs anyway.
FALLBACK_MS = 1500


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.jobs: list[tuple[Callable[[], None], int]] = []
        self.done = False
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            # after this paint has finished, not inside it
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        parent = self.parent()
        if isinstance(parent, QWidget):
            parent.removeEventFilter(self)
        for job, delay_ms in self.jobs:
            QTimer.singleShot(delay_ms, self, job)


def first_paint_pending(widget: QWidget) -> bool:
    """Whether ``widget`` has jobs waiting for its first paint (a window still opening)."""
    watcher = getattr(widget, "_first_paint_watcher", None)
    return watcher is not None and not watcher.done


def after_first_paint(widget: QWidget, job: Callable[[], None], delay_ms: int = 0) -> None:
    """Run ``job`` on the GUI thread ``delay_ms`` after ``widget`` first painted (at once if it has)."""
    watcher = getattr(widget, "_first_paint_watcher", None)
    if watcher is None:
        watcher = _FirstPaint(widget)
        widget._first_paint_watcher = watcher  # type: ignore[attr-defined]
    if watcher.done:
        QTimer.singleShot(delay_ms, watcher, job)
    else:
        watcher.jobs.append((job, delay_ms))
