"""A refusal the user acts on is logged as one line; a fault of petdesk with its traceback
(field test 5: a damaged package wrote a whole traceback to standard error)."""

from __future__ import annotations

import logging

import pytest

from petdesk.gui.operations import run_in_background
from petdesk.sync.package import PackageError


def test_an_expected_refusal_is_logged_as_one_line(qtbot, caplog: pytest.LogCaptureFixture) -> None:
    def refused():  # type: ignore[no-untyped-def]
        raise PackageError("the package is damaged or was altered after it was made (authentication failed)")

    def broken():  # type: ignore[no-untyped-def]
        raise RuntimeError("a fault in petdesk")

    # a refusal at debug level (the window shows it in words; field test 38), a fault as an error
    caplog.set_level(logging.DEBUG, logger="petdesk.gui.operations")
    for work in (refused, broken):
        op = run_in_background(work, on_failure=lambda _exc: None)
        with qtbot.waitSignal(op.failed, timeout=10_000):
            pass
    refusal, fault = (r for r in caplog.records if r.name == "petdesk.gui.operations")
    assert "authentication failed" in refusal.getMessage() and "Traceback" not in refusal.getMessage()
    assert "\n" not in refusal.getMessage() and refusal.levelno == logging.DEBUG
    assert "Traceback" in fault.getMessage() and "RuntimeError" in fault.getMessage()
