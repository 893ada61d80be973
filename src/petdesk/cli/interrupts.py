"""Ctrl+C on the command line: a stop that nothing can swallow, and a commit it cannot cut short.

Python raises ``KeyboardInterrupt`` wherever the main thread is when SIGINT arrives. Inside a weakref
callback, a ``__del__`` or a garbage collection the exception is printed as "Exception ignored in …"
and dropped: ``import-contacts`` then ran on, committed and exited 0 (field test 20, defect 2). So our
handler also remembers the Ctrl+C, and long work asks again (:func:`check`) where it reports progress
and just before it commits. Once a command starts to commit (:func:`saving`), a Ctrl+C only is
remembered: the work is then whole and kept, and the command says so (:func:`came_while_saving`).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class _State:
    #: A Ctrl+C came (and was perhaps swallowed where it was raised).
    pending = False
    #: The command is committing or has committed: a Ctrl+C no longer stops it.
    saving = False


_state = _State()


def _on_sigint(_signum: int, _frame: FrameType | None) -> None:
    _state.pending = True
    if not _state.saving:
        raise KeyboardInterrupt


@contextmanager
def handled() -> Iterator[None]:
    """Our SIGINT handler while a command runs (only in the main thread, and only in place of
    Python's own: a caller that set another keeps it)."""
    ours = (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    )
    _state.pending = _state.saving = False
    if ours:
        signal.signal(signal.SIGINT, _on_sigint)
    try:
        yield
    finally:
        if ours:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        _state.pending = _state.saving = False


def check() -> None:
    """Raise ``KeyboardInterrupt`` if a Ctrl+C came that was swallowed where it was raised."""
    if _state.pending and not _state.saving:
        raise KeyboardInterrupt


def saving() -> None:
    """The last check before a commit: from here a Ctrl+C no longer stops the command, which
    finishes and then tells that it was kept (see :func:`came_while_saving`)."""
    check()
    _state.saving = True


def came_while_saving() -> bool:
    """Whether a Ctrl+C came after :func:`saving` (the work was kept)."""
    return _state.saving and _state.pending
