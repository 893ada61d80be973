"""The Projects list at an office in India (field test 107): "₹12,00,000.00" in lakhs, as the
command line now prints it, where the list showed "₹1,200,000.00"; the Chinese window keeps 万."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.projects.page import PROJECT_HEADERS
from petdesk.services import invitation, projects

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
REQUESTED = [key for key, _title in PROJECT_HEADERS].index("requested")


@pytest.fixture(autouse=True)
def _no_office_left() -> Iterator[None]:
    i18n.set_office_country("")
    yield
    i18n.set_office_country("")


@pytest.mark.parametrize(("locale", "shown"), [("en", "₹12,00,000.00"), ("zh_CN", "120万印度卢比")])
def test_the_requested_amount_is_in_lakhs(qtbot: QtBot, db: Database, locale: str, shown: str) -> None:
    with db.transaction() as s:
        invitation.set_office_settings(s, country="IN")
        projects.create_project(s, title_en="Indore climate action plan", amount=1_200_000, currency="INR")
    i18n.set_office_country("")  # as at start: the window reads the office's country itself
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    page = window.show_page("projects")
    page.tabs.setCurrentIndex(1)
    model = page.list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: model.index(0, REQUESTED).data() == shown, timeout=5000)
