"""A test whose worker process died (a segfault in Qt, say) runs once more on a fresh worker.

pytest-xdist reports the test a worker was running when it died as failed, without knowing whether
the test or something left over from an earlier one (a background thread ending, a widget freed at
teardown) killed it. The second run tells: a test that kills its worker again fails as before; one
that passes is listed at the end of the run ("worker crash, passed on a fresh worker"), so the crash
is seen and followed up, not silently retried. Ordinary failures are never run again.

Needs a scheduler that can put a test back (``--dist load`` or ``worksteal``; ``loadfile`` cannot,
and in pytest-xdist 3.8 it also hangs for ever after a worker crash — two CI runs of stop 56)."""

from __future__ import annotations

from typing import Any

import pytest

_crashed: list[str] = []
#: Crashed tests whose second run failed (or crashed too).
_failed_again: set[str] = set()


@pytest.hookimpl(optionalhook=True)
def pytest_handlecrashitem(crashitem: str, report: pytest.TestReport, sched: Any) -> None:
    """Called by xdist's controller once a worker died running ``crashitem``."""
    if crashitem in _crashed:
        return  # the second crash: the report stays a failure
    _crashed.append(crashitem)
    try:
        sched.mark_test_pending(crashitem)
    except NotImplementedError:
        return
    report.outcome = "rerun"  # type: ignore[assignment]


def pytest_report_teststatus(report: pytest.TestReport) -> tuple[str, str, str] | None:
    if report.outcome == "rerun":
        return "rerun", "R", "RERUN"
    return None


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.failed and report.nodeid in _crashed:
        _failed_again.add(report.nodeid)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _crashed:
        terminalreporter.section("worker crashes")
        for nodeid in _crashed:
            again = "failed" if nodeid in _failed_again else "passed"
            terminalreporter.line(f"a worker died running {nodeid}; on a fresh worker it {again}")
