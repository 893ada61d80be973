"""A Korean or Japanese name typed in the editor is labelled and saved as such (field test 51 #4, #9):
the row said "Chinese" and the contact was stored as a Chinese name."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.mnemonic import without_mnemonic

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.mark.parametrize(
    ("family", "given", "label", "language"),
    [("박", "지훈", "Korean", "ko"), ("佐藤", "さくら", "Japanese", "ja"), ("张", "伟", "Chinese", "")],
)
def test_the_native_row_follows_the_script_and_the_save_keeps_it(
    qtbot: QtBot, db: Database, family: str, given: str, label: str, language: str
) -> None:
    dialog = ContactEditDialog(db, "en", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.family_name_zh.insert(family)  # (keyClicks types Latin letters only)
    dialog.given_name_zh.insert(given)
    assert without_mnemonic(dialog.native_label.text()) == label
    assert dialog.position_zh_label.text().replace("&", "") == f"Position ({label})"  # (its Alt letter)
    with qtbot.waitSignal(dialog.save_finished, timeout=10000):
        dialog.save()
    with db.reading() as s:
        contact = s.scalars(select(m.Contact).where(m.Contact.given_name_zh == given)).one()
        assert contact.native_name_language == language


def test_a_kana_reading_labels_kanji_japanese_and_saves_it(qtbot: QtBot, db: Database) -> None:
    """Field test 56, defect 1: 佐藤 / 浩 read さとう / ひろし stayed "Chinese" and printed 浩·佐藤."""
    dialog = ContactEditDialog(db, "en", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.family_name, "Sato")
    qtbot.keyClicks(dialog.given_name, "Hiroshi")
    dialog.family_name_zh.insert("佐藤")
    dialog.given_name_zh.insert("浩")
    assert without_mnemonic(dialog.native_label.text()) == "Chinese"  # kanji alone may be Chinese
    dialog.phonetic_family_name.insert("さとう")
    assert without_mnemonic(dialog.native_label.text()) == "Japanese"
    with qtbot.waitSignal(dialog.save_finished, timeout=10000):
        dialog.save()
    with db.reading() as s:
        contact = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "佐藤")).one()
        assert contact.native_name_language == "ja"
