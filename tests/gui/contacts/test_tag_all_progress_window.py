"""Tagging or untagging many records in the window shows a busy window while it runs (field test
61: tagging all 100,000 contacts took 43 s on a busy machine with nothing moving); a few records
show none."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.record_list import BULK_PROGRESS, RecordListPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_tag_and_untag_all_show_a_busy_window(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("contacts")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and (page.model.total or 0) >= BULK_PROGRESS)
    page.table.selectAll()

    page.tag_selected(["field61"])
    progress = page.last_bulk_progress
    assert progress is not None and progress.labelText().startswith("Tagging 200 contact")
    assert (progress.minimum(), progress.maximum()) == (0, 0)  # busy: the write reports no steps
    qtbot.waitUntil(lambda: page.undo_bar.isVisible() and "Tagged" in page.undo_label.text(), timeout=10_000)
    assert not isValid(progress) or not progress.isVisible()  # closed when the write ends

    page.untag_selected(["field61"])
    assert page.last_bulk_progress.labelText().startswith("Removing tags from 200 contact")
    qtbot.waitUntil(lambda: "Removed tags" in page.undo_label.text(), timeout=10_000)

    page.table.clearSelection()
    page.table.selectRow(0)  # a few: no window
    shown = page.last_bulk_progress
    page.tag_selected(["one"])
    assert page.last_bulk_progress is shown
    qtbot.waitUntil(lambda: "Tagged 1 contact" in page.undo_label.text(), timeout=10_000)
