"""The visit editor's and the itinerary item dialog's zone boxes show the offset on the record's
days, as the training editor's does: a visit in July shows summer time whatever the day it is edited.

A summer visit and a winter one are both checked, so one of them differs from today's offset."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.qt import QDate, QDateTime, QTime
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def make_visit(db: Database, start: dt.date, end: dt.date) -> tuple[str, str]:
    """A visit to Berlin on these days with one meeting on its first day in New York's zone."""
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Berlin delegation", start_date=start, end_date=end, timezone="Europe/Berlin"
        )
        item = vs.add_item(
            s,
            visit.id,
            title_en="Call with New York",
            start=dt.datetime.combine(start, dt.time(9)),
            end=dt.datetime.combine(start, dt.time(10)),
            timezone="America/New_York",
        )
        return visit.id, item.id


def open_editor(qtbot, db: Database, visit_id: str, locale: str = "en") -> VisitEditor:
    editor = VisitEditor(db, locale=locale, visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    return editors.loaded(qtbot, editor)


@pytest.mark.parametrize(
    ("start", "end", "berlin", "new_york"),
    [
        (dt.date(2027, 7, 12), dt.date(2027, 7, 16), "(UTC+02:00)", "(UTC−04:00)"),
        (dt.date(2027, 1, 11), dt.date(2027, 1, 15), "(UTC+01:00)", "(UTC−05:00)"),
    ],
    ids=["summer", "winter"],
)
def test_visit_and_item_show_the_offset_on_their_days(
    qtbot, db: Database, start: dt.date, end: dt.date, berlin: str, new_york: str
) -> None:
    visit_id, item_id = make_visit(db, start, end)
    editor = open_editor(qtbot, db, visit_id)
    assert editor.zone.currentText() == f"Berlin, Germany {berlin}"
    assert editor.zone.zone() == "Europe/Berlin"
    dialog = editor.item_dialog(item_id)
    qtbot.addWidget(dialog)
    assert dialog.zone.currentText().endswith(new_york) and dialog.zone.zone() == "America/New_York"
    # A new item starts on the visit's last item's day: the offsets of that day.
    new = editor.item_dialog()
    qtbot.addWidget(new)
    assert new.zone.currentText() == f"Berlin, Germany {berlin}"


def test_the_offsets_follow_the_dates_as_they_are_edited(qtbot, db: Database) -> None:
    visit_id, item_id = make_visit(db, dt.date(2027, 7, 12), dt.date(2027, 7, 16))
    editor = open_editor(qtbot, db, visit_id)
    # EU summer time begins on 28 March 2027: a visit across it shows both offsets.
    editor.start_date.setDate(QDate(2027, 3, 26))
    editor.end_date.setDate(QDate(2027, 3, 30))
    assert editor.zone.currentText() == "Berlin, Germany (UTC+01:00 → UTC+02:00)"
    editor.start_date.setDate(QDate(2027, 1, 4))
    editor.end_date.setDate(QDate(2027, 1, 8))
    assert editor.zone.currentText() == "Berlin, Germany (UTC+01:00)"
    # The item moved to January (the end follows the start): New York's winter offset.
    dialog = editor.item_dialog(item_id)
    qtbot.addWidget(dialog)
    dialog.start.setDateTime(QDateTime(QDate(2027, 1, 5), QTime(9, 0)))
    assert dialog.end.dateTime().date() == QDate(2027, 1, 5)
    assert dialog.zone.currentText().endswith("(UTC−05:00)")
    assert dialog.values()["timezone"] == "America/New_York"


def test_in_chinese(qtbot, db: Database, translators) -> None:
    translators("zh_CN")
    visit_id, _item = make_visit(db, dt.date(2027, 7, 12), dt.date(2027, 7, 16))
    editor = open_editor(qtbot, db, visit_id, "zh_CN")
    assert editor.zone.currentText() == "柏林，德国（UTC+02:00）"
    dialog = editor.item_dialog()
    qtbot.addWidget(dialog)
    assert dialog.zone.currentText() == "柏林，德国（UTC+02:00）"
    dialog.start.setDateTime(QDateTime(QDate(2027, 1, 5), QTime(9, 0)))
    assert dialog.zone.currentText() == "柏林，德国（UTC+01:00）"


def test_travel_leg_zone_boxes_show_the_offset_on_the_legs_days(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """A return flight on 29 Mar 2027 leaves Copenhagen at UTC+02:00, whatever today's offset is
    (field test 24: the box read "(UTC+01:00)" in December); a leg in January is at +01:00."""
    visit_id, _item = make_visit(db, dt.date(2027, 3, 24), dt.date(2027, 3, 29))
    editor = open_editor(qtbot, db, visit_id)
    tab = editor.logistics
    tab.leg_departs_zone.set_zone("Europe/Copenhagen")
    tab.leg_arrives_zone.set_zone("Europe/Berlin")
    for day, offset in ((QDate(2027, 3, 29), "(UTC+02:00)"), (QDate(2027, 1, 12), "(UTC+01:00)")):
        tab.leg_departs.setDateTime(QDateTime(day, QTime(13, 0)))
        tab.leg_arrives.setDateTime(QDateTime(day, QTime(15, 0)))
        assert tab.leg_departs_zone.currentText() == f"Copenhagen, Denmark {offset}"
        assert tab.leg_arrives_zone.currentText() == f"Berlin, Germany {offset}"
