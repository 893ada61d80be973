"""Review 61: ``visit-lodging add/edit`` warns when a person gets rooms at two hotels for the same
nights; the visit editor's Save said nothing. It now says the same sentence, and saves all the
same; a change of hotel whose nights only touch (out and in on the 20th) says nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QDate
from petdesk.models import Accommodation
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from petdesk.services.rooming import same_nights_elsewhere
from tests.core.visits.data import person
from tests.gui.visits.test_logistics_tab import _open_logistics, _retype
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _two_visits(db: Database) -> tuple[str, str]:
    """Wang Wei at the Jinjiang Hotel 17–20 March on a first visit; a second visit with him on it."""
    with db.transaction() as s:
        wang = person(s, "Wei", "Wang", "王伟", family_first=True).id
        for title, (start, end) in (("Expo", (15, 21)), ("Field trip", (17, 23))):
            vid = vs.create_visit(
                s, title_en=title, start_date=dt.date(2027, 3, start), end_date=dt.date(2027, 3, end)
            ).id
            vs.add_participant(s, vid, wang, "delegate")
            if title == "Expo":
                stay = ls.add_accommodation(
                    s,
                    vid,
                    hotel="Jinjiang Hotel",
                    check_in=dt.date(2027, 3, 17),
                    check_out=dt.date(2027, 3, 20),
                )
                ls.set_rooming(s, stay.id, [(wang, "1801")])
    return vid, wang


def _book(qtbot: QtBot, db: Database, locale: str, check_in: int, check_out: int) -> tuple[str, str]:
    """Add the Peninsula with a room for Wang Wei on the second visit and save: the message line
    and the warnings the service gives for the new hotel."""
    vid, wang = _two_visits(db)
    editor, tab = _open_logistics(qtbot, db, vid, locale)
    _retype(tab.stay_hotel, "The Peninsula")
    tab.stay_in.setDate(QDate(2027, 3, check_in))
    tab.stay_out.setDate(QDate(2027, 3, check_out))
    tab._add_stay()
    tab.stays_view.selectRow(0)
    tab.room_person.setCurrentIndex(tab.room_person.findData(wang))
    _retype(tab.room_number, "2205")
    tab._assign_room()
    assert editors.save(qtbot, editor), editor.message.text()
    with db.reading() as s:
        stay = s.query(Accommodation).filter_by(hotel="The Peninsula").one()
        expected = "\n".join(g.describe(locale) for g in same_nights_elsewhere(s, stay.id))
    return editor.message.text(), expected


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_same_nights_at_two_hotels_warn_after_save(qtbot: QtBot, db: Database, locale: str) -> None:
    message, expected = _book(qtbot, db, locale, 18, 21)
    assert expected, "the service finds the nights of the 18th and 19th"
    assert expected in message
    assert (
        "同一晚在The Peninsula和Jinjiang Hotel都有房间" if locale == "zh_CN" else "for the same nights"
    ) in message


def test_nights_that_only_touch_say_nothing(qtbot: QtBot, db: Database) -> None:
    message, expected = _book(qtbot, db, "en", 20, 22)
    assert expected == ""
    assert message == "Saved."
