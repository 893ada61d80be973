"""The contacts list's search box finds N'Guessan when the typographic apostrophe is typed (a
French keyboard on a Mac, or text pasted from a form), as the search service does (field test 87)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.services import contacts as cs

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_search_box_finds_the_name_with_either_apostrophe(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, given_name="Koffi", family_name="N'Guessan")
        cs.create_contact(s, given_name="Adjoa", family_name="Koné")
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("contacts")
    assert isinstance(page, ContactsPage)
    for query in ("N’Guessan", "n'guessan", "kone"):
        page.search.clear()
        page.search.insert(query)  # committed text, as an input method or a paste delivers it
        qtbot.waitUntil(
            lambda q=query: (
                page.model.search_text == q and not page.model.refreshing and page.model.rowCount() == 1
            ),
            timeout=10000,
        )
