"""The editor keeps a name order the user picks (a Vietnamese name given name first was turned round
on save), and offers a Hanja field beside a Korean name only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import i18n
from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.models.enums import NameOrder
from tests.helpers.editors import loaded, save
from tests.helpers.input_method import commit
from tests.helpers.tree_catalogue import TREE_CATALOGUES

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_a_picked_order_is_saved_as_chosen_and_kept(qtbot: QtBot, db: Database) -> None:
    editor = ContactEditDialog(db, "en")
    qtbot.addWidget(editor)
    commit(editor.family_name, "Nguyễn")
    commit(editor.given_name, "Văn An")
    given_first = editor.name_order.findData(NameOrder.GIVEN_FIRST.value)
    editor.name_order.setCurrentIndex(given_first)
    editor.name_order.activated.emit(given_first)  # as a pick with the mouse or keyboard sends it
    assert save(qtbot, editor), editor.error.text()
    with db.reading() as s:
        cid, order, chosen = s.execute(
            select(m.Contact.id, m.Contact.name_order, m.Contact.name_order_chosen)
        ).one()
    assert (order, chosen) == (NameOrder.GIVEN_FIRST, True)
    again = loaded(qtbot, ContactEditDialog(db, "en", cid))
    qtbot.addWidget(again)
    assert again.name_order.currentData() == NameOrder.GIVEN_FIRST.value
    assert save(qtbot, again), again.error.text()
    with db.reading() as s:
        assert s.get(m.Contact, cid).name_order == NameOrder.GIVEN_FIRST  # type: ignore[union-attr]


def test_the_hanja_row_shows_for_a_korean_name_and_is_saved(qtbot: QtBot, db: Database) -> None:
    editor = ContactEditDialog(db, "en")
    qtbot.addWidget(editor)
    editor.show()
    commit(editor.family_name_zh, "张")
    assert not editor.name_hanja.isVisible()
    editor.family_name_zh.clear()
    commit(editor.family_name_zh, "이")
    commit(editor.given_name_zh, "민호")
    assert editor.name_hanja.isVisible() and editor.hanja_label.text() == "Hanja"
    commit(editor.name_hanja, "李敏鎬")
    assert save(qtbot, editor), editor.error.text()
    with db.reading() as s:
        assert s.scalars(select(m.Contact.name_hanja)).one() == "李敏鎬"


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_screenshot_of_the_korean_name_with_hanja(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, translators, monkeypatch: pytest.MonkeyPatch, locale: str
) -> None:
    """The picture for the record, when PETDESK_SHOTS names a folder; this tree's catalogue."""
    folder = os.environ.get("PETDESK_SHOTS")
    if not folder:
        pytest.skip("PETDESK_SHOTS not set")
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_CATALOGUES.parent)
    translators(locale)
    editor = ContactEditDialog(db, locale)
    qtbot.addWidget(editor)
    editor.resize(1000, 620)
    editor.show()
    commit(editor.family_name, "Lee")
    commit(editor.given_name, "Minho")
    commit(editor.family_name_zh, "이")
    commit(editor.given_name_zh, "민호")
    commit(editor.name_hanja, "李敏鎬")
    qtbot.waitUntil(editor.name_hanja.isVisible)
    assert editor.hanja_label.text() == ("韩文汉字" if locale == "zh_CN" else "Hanja")
    assert editor.grab().save(str(Path(folder) / f"editor-hanja-{locale}.png"))
