"""Field test 32, §10: at 1024 px a long status-bar message ran on under the office summary on the
right, cut mid-word with no sign that more followed. It now ends in "…" before the summary, the
whole of it in the tooltip, and callers still read the message as they gave it."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QStatusBar

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

LONG = "The database was upgraded from 0037_retired_office_journal to 0038_item_source_version. " * 3


def test_a_long_message_is_elided_before_the_summary(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    bar.showMessage(LONG, 60_000)
    drawn = QStatusBar.currentMessage(bar)  # what the bar paints
    assert drawn.endswith("…") and drawn != LONG
    summary_left = window.status_label.mapTo(bar, window.status_label.rect().topLeft()).x()
    assert bar.fontMetrics().horizontalAdvance(drawn) < summary_left
    assert bar.toolTip() == LONG and bar.currentMessage() == LONG
    # wider, more of it shows; a short message is whole and has no tooltip
    window.resize(1366, 700)
    qtbot.waitUntil(lambda: len(QStatusBar.currentMessage(bar)) > len(drawn))
    bar.showMessage("Saved.", 5000)
    assert QStatusBar.currentMessage(bar) == "Saved." and bar.toolTip() == ""
