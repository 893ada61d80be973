"""The window's technology list counts the numbers of a catalogue's names by value in English too:
a name with no English one ("污泥干化（11型）") listed 11型 before 2型 there (screenshots, round 51)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.services import technologies as tech_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ZH_TECH = ["污泥干化（1型）", "污泥干化（2型）", "污泥干化（11型）"]


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_numbered_chinese_names_list_by_value(qtbot: QtBot, db: Database, locale: str) -> None:
    with db.transaction() as s:
        for name in reversed(ZH_TECH):
            tech_service.create_technology(s, name_zh=name, sector="wastewater")
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("technologies")
    model = page.list.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10000)
    shown = [model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(3)]
    assert shown == ZH_TECH
