"""A visit the editor refuses (no title, end before start) is logged as one line, not as "operation
failed" with a traceback kept for petdesk's own faults (field test 14, defect 10)."""

from __future__ import annotations

import logging

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.visits.edit import VisitEditor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_visit_without_a_title_is_a_one_line_refusal(
    qtbot: QtBot, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="petdesk.gui.operations")
    editor = VisitEditor(db, locale="en")
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.save_finished, timeout=10_000) as finished:
        editor.save()
    assert finished.args == [False]
    logged = [r for r in caplog.records if r.name == "petdesk.gui.operations"]
    # at debug level only: the window says it in the user's language (field test 38 §7)
    assert logged and all(r.levelname == "DEBUG" for r in logged), [r.getMessage() for r in logged]
    assert all("\n" not in r.getMessage() and "Traceback" not in r.getMessage() for r in logged)
