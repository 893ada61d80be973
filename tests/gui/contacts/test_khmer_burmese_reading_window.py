"""The contacts list shows a Khmer or Burmese name's Latin reading in its "Name (other script)" column
and its search box finds the name by it ("channa" finds សុខ ចាន់ណា)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.services import contacts as cs

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support", "OpenType support")]


def test_reading_shown_and_typed(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, given_name="ចាន់ណា", family_name="សុខ")
        cs.create_contact(s, given_name="အောင်ကျော်မင်း", family_name="")
    page = ContactsPage(db, "en")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=10_000)
    other = [c.key for c in page.model.source.columns].index("other_name")
    shown = {str(page.model.index(r, 0).data()): page.model.index(r, other).data() for r in range(2)}
    assert shown == {"ចាន់ណា សុខ": "Channa Sok", "အောင်ကျော်မင်း": "Aung Kyaw Min"}
    page.search.insert("kyaw")
    qtbot.waitUntil(
        lambda: page.model.search_text == "kyaw" and not page.model.refreshing and page.model.rowCount() == 1,
        timeout=10_000,
    )
    assert page.model.index(0, 0).data() == "အောင်ကျော်မင်း"


def test_names_file_by_their_reading(qtbot: QtBot, db: Database) -> None:
    """Aung Kyaw Min under A and Sok Channa under S among the Latin names, not after them all."""
    with db.transaction() as s:
        for family, given in (("Taylor", "Tom"), ("សុខ", "ចាន់ណា"), ("Adams", "Anna"), ("", "အောင်ကျော်မင်း")):
            cs.create_contact(s, given_name=given, family_name=family)
        cs.create_contact(s, given_name="Paul", family_name="Smith")
    page = ContactsPage(db, "en")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == 5, timeout=10_000)
    shown = [page.model.index(r, 0).data() for r in range(5)]
    assert shown == ["Anna Adams", "အောင်ကျော်မင်း", "Paul Smith", "ចាន់ណា សុខ", "Tom Taylor"]
