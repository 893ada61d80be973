"""The cycle collector pauses inside whole-database passes and resumes after, as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from petdesk.gcpause import paused_gc, without_gc


@pytest.fixture(autouse=True)
def _automatic_collector() -> Iterator[None]:
    """The collector on, as on the command line; put back as found after (a worker that ran GUI
    tests keeps it off: ``gui.gui_thread_gc``)."""
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def test_pause_nests_and_restores() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pass still runs
    assert gc.isenabled()


def test_an_error_resumes_the_collector() -> None:
    @without_gc
    def fails() -> None:
        assert not gc.isenabled()
        raise ValueError("bad row")

    with pytest.raises(ValueError):
        fails()
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
