"""Typing 张伟 (Simplified, as the input method gives it) in the contacts list's search box lists
張偉, shown as entered in Traditional characters."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.qt import QApplication, QInputMethodEvent
from petdesk.services import contacts as cs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_simplified_search_lists_a_traditional_name(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        traditional = cs.create_contact(s, family_name_zh="張", given_name_zh="偉").id
        cs.create_contact(s, family_name_zh="王", given_name_zh="芳")
        cs.create_contact(s, family_name="Park", given_name="Jisoo")
    page = ContactsPage(db, "zh_CN")
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=10_000)
    page.search.setFocus()
    commit = QInputMethodEvent()  # Chinese comes from an input method, not from keys
    commit.setCommitString("张伟")
    QApplication.sendEvent(page.search, commit)
    qtbot.waitUntil(
        lambda: page.model.search_text == "张伟" and not page.model.refreshing and page.model.rowCount() == 1,
        timeout=10_000,
    )
    assert page.model.row_id(0) == traditional
    shown = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert any("張偉" in str(v) for v in shown) and not any("张伟" in str(v) for v in shown)
