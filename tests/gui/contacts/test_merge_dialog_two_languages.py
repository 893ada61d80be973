"""The Duplicates window offers a bureau named only in Chinese at one office and only in English at
another, with the organisation that shows the two names are one (field test 105: two offices merged)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.merge_dialog import MergeDialog
from petdesk.services import organisations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _org(db: Database, name_en: str, name_zh: str, city: tuple[str, str]) -> str:
    with db.transaction() as s:
        return organisations.create_organisation(
            s, name_en=name_en, name_zh=name_zh, kind="city_government", city_en=city[0], city_zh=city[1]
        ).id


def test_the_bureau_named_in_one_language_at_each_office_is_listed(qtbot: QtBot, db: Database) -> None:
    _org(db, "Dalian Municipal Bureau of Ecology and Environment", "大连市生态环境局", ("Dalian", "大连"))
    zh = _org(db, "", "重庆市生态环境局", ("Chongqing", "重庆"))
    en = _org(db, "Chongqing Municipal Ecology and Environment Bureau", "", ("Chongqing", "重庆"))
    dialog = MergeDialog(db, "en", entity="organisation")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.pairs), timeout=10_000)
    (pair,) = dialog.pairs
    assert {pair.first_id, pair.second_id} == {zh, en}
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=10_000)
    assert "大连市生态环境局" in dialog._reasons(pair)
