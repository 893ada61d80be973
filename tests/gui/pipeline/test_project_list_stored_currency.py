"""The Projects list shows a project's amount in the currency stored: one made without a currency is
in the office's (as the editor starts it), and a row with none stored (an older file) shows the
number alone. Both showed "US$…" (shots56): the service stored USD and the list read "no currency"
as USD."""

from __future__ import annotations

from contextlib import closing

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.services import projects as project_service
from petdesk.services.invitation import set_office_settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        ("en", {"Made here": "€1,234.50", "None stored": "1,234.50"}),
        ("zh_CN", {"Made here": "1,234.50欧元", "None stored": "1,234.50"}),
    ],
)
def test_the_list_shows_the_currency_stored(
    qtbot: QtBot, db: Database, locale: str, shown: dict[str, str]
) -> None:
    with db.transaction() as s:
        set_office_settings(s, country="DE")
        project_service.create_project(s, title_en="Made here", amount=1234.5)
        bare = project_service.create_project(s, title_en="None stored", amount=1234.5).id
    with closing(db.raw()) as conn, conn:
        conn.execute("UPDATE project SET currency = '' WHERE id = ?", (bare,))
    editor = ProjectDialog(db, locale)  # a new project in the editor starts in the same currency
    qtbot.addWidget(editor)
    assert editor.currency.currentText() == "EUR"

    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    page = window.show_page("projects")
    page.tabs.setCurrentIndex(1)
    model = page.list.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    column = [key for key, _title in model._headers].index("requested")
    texts = {model.index(row, 0).data(): model.index(row, column).data() for row in range(2)}
    assert texts == shown
