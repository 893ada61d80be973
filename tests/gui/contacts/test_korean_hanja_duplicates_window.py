"""Field test 73 in the window: the Duplicates dialog of 이민호 "LEE Min-ho" offers "Yi Minho" 李敏镐,
known from an earlier visit (Hangul against Han characters hid the pair)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.contacts.merge_dialog import MergeDialog
from petdesk.models.enums import NameOrder
from petdesk.services import contacts as cs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_duplicates_of_a_hangul_name_offer_its_hanja_namesake(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        lee = cs.create_contact(
            s, family_name="LEE", given_name="Min-ho", family_name_zh="이", given_name_zh="민호",
            name_order=NameOrder.FAMILY_FIRST, native_name_language="ko",
        ).id  # fmt: skip
        yi = cs.create_contact(
            s, family_name="Yi", given_name="Minho", family_name_zh="李", given_name_zh="敏镐"
        ).id
    page = ContactsPage(db, "en")
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=10_000)
    page.select_id(lee)
    qtbot.waitUntil(lambda: page.selected_ids() == [lee], timeout=10_000)
    page.actions_by_name["duplicates_of"].trigger()
    [dialog] = page.findChildren(MergeDialog)
    qtbot.waitUntil(lambda: dialog.find_button.isEnabled(), timeout=10_000)
    [pair] = dialog.pairs
    assert {pair.first_id, pair.second_id} == {lee, yi}
    assert pair.reasons and pair.score > 0, pair  # was score 0.0, no reason: "different names"
