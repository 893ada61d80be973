"""Removing a person who rides in the visit's vehicles says so first (field test 52): their seats
go with them, and the question counted items, flights and rooms but not the seats."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QMessageBox, Qt
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import logistics as ls
from petdesk.services.participant_links import participant_links
from tests.core.visits.test_vehicle_riders import _plan
from tests.gui.visits.test_remove_person_links import Answers
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_seats_are_counted(db: Database) -> None:
    with db.transaction() as s:
        ids = _plan(s)
        ls.set_vehicle_riders(s, ids["van"], [ids["Lena"], ids["Georg"]])  # both items
        links = participant_links(s, ids["visit"], ids["Lena"])
    assert (links.seats, links.items, links.rooms) == (2, 0, 0)
    assert links.any  # a person on nothing but seats is asked about too


def test_removing_a_rider_asks_and_names_the_seats(
    qtbot: QtBot, db: Database, monkeypatch, translators
) -> None:
    translators("en")
    with db.transaction() as s:
        ids = _plan(s)
        ls.set_vehicle_riders(s, ids["van"], [ids["Lena"], ids["Georg"]])
    shown = VisitEditor(db, locale="en", visit_id=ids["visit"])
    qtbot.addWidget(shown)
    shown.show()
    editors.loaded(qtbot, shown)
    shown.tabs.setCurrentIndex(1)
    shown.people_view.selectRow(shown.people_model.ids().index(ids["Lena"]))
    answers = Answers(QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMessageBox, "question", answers)
    qtbot.mouseClick(shown.remove_person, Qt.MouseButton.LeftButton)
    assert shown.pending == [] and ids["Lena"] in shown.people_model.ids()
    ((_title, text),) = answers.asked
    assert "Lena Test is also on 2 vehicle seats." in text
