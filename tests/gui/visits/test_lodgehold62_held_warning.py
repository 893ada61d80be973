"""Review 62: the visit editor said nothing of a person roomed at two hotels for the same nights
until Save, though it held the change. The Logistics tab now says it under the hotel table as soon
as the held rows clash (the service's sentence, in the reader's language) and takes it back when
the clash is gone; nothing is saved meanwhile."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QDate
from petdesk.models import Accommodation
from tests.gui.visits.test_lodgewarn61_same_nights import _two_visits
from tests.gui.visits.test_logistics_tab import _open_logistics, _retype

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_held_clash_shows_under_the_hotels_until_the_nights_change(
    qtbot: QtBot, db: Database, locale: str
) -> None:
    vid, wang = _two_visits(db)  # Wang Wei at the Jinjiang Hotel 17–20 March on the other visit
    editor, tab = _open_logistics(qtbot, db, vid, locale)
    line = tab.stays_warning
    assert line.isHidden() and line.accessibleName()
    _retype(tab.stay_hotel, "The Peninsula")
    tab.stay_in.setDate(QDate(2027, 3, 18))
    tab.stay_out.setDate(QDate(2027, 3, 21))
    tab._add_stay()
    tab.stays_view.selectRow(0)
    tab.room_person.setCurrentIndex(tab.room_person.findData(wang))
    _retype(tab.room_number, "2205")
    tab._assign_room()
    assert not line.isHidden(), "the second hotel clashes while the change is held"
    text = line.text()
    if locale == "zh_CN":
        assert "王伟同一晚在The Peninsula和Jinjiang Hotel都有房间" in text, text
    else:
        assert "Wang" in text and "The Peninsula" in text and "Jinjiang Hotel" in text, text
        assert "for the same nights" in text and "18" in text and "19" in text, text
    assert editor.pending  # held, not saved
    with db.reading() as s:
        assert s.query(Accommodation).filter_by(hotel="The Peninsula").count() == 0
    tab.stay_in.setDate(QDate(2027, 3, 20))  # in the day he leaves the Jinjiang: the nights only touch
    tab.stay_out.setDate(QDate(2027, 3, 22))
    assert tab.update_stay()
    assert line.isHidden() and line.text() == "", line.text()
