"""The contact editor takes a date as the Chinese window shows dates (field test 14, defect 3)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from tests.helpers.editors import loaded, save

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_a_chinese_date_is_saved_as_iso(qtbot: QtBot, db: Database) -> None:
    editor = loaded(qtbot, ContactEditDialog(db, "zh_CN"))
    qtbot.addWidget(editor)
    editor.family_name_zh.insert("李")
    editor.given_name_zh.insert("明")
    editor.anniversary.insert("2027年3月8日")
    editor.birthday.insert("1990年3月8日")
    assert save(qtbot, editor), editor.error.text()
    with db.reading() as s:
        contact = s.scalars(select(m.Contact)).one()
    assert (contact.birthday, contact.anniversary) == ("1990-03-08", "2027-03-08")


def test_an_old_future_birthday_is_shown_but_does_not_stop_a_save(qtbot: QtBot, db: Database) -> None:
    import datetime as dt

    from petdesk.services import contacts as cs

    future = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    with db.transaction() as s:
        contact_id = cs.create_contact(s, family_name="Li", given_name="Ming").id
        s.get(m.Contact, contact_id).birthday = future  # an old record, from before the check
    editor = loaded(qtbot, ContactEditDialog(db, "en", contact_id))
    qtbot.addWidget(editor)
    assert "is in the future" in editor.warning.text() and not editor.warning.isHidden()
    editor.nickname.insert("Xiao Li")
    assert save(qtbot, editor), editor.error.text()
    with db.reading() as s:
        contact = s.get(m.Contact, contact_id)
        assert (contact.nickname, contact.birthday) == ("Xiao Li", future)
