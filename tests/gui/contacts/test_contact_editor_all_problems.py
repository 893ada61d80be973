"""The contact editor shows every problem at once, an unknown organisation among them
(field test 14, defect 4: the organisation's message hid the wrong e-mail until the next save)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.services import organisations
from tests.helpers.editors import loaded, save

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_unknown_organisation_and_wrong_email_are_shown_together(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        organisations.create_organisation(s, name_zh="西安市生态环境局", name_en="Xi'an Ecology Bureau")
    editor = loaded(qtbot, ContactEditDialog(db, "en"))
    qtbot.addWidget(editor)
    editor.given_name_zh.insert("明")
    editor.family_name_zh.insert("李")
    qtbot.keyClicks(editor.method_rows[0].value, "liming@xa")
    editor.organisation.insert("Xi'an Ecology")  # a prefix, no completion chosen
    assert not save(qtbot, editor)
    shown = editor.error.text()
    assert "No organisation is called “Xi'an Ecology”." in shown
    assert "“liming@xa” is not an e-mail address" in shown
