"""Run database work off the GUI thread, hand the result back to it, and announce what changed.

Two kinds of work, in the manner of Anki's ``QueryOp`` / ``CollectionOp``:

* :func:`read_op` runs ``fn(session)`` in its own reading session on Qt's thread pool and hands the
  result to ``on_success`` on the GUI thread.
* :func:`write_op` runs ``fn(session)`` in its own transaction; on success the :class:`Changes` it
  made (entity kinds and ids) are broadcast on :func:`change_bus` before ``on_success`` runs. Pages,
  panes, counts and the status bar subscribe to that one signal; nobody refreshes another by hand.

Every operation logs its failures. Without ``on_failure`` a failure shows :func:`show_failure`
(a message with the details), so no count waits forever on an error nobody reads. Callbacks are
guarded by an ``owner`` widget: an operation is never the child of a widget, so a widget closed
mid-run neither kills the operation nor receives a callback after it is gone.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import time
import traceback
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from shiboken6 import isValid

from petdesk import bulkload
from petdesk.cancellation import Cancelled, StopFlag
from petdesk.db import Database, DatabaseError
from petdesk.gui.qt import (
    QCoreApplication,
    QEventLoop,
    QMessageBox,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QWidget,
    Signal,
    Slot,
)

log = logging.getLogger(__name__)

_running: set[Operation] = set()

#: A job that ran at least this long (seconds) hands the memory it freed back to the system when it
#: ends (an import, a sync, a backup): the window lives on, and glibc keeps freed pages resident.
#: Quick reads (a page of the list, a count) skip it: a trim walks the whole heap.
LONG_JOB_S = 1.0


# --- what changed ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Changes:
    """What a write changed: entity kinds ("contact", "visit", …) and the ids it touched.

    Empty ``ids`` with a kind means "some of this kind" (a bulk change or an import)."""

    kinds: frozenset[str]
    ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *kinds: str, ids: Iterable[str] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset(ids))

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))


#: Entity kinds the lists and the status bar know about.
ORGANISATION, CONTACT, VISIT, TRAINING, OFFICE = "organisation", "contact", "visit", "training", "office"
#: A project with its partners, milestones and stage moves.
PROJECT = "project"


class ChangeBus(QObject):
    """The one ``changed(Changes)`` signal of the window."""

    changed = Signal(object)


_bus: ChangeBus | None = None


def change_bus() -> ChangeBus:
    """The application's change bus (created on first use, owned by no widget)."""
    global _bus
    if _bus is None or not isValid(_bus):
        _bus = ChangeBus()
    return _bus


def announce(changes: Changes) -> Changes:
    """Tell every subscriber that ``changes`` happened (on the GUI thread)."""
    change_bus().changed.emit(changes)
    return changes


def subscribe(owner: QObject, slot: Callable[[Changes], None]) -> None:
    """Call ``slot(changes)`` on every change while ``owner`` exists."""
    bus = change_bus()

    def deliver(changes: Changes) -> None:
        if isValid(owner) and not _in_closed_window(owner):
            slot(changes)

    bus.changed.connect(deliver)
    owner.destroyed.connect(lambda *_: _disconnect(bus, deliver))


def _in_closed_window(owner: QObject) -> bool:
    """Whether ``owner`` belongs to a main window closed for good (``MainWindow._closed``): its pages
    and helpers must not read again a database that may be closed, its stick gone."""
    obj: QObject | None = owner
    while obj is not None:
        if getattr(obj, "_closed", False) is True:
            return True
        obj = obj.parent()
    return False


def _disconnect(bus: ChangeBus, slot: Callable[[Changes], None]) -> None:
    if isValid(bus):
        with contextlib.suppress(RuntimeError, TypeError):  # already gone
            bus.changed.disconnect(slot)


# --- failures ----------------------------------------------------------------------------------


def failure_details(exc: BaseException) -> str:
    return getattr(exc, "__petdesk_traceback__", "") or "".join(traceback.format_exception(exc))


