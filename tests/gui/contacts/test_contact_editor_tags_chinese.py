"""The contact editor splits tags committed with 、 and ； and shows them again joined with 、 in
the Chinese window (field test 54, defect 5)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from tests.helpers.editors import loaded, save
from tests.helpers.input_method import commit

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_tags_typed_with_chinese_separators_are_kept_apart(qtbot: QtBot, db: Database) -> None:
    editor = ContactEditDialog(db, "zh_CN")
    qtbot.addWidget(editor)
    commit(editor.family_name_zh, "陈")
    commit(editor.given_name_zh, "宇")
    commit(editor.tags, "媒体、嘉宾，青岛；  重点 ")
    assert save(qtbot, editor), editor.error.text()
    with db.reading() as s:
        contact_id, tags = s.execute(select(m.Contact.id, m.Contact.tags)).one()
    assert tags == ["媒体", "嘉宾", "青岛", "重点"]
    again = loaded(qtbot, ContactEditDialog(db, "zh_CN", contact_id))
    qtbot.addWidget(again)
    assert again.tags.text() == "媒体、嘉宾、青岛、重点"
