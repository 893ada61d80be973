"""A long job in the window's job runner hands the memory it freed back to the system when it ends
(issue 17: the window grew with each import, sync or export and never shrank); a quick read does not
pay for a trim of the whole heap."""

from __future__ import annotations

import pytest

from petdesk import bulkload
from petdesk.gui import operations
from petdesk.gui.qt import QThreadPool


@pytest.fixture
def trims(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The trims done, each still done for real."""
    done: list[str] = []
    real = bulkload.return_freed_memory

    def trim() -> None:
        done.append("trim")
        real()

    monkeypatch.setattr(bulkload, "return_freed_memory", trim)
    return done


def _run_to_the_end(qtbot, work) -> None:  # type: ignore[no-untyped-def]
    op = operations.run_in_background(work)
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    assert QThreadPool.globalInstance().waitForDone(10_000)  # the runner's last lines too


def test_a_long_job_gives_its_memory_back_when_it_ends(qtbot, trims, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(operations, "LONG_JOB_S", 0.0)  # every job counts as long

    _run_to_the_end(qtbot, lambda: [bytes(1000) for _ in range(10_000)])

    # (another test's background job ending on this worker at the same time may trim too)
    assert trims and set(trims) == {"trim"}


def test_a_failed_long_job_gives_its_memory_back_too(qtbot, trims, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(operations, "LONG_JOB_S", 0.0)

    def broken() -> None:
        raise OSError("disk full")

    op = operations.run_in_background(broken, on_failure=lambda _exc: None)
    with qtbot.waitSignal(op.failed, timeout=10_000):
        pass
    assert QThreadPool.globalInstance().waitForDone(10_000)

    assert trims and set(trims) == {"trim"}


def test_a_quick_job_leaves_the_heap_alone(qtbot, trims, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(operations, "LONG_JOB_S", 3600.0)  # no job here is that long

    _run_to_the_end(qtbot, lambda: 42)

    assert trims == []
