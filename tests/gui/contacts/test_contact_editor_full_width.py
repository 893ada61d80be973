"""Full-width Latin letters committed by an input method are saved in ASCII from the contact
editor, and a full-width e-mail is saved, not refused (field test 54, defect 4)."""

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


def test_full_width_names_and_email_are_saved_in_ascii(qtbot: QtBot, db: Database) -> None:
    editor = ContactEditDialog(db, "zh_CN")
    qtbot.addWidget(editor)
    commit(editor.family_name, "ｓｉｍａ ")
    commit(editor.given_name, "Ｘｉａｏｍｉｎｇ")
    commit(editor.nickname, "（小马）")
    commit(editor.method_rows[0].value, "ｓｉｍａ＿ｘｍ＠ｅｘａｍｐｌｅ．ｃｏｍ")
    assert save(qtbot, editor), editor.error.text()
    with db.reading() as s:
        person = s.scalars(select(m.Contact)).one()
        emails = [cm.value for cm in person.methods]
        assert (person.family_name, person.given_name, person.nickname) == ("sima", "Xiaoming", "（小马）")
    assert emails == ["sima_xm@example.com"]
