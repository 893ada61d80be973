"""Removing a person in the visit editor says first what else they are on (items, flights, rooms),
takes them off all of it in one held change, and one Undo brings all of it back (field test 33,
defect 1: the removed delegate stayed on every item as "?" and on both flights)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QMessageBox, Qt
from petdesk.gui.visits.edit import VisitEditor
from petdesk.models import ItineraryAttendee
from petdesk.models.logistics import TravelLegTraveller
from tests.core.visits.test_remove_participant_links import _build, _live
from tests.helpers import editors

#: The offscreen platform cannot resize native windows to fit a toolbar; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Answers:
    """Stands in for ``QMessageBox.question``: records the questions, gives the answers in turn."""

    def __init__(self, *answers: QMessageBox.StandardButton) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent, title: str, text: str, *_args, **_kw) -> QMessageBox.StandardButton:
        self.asked.append((title, text))
        return self.answers.pop(0)


def test_removing_asks_then_takes_the_person_off_everything_and_undo_restores(
    qtbot: QtBot, db: Database, monkeypatch, translators
) -> None:
    translators("en")
    with db.transaction() as s:
        ids = _build(s)
    shown = VisitEditor(db, locale="en", visit_id=ids["visit"])
    qtbot.addWidget(shown)
    shown.show()
    editors.loaded(qtbot, shown)
    shown.tabs.setCurrentIndex(1)
    shown.people_view.selectRow(shown.people_model.ids().index(ids["gross"]))
    answers = Answers(
        QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "question", answers)

    qtbot.mouseClick(shown.remove_person, Qt.MouseButton.LeftButton)  # Cancel: nothing held
    assert shown.pending == [] and ids["gross"] in shown.people_model.ids()
    title, text = answers.asked[0]
    assert title == "Remove from the visit"
    assert "Jürgen Groß is also on 2 items, 2 flights, 1 hotel room." in text
    assert "On 1 item they are the only attendee ticked" in text

    qtbot.mouseClick(shown.remove_person, Qt.MouseButton.LeftButton)  # Yes
    assert len(shown.pending) == 1 and ids["gross"] not in shown.people_model.ids()
    itinerary = shown.items_model  # the itinerary never shows a "?" for a removed person
    cells = [(r, c) for r in range(itinerary.rowCount()) for c in range(itinerary.columnCount())]
    assert not any("?" in str(itinerary.data(itinerary.index(r, c))) for r, c in cells)
    shown.undo_held()  # one Undo: the person and every link are back
    assert shown.pending == [] and ids["gross"] in shown.people_model.ids()

    shown.people_view.selectRow(shown.people_model.ids().index(ids["gross"]))
    qtbot.mouseClick(shown.remove_person, Qt.MouseButton.LeftButton)  # Yes again, and save
    assert len(answers.asked) == 3
    assert editors.save(qtbot, shown)
    with db.reading() as s:
        assert _live(s, ItineraryAttendee, ids["gross"]) == 0
        assert _live(s, TravelLegTraveller, ids["gross"]) == 0
