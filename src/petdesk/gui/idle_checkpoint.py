"""Checkpoint the database's WAL when the window is idle, so that the main file holds the last
changes (``petdesk.wal``): a few seconds after the window's own writes, and now and then for what
other processes (the command line) wrote meanwhile."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from petdesk import wal
from petdesk.gui.operations import Changes, background_busy, run_in_background, subscribe
from petdesk.gui.qt import QObject, QTimer

log = logging.getLogger(__name__)

#: Quiet time after the window's last write before the checkpoint.
AFTER_WRITE_MS = 3_000
#: How often the checkpoint runs anyway (a command line may have written meanwhile).
EVERY_MS = 60_000


class IdleCheckpoint(QObject):
    """Runs :func:`petdesk.wal.checkpoint` off the GUI thread when no operation is running."""

    def __init__(
        self,
        path_of: Callable[[], Path],
        parent: QObject,
        *,
        gone: Callable[[], bool] = lambda: False,
        on_gone: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._path_of = path_of
        #: Whether the database file went away (a stick pulled out): then ``on_gone`` runs instead
        #: of a checkpoint, which would open (or create) whatever is at the path now.
        self._gone, self._on_gone = gone, on_gone
        self.after_write = QTimer(self)
        self.after_write.setSingleShot(True)
        self.after_write.setInterval(AFTER_WRITE_MS)
        self.after_write.timeout.connect(self.run)
        self.every = QTimer(self)
        self.every.setInterval(EVERY_MS)
        self.every.timeout.connect(self.run)
        self.every.start()
        subscribe(self, self._written)
        #: How many checkpoints completed (for tests and the log).
        self.done = 0
        self._stopped = False

    def stop(self) -> None:
        """No more checkpoints or checks (the window closed: its database may be closed too)."""
        self.after_write.stop()
        self.every.stop()
        self._stopped = True

    def _written(self, _changes: Changes) -> None:
        if not self._stopped:
            self.after_write.start()  # restarted by every write: once the window is quiet

    def run(self) -> None:
        if background_busy():  # the window is working: try again after the quiet time
            self.after_write.start()
            return
        if self._gone():
            self.every.stop()
            self._on_gone()
            return
        path = self._path_of()
        run_in_background(
            lambda: wal.checkpoint(path), on_success=self._finished, on_failure=self._failed, owner=self
        )

    def _finished(self, _complete: object) -> None:
        self.done += 1

    def _failed(self, exc: BaseException) -> None:
        # Nothing is lost: the changes stay in the WAL, and the next checkpoint tries again.
        log.info("idle WAL checkpoint failed: %s", exc)