def expected_failure(exc: BaseException) -> bool:
    """Whether ``exc`` is a refusal the user acts on (a damaged package, a wrong passphrase, a
    value a rule forbids): its one sentence says it all, so it is logged as one line. A traceback
    is kept for faults of petdesk itself."""
    from petdesk.connection import PassphraseError
    from petdesk.db import DatabaseGone
    from petdesk.services.backups import BackupError
    from petdesk.services.duplicates_on_save import PossibleDuplicate
    from petdesk.services.organisations import DuplicateOrganisation
    from petdesk.services.projects import PipelineError
    from petdesk.services.schedule_time import ScheduleError
    from petdesk.services.validation import NotFoundError, ValidationError
    from petdesk.sync.package import PackageError
    from petdesk.sync.service import SyncError

    return isinstance(
        exc,
        (
            DatabaseGone,  # the stick pulled out: its sentence says where the copy is
            PackageError,
            SyncError,
            BackupError,
            PassphraseError,
            ValidationError,
            NotFoundError,
            DuplicateOrganisation,
            PossibleDuplicate,  # a new contact likely known already: the editor asks
            PipelineError,  # a project, technology or need the editor refuses (its field says why)
            ScheduleError,  # a visit or training saved without a title, or ending before it starts
        ),
    )


def _in_language(exc: BaseException) -> str:
    """A service's English sentence in the interface's language, where petdesk knows it; a
    file-system error in plain words with what to do."""
    from petdesk.gui.translation import window_locale
    from petdesk.messages import explain

    return explain(exc, window_locale())


def show_failure(owner: QWidget | None, exc: BaseException) -> QMessageBox:
    """The default failure message: one sentence, the error, and the details to copy.

    Opened window-modal without a nested event loop (``open``), so tests and callers go on."""
    parent = owner.window() if owner is not None and isValid(owner) else None
    box = QMessageBox(parent)
    box.setObjectName("operation_failure")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Operations", "Something went wrong"))
    box.setText(
        QCoreApplication.translate("Operations", "The work could not be finished: %1").replace(
            "%1", _in_language(exc) or type(exc).__name__
        )
    )
    box.setDetailedText(failure_details(exc))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


# --- the operation -----------------------------------------------------------------------------


