"""A position whose start is not known shows no date in the contact editor (field test 12,
defect 10: an imported position showed today's date as 任职起始, as if the job started today)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.tab_order import NO_DATE
from petdesk.services import contacts as cs
from petdesk.services import organisations
from tests.helpers.editors import loaded, save

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def _person_with_job(db: Database, start: dt.date | None) -> str:
    with db.transaction() as s:
        org = organisations.create_organisation(s, name_zh="武汉中心")
        s.flush()
        person = cs.create_contact(
            s,
            family_name_zh="张",
            given_name_zh="伟",
            organisation_id=org.id,
            position_zh="项目经理",
            start_date=start,
        )
        return person.id


def _starts(db: Database) -> list[dt.date | None]:
    with db.reading() as s:
        return list(s.scalars(select(m.Affiliation.start_date)))


def test_a_position_without_a_start_shows_no_date_and_saves_none(qtbot: QtBot, db: Database) -> None:
    editor = loaded(qtbot, ContactEditDialog(db, "zh_CN", _person_with_job(db, None)))
    qtbot.addWidget(editor)
    assert editor.start_date.date() == NO_DATE and editor.start_date.text() == "—"
    assert save(qtbot, editor)
    assert _starts(db) == [None]


def test_a_known_start_and_a_new_contacts_today_are_shown(qtbot: QtBot, db: Database) -> None:
    editor = loaded(qtbot, ContactEditDialog(db, "en", _person_with_job(db, dt.date(2021, 3, 1))))
    qtbot.addWidget(editor)
    assert editor.start_date.date().toPython() == dt.date(2021, 3, 1)
    new = ContactEditDialog(db, "en")
    qtbot.addWidget(new)
    assert new.start_date.date().toPython() == dt.date.today()
