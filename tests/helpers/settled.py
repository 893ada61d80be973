"""Layout checks after Qt's posted passes: a widget shown is laid out a moment later, and under load
(two test workers on two busy cores) later than any fixed wait allowed."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

#: Long enough for a loaded machine; a check that stays wrong fails after it.
SETTLE_MS = 5000


def settled(qtbot: Any, problems: Callable[[], list[str]], timeout: int = SETTLE_MS) -> list[str]:
    """``problems()`` once it finds none, or what it still finds after ``timeout``: the caller asserts
    on it, so a failure names what is wrong rather than "timed out"."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not problems(), timeout=timeout)
    return problems()


def settle_until(qtbot: Any, done: Callable[[], bool], timeout: int = SETTLE_MS) -> None:
    """Wait until ``done()``, or ``timeout``, without failing: the caller's own assertions follow and
    say what is wrong if the layout never gets there."""
    settled(qtbot, lambda: [] if done() else ["not yet"], timeout)