class Operation(QObject):
    """A background call with ``finished(result)``, ``failed(exception)`` and ``progress(done, total)``.

    ``parent`` is accepted for older callers but only guards the callbacks (it becomes the owner);
    the operation itself is kept alive by a module set until its result is delivered."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    # Emitted on the pool's thread without arguments: the result waits on the operation. (Python
    # objects carried by a queued signal have crashed PySide with "deallocating None".)
    _result_ready = Signal()
    _error_ready = Signal()

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        with_progress: bool = False,
        owner: QObject | None = None,
        parent: QObject | None = None,
        always: Callable[[Any], None] | None = None,
        stop: StopFlag | None = None,
    ) -> None:
        super().__init__(None)
        #: Set by a Stop button: the work raises ``Cancelled`` at its next report of progress, and
        #: fails with it once what it began is undone (see :mod:`petdesk.cancellation`).
        self.stop_flag = stop
        #: Runs on success even when the owner is gone (the change announcement of a write).
        self._always = always
        self._fn = fn
        self._with_progress = with_progress
        # Held weakly: an operation in flight must not keep a closed window's wrapper alive (pytest-qt
        # then finds a deleted window it still has a reference to).
        guard = owner if owner is not None else parent
        self._owner: Callable[[], QObject | None] | None = weakref.ref(guard) if guard is not None else None
        if guard is not None:
            # Once the owner is gone its callbacks will not run: drop them now, with the widgets
            # their closures hold.
            guard.destroyed.connect(self._forget)
        self._on_success = on_success
        self._on_failure = on_failure
        self._outcome: Any = None
        #: A read nobody needs once the application quits: dropped then if it has not started.
        self.cancel_on_quit = False
        self._runner: _Runner | None = None
        self._started = False
        # Emitted on the pool's thread, delivered on this object's (the GUI) thread.
        self._result_ready.connect(self._deliver_result)
        self._error_ready.connect(self._deliver_error)

    def start(self) -> Operation:
        _running.add(self)  # keep alive until the result is delivered
        pool = QThreadPool.globalInstance()
        # Keep the pool's threads: starting a thread for each operation costs the GUI thread ms.
        pool.setExpiryTimeout(-1)
        self._runner = _Runner(self)
        pool.start(self._runner)
        return self

    @Slot()
    def _forget(self) -> None:
        self._on_success = self._on_failure = None

    def _release(self) -> None:
        """Once delivered: leave the owner's ``destroyed`` and drop the callbacks. Otherwise the
        callbacks' closures could free the owner's last wrapper while this object is being freed,
        and the owner's ``destroyed`` would call into a half-freed operation (a crash at exit)."""
        owner = self._owner() if self._owner is not None else None
        if owner is not None and isValid(owner):
            with contextlib.suppress(RuntimeError, TypeError):
                owner.destroyed.disconnect(self._forget)
        del owner
        self._forget()
        self._always = None
        # The function's closure may hold widgets: let them go here, on the GUI thread, not on the
        # pool's thread (a widget freed there can crash Qt).
        self._fn = _done

    def _owner_alive(self) -> bool:
        if self._owner is None:
            return True
        owner = self._owner()
        return owner is not None and isValid(owner)

    def _run(self) -> None:
        self._started = True
        began = time.perf_counter()
        try:
            if self._with_progress:
                report = self.progress.emit
                if self.stop_flag is not None:
                    report = self.stop_flag.checking(report)
                result = self._fn(lambda done, total: report(done, total))
            else:
                result = self._fn()
        except BaseException as exc:
            exc.__petdesk_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._outcome = exc
            self._error_ready.emit()
        else:
            self._outcome = result
            self._result_ready.emit()
        finally:
            if time.perf_counter() - began >= LONG_JOB_S:
                bulkload.return_freed_memory()  # here, off the GUI thread (no cycle collection)

    def _deliver_result(self) -> None:
        result, self._outcome = self._outcome, None
        _running.discard(self)
        try:
            if self._always is not None:
                self._always(result)
            if self._owner_alive() and self._on_success is not None:
                self._on_success(result)
        finally:
            self._release()
            self.finished.emit(result)

    def _deliver_error(self) -> None:
        exc, self._outcome = self._outcome, None
        assert isinstance(exc, BaseException)
        _running.discard(self)
        quiet = isinstance(exc, Cancelled) or _office_removed(exc)
        if isinstance(exc, Cancelled):
            log.info("operation stopped by the user")
        elif _office_removed(exc):
            log.info("operation ended: %s", exc)
        elif expected_failure(exc):
            # The window says it in the user's language; the terminal's English line is for
            # debugging only (field test 38 §7: one for every refusal, under zh_CN too).
            log.debug("operation refused: %s", exc)
        else:
            log.error("operation failed: %s\n%s", exc, failure_details(exc))
        try:
            if self._owner_alive():
                if self._on_failure is not None:
                    self._on_failure(exc)
                elif not quiet:
                    guard = self._owner() if self._owner is not None else None
                    _show(guard if isinstance(guard, QWidget) else None, exc)
        finally:
            self._release()
            self.failed.emit(exc)


def _show(owner: QWidget | None, exc: BaseException) -> None:
    """The failure's message box: the database file gone (a stick pulled out) has its own, shown once."""
    from petdesk.db import DatabaseGone

    if isinstance(exc, DatabaseGone):
        from petdesk.gui.database_gone import show_database_gone

        show_database_gone(owner, exc)
    else:
        show_failure(owner, exc)


def _office_removed(exc: BaseException) -> bool:
    """A late read of an office just removed from this computer (``Database.retire``): the window
    is closing, and there is nothing to tell. Or a read refused while the office is converted
    (``Database.released``): the window reads everything again once that is done."""
    return isinstance(exc, DatabaseError) and exc.kind in ("removed", "paused")


def background_busy() -> bool:
    """Whether any operation is running or waiting for its result to be delivered."""
    return bool(_running)


def _done(*_args: Any) -> None:
    """Stands in for an operation's function once it ran."""


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
    owner: QObject | None = None,
    parent: QObject | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    stop: StopFlag | None = None,
) -> Operation:
    """Start ``fn`` on the thread pool; see ``Operation``. With ``on_progress``, ``fn`` is called
    with a ``(done, total)`` callback whose reports reach ``on_progress`` on the GUI thread; it is
    connected before ``fn`` starts, so that no early report is missed. With ``stop``, the callback
    raises ``Cancelled`` once the flag is set."""
    operation = Operation(
        fn,
        on_success=on_success,
        on_failure=on_failure,
        with_progress=on_progress is not None,
        owner=owner,
        parent=parent,
        stop=stop,
    )
    if on_progress is not None:
        operation.progress.connect(on_progress)
    return operation.start()


