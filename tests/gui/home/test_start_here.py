"""The home page of an empty office says where to start (field test 14: the first screen after the
welcome was five empty panes); once there is an organisation or a contact, it says nothing."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui import help as help_menu
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QPushButton, Qt
from petdesk.services import home, organisations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _home(qtbot: QtBot, db: Database) -> tuple[MainWindow, object]:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("home")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    return window, page


def test_an_empty_office_is_told_where_to_start(qtbot: QtBot, db: Database) -> None:
    window, page = _home(qtbot, db)
    assert page.start_box.isVisible()  # type: ignore[attr-defined]
    names = {b.objectName() for b in page.start_box.findChildren(QPushButton)}  # type: ignore[attr-defined]
    assert names == {"start_new_organisation", "start_import_contacts", "start_guide"}
    guide = page.start_box.findChild(QPushButton, "start_guide")  # type: ignore[attr-defined]
    qtbot.mouseClick(guide, Qt.MouseButton.LeftButton)
    shown = window.findChild(help_menu.TextDialog, "user_guide")
    assert shown is not None and shown.isVisible()
    shown.close()


def test_an_office_with_records_is_not(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="Xi'an Ecology Bureau", name_zh="西安市生态环境局")
        assert not home.is_empty_office(s)
    _window, page = _home(qtbot, db)
    assert not page.start_box.isVisible()  # type: ignore[attr-defined]
