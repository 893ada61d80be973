"""Holding a function of the code under test until the test lets it go: Stop is pressed while the
work runs, without racing it."""

from __future__ import annotations

import threading
from typing import Any

import pytest


def hold(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> tuple[threading.Event, threading.Event]:
    """Replace ``owner.<name>`` by a function that, once called, sets ``started`` and waits for
    ``release`` (10 s at most) before it calls the original. Returns (started, release)."""
    started, release = threading.Event(), threading.Event()
    real = getattr(owner, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        started.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, held)
    return started, release
