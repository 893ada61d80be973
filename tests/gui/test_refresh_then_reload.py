"""A filter chosen and, before its rows arrived, a change announced (an Undo, a restore from
Deleted Records): the reload answered for both, but the list stayed "refreshing" for good, so a
sort's arrow and Enter's first-row selection waited for rows that never came (field test 69,
defect 6)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QComboBox
from petdesk.services import contacts as cs

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_a_reload_ends_the_refresh_it_made_moot(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        for name in ("Vogel", "Krause", "Hoffmann"):
            cs.create_contact(
                s, family_name=name, given_name="Anna", tags=["3iPET"] if name != "Krause" else []
            )
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.model.refreshing, timeout=5000)
    box = page.filter_widgets["tag"]
    assert isinstance(box, QComboBox)
    qtbot.waitUntil(lambda: box.findData("3iPET") > 0, timeout=5000)
    box.setCurrentIndex(box.findData("3iPET"))  # a refresh ...
    page.model.reload()  # ... made moot at once by a reload after a change
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: not page.model.refreshing, timeout=5000)
