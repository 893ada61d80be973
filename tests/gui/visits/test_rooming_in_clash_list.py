"""The visit editor's clash list tells the rooming gaps too (field test 52, defect 4): it said
"No clashes" for a hotel with an empty rooming list."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.visits.list import VisitsPage
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_an_empty_rooming_list_is_an_open_question(qtbot, db: Database, tmp_path) -> None:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Shanghai", start_date=dt.date(2027, 3, 18), end_date=dt.date(2027, 3, 21)
        )
        vs.add_participant(s, v.id, person(s, "Markus", "Lehmann").id, "delegate")
        ls.add_accommodation(
            s,
            v.id,
            hotel="The Peninsula Shanghai",
            check_in=dt.date(2027, 3, 18),
            check_out=dt.date(2027, 3, 21),
        )
        visit_id = v.id
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("visits")
    assert isinstance(page, VisitsPage)
    editor = editors.loaded(qtbot, page.open_visit(visit_id))
    assert editor.clash_texts() == [
        "⚠ Nobody is on the rooming list of The Peninsula Shanghai (nights of 18 Mar 2027 – 20 Mar 2027)"
    ]
    assert editor.clash_title.text() == "No clashes; ⚠ open questions about rooms: 1"
    assert not editor.clashes.isHidden()
    editor.resize(1100, 700)
    editor.grab().save(str(tmp_path / "rooming.png"))
    editor.tabs.setCurrentIndex(0)
    editor.clashes.itemActivated.emit(editor.clashes.item(0))  # no item to show: the tab stays
    assert editor.tabs.currentIndex() == 0


def test_a_vehicle_over_capacity_is_an_open_question(qtbot, db: Database) -> None:
    """Field test 52: "over capacity" was said only under the Logistics tab's vehicle table."""
    from tests.core.visits.test_vehicle_riders import _plan

    with db.transaction() as s:
        ids = _plan(s)
        everyone = [ids["Markus"], ids["Georg"], ids["Lena"]]
        ls.set_vehicle_riders(s, ids["van"], everyone, item_ids=[ids["Site visit"]])
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("visits")
    assert isinstance(page, VisitsPage)
    editor = editors.loaded(qtbot, page.open_visit(ids["visit"]))
    assert editor.clash_texts() == [
        "⚠ Over capacity: Van has 2 seats; 3 people ride in it for “Site visit” (17 Mar 2027)"
    ]
    assert editor.clash_title.text() == "No clashes; ⚠ open questions about rooms and vehicles: 1"


def test_a_guest_in_two_hotels_for_one_night_is_an_open_question(qtbot, db: Database, tmp_path) -> None:
    """Field test 71: a guest booked at a second hotel without leaving the first had no warning."""
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Qingdao", start_date=dt.date(2027, 5, 18), end_date=dt.date(2027, 5, 20)
        )
        jan = person(s, "Jan", "Bakker")
        vs.add_participant(s, v.id, jan.id, "delegate")
        for hotel, room in (("Shangri-La Qingdao", "803"), ("InterContinental Qingdao", "1201")):
            stay = ls.add_accommodation(
                s, v.id, hotel=hotel, check_in=dt.date(2027, 5, 18), check_out=dt.date(2027, 5, 20)
            )
            ls.set_rooming(s, stay.id, [(jan.id, room)])
        visit_id = v.id
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("visits")
    assert isinstance(page, VisitsPage)
    editor = editors.loaded(qtbot, page.open_visit(visit_id))
    assert editor.clash_texts() == [
        "⚠ Jan Bakker has rooms at InterContinental Qingdao and at Shangri-La Qingdao for the same"
        " nights (18 May 2027 – 19 May 2027)"
    ]
    editor.resize(1024, 640)
    editor.grab().save(str(tmp_path / "two_hotels.png"))