def read_op(
    db: Database,
    fn: Callable[[Any], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    owner: QObject | None = None,
) -> Operation:
    """Run ``fn(session)`` in its own reading session off the GUI thread (a read not started yet
    when the application quits is dropped, see ``finish_background_work``)."""

    def work() -> Any:
        with db.reading() as session:
            return fn(session)

    op = Operation(work, on_success=on_success, on_failure=on_failure, owner=owner)
    op.cancel_on_quit = True
    return op.start()


T = TypeVar("T")


def wait_for(fn: Callable[[], T]) -> T:
    """Run ``fn()`` off the GUI thread and return its result (or raise its error), with the event
    loop running meanwhile, so the window paints and its timers tick.

    For a step whose answer the caller needs before it goes on (the visit editor's check that the
    services accept a held change); the caller disables what could start another step meanwhile.
    The operation always ends the wait (``finished`` or ``failed``), even if a widget went away."""
    loop = QEventLoop()
    outcome: list[tuple[bool, Any]] = []

    def finished(result: Any) -> None:
        outcome.append((True, result))
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome.append((False, exc))
        loop.quit()

    op = Operation(fn, on_failure=_reported_by_caller)
    op.finished.connect(finished)
    op.failed.connect(failed)
    op.start()
    loop.exec()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


def _reported_by_caller(_exc: BaseException) -> None:
    """``wait_for`` raises the error in its caller: no failure dialog of its own."""


#: How long quitting waits for work already running (a bulk write on 100,000 records under load).
QUIT_WAIT_MS = 120_000


def finish_background_work(timeout_ms: int = QUIT_WAIT_MS) -> bool:
    """Before the application (or a script) ends: drop the reads that have not started, wait for
    the rest (writes are never dropped), and release every operation whose result will not be
    delivered any more. Pool threads still running Python while the interpreter shuts down
    aborted it ("Signal source has been deleted"). True if all work finished."""
    pool = QThreadPool.globalInstance()
    for op in list(_running):
        if op.cancel_on_quit and not op._started and op._runner is not None:
            with contextlib.suppress(RuntimeError):  # started and finished meanwhile
                if pool.tryTake(op._runner):
                    _running.discard(op)
                    op._release()
    finished = bool(pool.waitForDone(timeout_ms))
    if not finished:
        log.warning("background work still running at exit after %d ms", timeout_ms)
    # What finished meanwhile waits for an event loop that will not run again: let it go.
    for op in list(_running):
        op._release()
    if finished:
        _running.clear()
    return finished


def _finish_at_exit() -> None:
    with contextlib.suppress(Exception):  # interpreter shutting down: never raise here
        finish_background_work()


atexit.register(_finish_at_exit)


def write_op(
    db: Database,
    fn: Callable[..., Any],
    *,
    changes: Changes | Callable[[Any], Changes],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    owner: QObject | None = None,
    guard: Callable[[], contextlib.AbstractContextManager[Any]] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Operation:
    """Run ``fn(session)`` in its own transaction off the GUI thread; on success announce
    ``changes`` (or ``changes(result)``) on the change bus, then call ``on_success(result)``.
    ``guard`` wraps the transaction (a backup before a bulk delete, say). With ``on_progress``,
    ``fn`` is called as ``fn(session, report)`` and its ``(done, total)`` reports reach
    ``on_progress`` on the GUI thread (as :func:`run_in_background`'s)."""

    def work(*report: Callable[[int, int], None]) -> Any:
        with guard() if guard is not None else contextlib.nullcontext(), db.transaction() as session:
            return fn(session, *report)

    def tell(result: Any) -> None:
        announce(changes(result) if callable(changes) else changes)

    # The announcement reaches the other pages even when the owner closed meanwhile.
    operation = Operation(
        work,
        on_success=on_success,
        on_failure=on_failure,
        owner=owner,
        always=tell,
        with_progress=on_progress is not None,
    )
    if on_progress is not None:
        operation.progress.connect(on_progress)  # before it starts: no early report missed
    return operation.start()
