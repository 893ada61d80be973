"""The window's project list says what is due first and lists the next 14 days (field test 106: an
ADB application due on the deadline in 45 days was in "due in the next 30 days" for its concept note
in 5 days, and the list showed only the deadline; the window had no 14 days, the reminders' span)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.i18n import format_date
from petdesk.models.enums import ProjectStatus
from petdesk.services import projects as project_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = dt.date.today()


def test_the_list_shows_the_concept_note_date_and_keeps_to_14_days(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        adb = project_service.create_project(
            s,
            title_en="Kunming sludge-to-energy pilot",
            stage=ProjectStatus.PREPARING,
            deadline=TODAY + dt.timedelta(days=45),
        )
        project_service.add_milestone(s, adb.id, title_en="Concept note", due=TODAY + dt.timedelta(days=5))
        project_service.create_project(
            s, title_en="Industrial park energy audits", deadline=TODAY + dt.timedelta(days=20)
        )
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("projects")
    page.tabs.setCurrentIndex(1)
    model = page.list.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Next deadline" in headers
    page.due_filter.setCurrentIndex(page.due_filter.findData("14d"))
    assert page.due_filter.currentText() == "Deadline or milestone due in the next 14 days"
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    row = {headers[c]: model.index(0, c).data() for c in range(model.columnCount())}
    assert row["Title"] == "Kunming sludge-to-energy pilot"
    assert row["Deadline"] == format_date(TODAY + dt.timedelta(days=45), "en")
    assert row["Next deadline"] == format_date(TODAY + dt.timedelta(days=5), "en")
