"""The item dialog and the travel legs ask which 02:30 is meant on the night the clocks go back
(25 Oct 2026, Berlin), and store that one; the zone box shows the offset of the chosen time and
"Your time" says the real length (field test 40, defect 1)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, QDate, QDateTime, QDialogButtonBox, QMessageBox, Qt, QTime, QTimer
from petdesk.gui.visits.edit import VisitEditor
from petdesk.models import ItineraryItem, TravelLeg
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = "/tmp/tzfix-shots"


def _qdt(hour: int, minute: int) -> QDateTime:
    return QDateTime(QDate(2026, 10, 25), QTime(hour, minute))


def _visit(db: Database) -> str:
    with db.transaction() as s:
        return vs.create_visit(
            s,
            title_en="Chengdu delegation",
            start_date=dt.date(2026, 10, 24),
            end_date=dt.date(2026, 11, 3),
            timezone="Europe/Berlin",
        ).id


def _editor(qtbot: QtBot, db: Database, visit_id: str) -> VisitEditor:
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    return editors.loaded(qtbot, editor)


def answer(qtbot: QtBot, button: str, seen: list[str], shot: str = "") -> None:
    """Click ``button`` ("earlier", "later") in the question once it shows (it is modal)."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "repeated_hour" and box.isVisible():
            seen.append(box.text())
            if shot:
                box.grab().save(f"{SHOTS}/{shot}.png")
            qtbot.mouseClick(box.findChild(type(box.buttons()[0]), button), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_the_item_dialog_asks_which_0230_and_stores_the_second(qtbot: QtBot, db: Database) -> None:
    os.makedirs(SHOTS, exist_ok=True)
    editor = _editor(qtbot, db, _visit(db))
    dialog = editor.item_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_en, "Frankfurt airport pickup")
    dialog.zone.set_zone("Europe/Berlin")
    dialog.start.setDateTime(_qdt(2, 30))
    dialog.end.setDateTime(_qdt(3, 30))
    assert dialog.zone.currentText() == "Berlin, Germany (UTC+02:00 → UTC+01:00)"
    seen: list[str] = []
    answer(qtbot, "later", seen, shot="item_question_en")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert seen == ["02:30 happens twice that night: summer time (UTC+02:00) or standard time (UTC+01:00)?"]
    assert dialog.result() == dialog.DialogCode.Accepted
    # the zone box tells the offset of the time chosen, and the hour lasts an hour
    assert dialog.zone.currentText() == "Berlin, Germany (UTC+01:00)"
    assert "lasts" not in dialog.viewer_time.text()
    dialog.grab().save(f"{SHOTS}/item_second_0230_en.png")
    assert editor.save_item(dialog)
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        item = s.query(ItineraryItem).one()
        assert item.starts_at == dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)
        assert item.ends_at - item.starts_at == dt.timedelta(hours=1)
    # shown again, the item keeps its 02:30 without asking
    again = editor.item_dialog(item.id)
    qtbot.addWidget(again)
    assert again.zone.currentText() == "Berlin, Germany (UTC+01:00)"
    assert again.values()["start"].astimezone(dt.UTC) == dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)


def test_the_summer_0230_is_said_to_last_two_hours(qtbot: QtBot, db: Database) -> None:
    editor = _editor(qtbot, db, _visit(db))
    dialog = editor.item_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_en, "Frankfurt airport pickup")
    dialog.zone.set_zone("Europe/Berlin")
    dialog.start.setDateTime(_qdt(2, 30))
    dialog.end.setDateTime(_qdt(3, 30))
    seen: list[str] = []
    answer(qtbot, "earlier", seen)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.viewer_time.text().endswith("— lasts 2:00, the clocks change")
    assert dialog.values()["start"].astimezone(dt.UTC) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)


def test_a_leg_arriving_at_the_second_0230(qtbot: QtBot, db: Database) -> None:
    editor = _editor(qtbot, db, _visit(db))
    tab = editor.logistics
    tab.leg_number.setText("CA 451")
    tab.leg_from.setText("TFU")
    tab.leg_to.setText("FRA")
    tab.leg_departs_zone.set_zone("Asia/Shanghai")
    tab.leg_departs.setDateTime(QDateTime(QDate(2026, 10, 24), QTime(16, 0)))
    tab.leg_arrives_zone.set_zone("Europe/Berlin")
    tab.leg_arrives.setDateTime(_qdt(2, 30))
    seen: list[str] = []
    answer(qtbot, "later", seen)
    assert tab.add_leg()
    assert len(seen) == 1
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        assert s.query(TravelLeg).one().arrives_at == dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)
