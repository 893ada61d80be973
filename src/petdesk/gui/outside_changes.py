"""Notice what another process wrote to the open file (``petdesk import-contacts`` or ``sync import``
on the command line, a second window) and refresh as after the window's own writes (field test 70).

SQLite's ``PRAGMA data_version`` changes on a connection when another connection committed to the
file. It is read every two seconds on one connection the :class:`~petdesk.db.Database` keeps, while
the window is shown and not minimised. The window's own commits change it as well (they go through
other connections of the pool): each announcement of a write of its own takes the file as it is
then as the new baseline, a change in a tick during which the window committed (``own_commits``: a
write that announces nothing) is the window's, and ticks wait while an operation runs (its commit
may be in, its announcement not yet). Outside commits in quick succession (an import in batches)
make one refresh: it waits until a check finds the file quiet.

The refresh works off the search queue the other process left (its lists read the index), then
announces every kind on the one change signal: lists keep their selection, scroll and open editors
as after any write of the window.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from petdesk.db import Database
from petdesk.gui.operations import (
    CONTACT,
    OFFICE,
    ORGANISATION,
    PROJECT,
    TRAINING,
    VISIT,
    Changes,
    announce,
    background_busy,
    run_in_background,
    subscribe,
)
from petdesk.gui.qt import QEvent, QObject, Qt, QTimer, QWidget

log = logging.getLogger(__name__)

#: How often the file is looked at while the window is shown.
EVERY_MS = 2_000
#: After an outside change, how soon it is looked at again to tell whether the burst is over.
QUIET_MS = 400
#: A burst that goes on (an import of many batches) is refreshed at least this often.
LONGEST_WAIT_MS = 6_000

#: Everything another process may have written: every page reads again what it shows.
EVERYTHING = Changes.of(
    ORGANISATION,
    CONTACT,
    VISIT,
    TRAINING,
    OFFICE,
    PROJECT,
    "follow_up",
    "activity",
    "technology",
    "need",
    "city_need",
    "item",
)


class OutsideChanges(QObject):
    """Polls ``db.data_version()`` on a timer of ``window``'s and refreshes on outside commits."""

    def __init__(
        self,
        db_of: Callable[[], Database],
        window: QWidget,
        *,
        catch_up: Callable[[Database], object] | None = None,
    ) -> None:
        super().__init__(window)
        self._db_of = db_of
        self._window = window
        #: Works off the search queue before the lists read again (``search.catch_up`` by default).
        self._catch_up = catch_up if catch_up is not None else _search_catch_up
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.check)
        #: The file's state at the last check or announcement: (data_version, own commits).
        self._seen: tuple[int, int] | None = None
        self._refreshing = False
        #: When the first outside change of a burst not yet refreshed was seen (ms since the epoch).
        self._pending_since: int | None = None
        #: Outside bursts refreshed, and the checks made (for tests and the log).
        self.refreshes = 0
        self.checks = 0
        self._stopped = False
        subscribe(self, self._on_announced)
        window.installEventFilter(self)
        self._follow_window()

    def stop(self) -> None:
        """No more checks (the window closed), and the connection they read on is closed."""
        self._stopped = True
        self.timer.stop()
        db = self._db_of()
        db.close_version_connection()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.WindowStateChange,
            QEvent.Type.WindowActivate,
        ):
            self._follow_window()
            if kind == QEvent.Type.WindowActivate:
                QTimer.singleShot(0, self, self.check)  # back from the terminal: look at once
        return False

    def _follow_window(self) -> None:
        """Tick while the window is on screen; a minimised or hidden window reads nothing."""
        window = self._window
        on_screen = window.isVisible() and not (window.windowState() & Qt.WindowState.WindowMinimized)
        if on_screen and not self._stopped:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def _on_announced(self, _changes: Changes) -> None:
        """A write of the window's own (or this refresh) was announced: the pages it touches read
        again from now, so the file as it is now is the new baseline; what another process commits
        later is the next tick's."""
        if not self._stopped and self._seen is not None:
            self._seen = self._read() or self._seen

    def _read(self) -> tuple[int, int] | None:
        db = self._db_of()
        try:
            version = db.data_version()
        except Exception as exc:
            log.info("looking for outside changes failed: %s", exc)
            return None
        return None if version is None else (version, db.own_commits)

    def check(self) -> None:
        """One tick: read ``data_version``; refresh once an outside burst is over."""
        if self._stopped or self._refreshing or background_busy():
            return  # a write of the window may have committed and not announced yet
        now = self._read()
        if now is None:
            return
        self.checks += 1
        seen, self._seen = self._seen, now
        if seen is None:
            return
        if now[0] != seen[0] and now[1] == seen[1]:
            self._outside_commit()
        elif self._pending_since is not None and self._burst_over(now[0] == seen[0]):
            self._refresh()

    def _outside_commit(self) -> None:
        clock = _now_ms()
        if self._pending_since is None:
            self._pending_since = clock
        if clock - self._pending_since >= LONGEST_WAIT_MS:
            self._refresh()
        else:
            QTimer.singleShot(QUIET_MS, self, self.check)

    def _burst_over(self, quiet: bool) -> bool:
        since = self._pending_since
        return quiet or (since is not None and _now_ms() - since >= LONGEST_WAIT_MS)

    def _refresh(self) -> None:
        self._pending_since = None
        self._refreshing = True
        db = self._db_of()
        catch_up = self._catch_up
        run_in_background(
            lambda: catch_up(db), on_success=self._caught_up, on_failure=self._failed, owner=self
        )

    def _caught_up(self, _result: object) -> None:
        self._refreshing = False
        if self._stopped:  # the window closed meanwhile: nobody to show it to
            return
        self.refreshes += 1
        log.info("the file was changed by another program: the window reads it again")
        announce(EVERYTHING)

    def _failed(self, exc: BaseException) -> None:
        self._refreshing = False
        log.info("working off the search queue after an outside change failed: %s", exc)
        if not self._stopped:
            announce(EVERYTHING)  # the lists read what is there


def _search_catch_up(db: Database) -> object:
    from petdesk.services import search

    return search.catch_up(db)


def _now_ms() -> int:
    return int(time.monotonic() * 1000)
