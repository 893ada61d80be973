"""Stopping long work on the user's word: an export, a sync package, an import at a hub's scale.

The window sets a :class:`StopFlag`; the work checks it where it reports progress (and, where
progress is reported rarely, at checkpoints of its own) and raises :class:`Cancelled` there. The
exception unwinds the work like an interrupt: transactions roll back, half-written files are
removed, backups taken for the work are discarded, exactly as when the work fails. It derives from
``BaseException`` (as ``KeyboardInterrupt`` does) so that no ``except Exception`` on the way mistakes
it for an error to recover from.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

_F = TypeVar("_F", bound=Callable[..., Any])


class Cancelled(BaseException):
    """The user stopped the work; what it had begun was undone."""


class StopFlag:
    """Set from the window's thread, checked from the work's thread."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        """Wait at most ``timeout`` seconds for the flag; whether it is set."""
        return self._event.wait(timeout)

    def check(self) -> None:
        """Raise :class:`Cancelled` once the flag is set."""
        if self._event.is_set():
            raise Cancelled

    def checking(self, progress: _F) -> _F:
        """``progress``, checking the flag before each call."""
        check = self.check

        def checked(*args: Any, **kwargs: Any) -> Any:
            check()
            return progress(*args, **kwargs)

        return checked  # type: ignore[return-value]
