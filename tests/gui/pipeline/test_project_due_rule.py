"""The window's "due in the next 30 days" list follows the reminders' rule (field test 37, §3): the
overdue open project is in, the rejected and the closed ones with dates to come are not."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from tests.helpers.project_filters import make_due_projects

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_due_list_shows_overdue_open_projects_and_no_ended_ones(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    make_due_projects(db)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("projects")
    page.tabs.setCurrentIndex(1)
    page.due_filter.setCurrentIndex(page.due_filter.findData("30d"))
    model = page.list.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    assert {model.index(row, 0).data() for row in range(model.rowCount())} == {"Overdue", "Soon"}
