"""The contact editor saves 小　明 (a full-width space committed inside the name) as 小明
(field test 54, defect 6: it was refused with 「中文姓名“小　明”只能包含汉字。」)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from tests.helpers.editors import save
from tests.helpers.input_method import commit

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_a_full_width_space_inside_a_chinese_name_is_dropped(qtbot: QtBot, db: Database) -> None:
    editor = ContactEditDialog(db, "zh_CN")
    qtbot.addWidget(editor)
    commit(editor.family_name_zh, "司马")
    commit(editor.given_name_zh, "小\u3000明")
    assert save(qtbot, editor), editor.error.text()
    with db.reading() as s:
        assert s.execute(select(m.Contact.family_name_zh, m.Contact.given_name_zh)).one() == ("司马", "小明")
