"""The Duplicates dialog of "Iusupov Bakhtiyor" offers "Yusupov Bakhtiyor", one name transliterated
two ways (round 54), with the reason in the window's language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.contacts.merge_dialog import MergeDialog
from petdesk.services import contacts as cs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_duplicates_of_a_name_offer_its_other_transliteration(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        iusupov = cs.create_contact(s, family_name="Iusupov", given_name="Bakhtiyor").id
        yusupov = cs.create_contact(s, family_name="Yusupov", given_name="Bakhtiyor").id
    page = ContactsPage(db, "en")
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=10_000)
    page.select_id(iusupov)
    qtbot.waitUntil(lambda: page.selected_ids() == [iusupov], timeout=10_000)
    page.actions_by_name["duplicates_of"].trigger()
    [dialog] = page.findChildren(MergeDialog)
    qtbot.waitUntil(lambda: dialog.find_button.isEnabled(), timeout=10_000)
    [pair] = dialog.pairs
    assert {pair.first_id, pair.second_id} == {iusupov, yusupov}
    assert any("transliterated another way" in str(r) for r in pair.reasons), pair.reasons
