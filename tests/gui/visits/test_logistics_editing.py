"""Field test 52: the Logistics tab chooses who travels on a leg, and edits legs, hotels, vehicles
and gifts in place (a hotel keeps its rooming list); deleting a hotel with rooms asks first."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QDate, QDateTime, QLabel, QMessageBox, QPushButton, Qt, QTime
from petdesk.models import Accommodation, Gift, RoomAssignment, TravelLeg, Vehicle
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.gui.visits.test_logistics_tab import _open_logistics, _retype
from tests.gui.visits.test_remove_person_links import Answers
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _munich_visit(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        vid = vs.create_visit(
            s,
            title_en="Munich delegation",
            start_date=dt.date(2027, 3, 15),
            end_date=dt.date(2027, 3, 23),
            timezone="Asia/Shanghai",
        ).id
        ids = {"visit": vid}
        for given, role in (
            ("Markus", "head"),
            ("Georg", "delegate"),
            ("Lena", "interpreter"),
            ("Wei", "host"),
        ):
            ids[given] = person(s, given, "Test").id
            vs.add_participant(s, vid, ids[given], role)
        stay = ls.add_accommodation(
            s, vid, hotel="Jinjiang Hotel", check_in=dt.date(2027, 3, 17), check_out=dt.date(2027, 3, 20)
        )
        ls.set_rooming(s, stay.id, [(ids["Markus"], "1801"), (ids["Lena"], "1802")])
        ls.add_vehicle(s, vid, vehicle="Coach", driver_name="Li")
        ls.add_gift(s, vid, description="Tea set")
        ids["stay"] = stay.id
    return ids


def _click(qtbot: QtBot, tab, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tab.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_choose_travellers_then_edit_the_leg(qtbot: QtBot, db: Database) -> None:
    ids = _munich_visit(db)
    editor, tab = _open_logistics(qtbot, db, ids["visit"])
    # the delegation side is ticked, the interpreter with it; the host is not
    assert sorted(tab.ticked_travellers()) == sorted([ids["Markus"], ids["Georg"], ids["Lena"]])
    tab.set_travellers_ticked({ids["Markus"], ids["Lena"]})  # Georg joins in Shanghai
    _retype(tab.leg_number, "LH 2386")
    _retype(tab.leg_from, "Munich MUC")
    _retype(tab.leg_to, "Shanghai PVG")
    tab.leg_departs_zone.set_zone("Europe/Berlin")
    tab.leg_departs.setDateTime(QDateTime(QDate(2027, 3, 15), QTime(12, 0)))
    tab.leg_arrives_zone.set_zone("Asia/Shanghai")
    tab.leg_arrives.setDateTime(QDateTime(QDate(2027, 3, 16), QTime(6, 0)))
    _click(qtbot, tab, "add_leg")
    assert tab.legs_model.rowCount() == 1, editor.message.text()

    # choosing the leg puts it in the fields; moved a day later, Georg on it after all
    tab.leg_from.clear()
    tab.legs_view.selectRow(0)
    assert tab.leg_from.text() == "Munich MUC"
    assert tab.leg_departs.dateTime() == QDateTime(QDate(2027, 3, 15), QTime(12, 0))
    assert sorted(tab.ticked_travellers()) == sorted([ids["Markus"], ids["Lena"]])
    tab.leg_departs.setDateTime(QDateTime(QDate(2027, 3, 16), QTime(12, 0)))
    tab.leg_arrives.setDateTime(QDateTime(QDate(2027, 3, 17), QTime(6, 0)))
    tab.set_travellers_ticked({ids["Markus"], ids["Lena"], ids["Georg"]})
    _click(qtbot, tab, "update_leg")
    assert "Travel leg changed" in editor.message.text(), editor.message.text()
    assert tab.legs_model.rowCount() == 1

    assert editors.save(qtbot, editor), editor.message.text()
    with db.reading() as s:
        leg = s.query(TravelLeg).one()
        assert leg.departs_at == dt.datetime(2027, 3, 16, 11, 0, tzinfo=dt.UTC)
        assert leg.arrives_at == dt.datetime(2027, 3, 16, 22, 0, tzinfo=dt.UTC)
        live = sorted(t.contact_id for t in leg.travellers if t.deleted_at is None)
        assert live == sorted([ids["Markus"], ids["Lena"], ids["Georg"]])


def test_edit_hotel_keeps_rooming_and_vehicle_and_gift_edits(qtbot: QtBot, db: Database) -> None:
    ids = _munich_visit(db)
    editor, tab = _open_logistics(qtbot, db, ids["visit"])
    tab.stays_view.selectRow(0)
    assert tab.stay_hotel.text() == "Jinjiang Hotel"
    _retype(tab.stay_hotel, "The Peninsula Shanghai")
    tab.stay_out.setDate(QDate(2027, 3, 21))
    _click(qtbot, tab, "update_stay")
    tab.cars_view.selectRow(0)
    _retype(tab.car_vehicle, "49-seat coach 沪A·12345")
    _click(qtbot, tab, "update_car")
    tab.gifts_view.selectRow(0)
    _retype(tab.gift_description, "Porcelain tea set")
    _click(qtbot, tab, "update_gift")
    assert "Gift changed" in editor.message.text(), editor.message.text()

    assert editors.save(qtbot, editor), editor.message.text()
    with db.reading() as s:
        stay = s.query(Accommodation).one()
        assert (stay.id, stay.hotel, stay.check_out) == (
            ids["stay"],
            "The Peninsula Shanghai",
            dt.date(2027, 3, 21),
        )
        rooms = sorted((r.contact_id, r.room) for r in s.query(RoomAssignment) if r.deleted_at is None)
        assert rooms == sorted([(ids["Markus"], "1801"), (ids["Lena"], "1802")])
        assert s.query(Vehicle).one().vehicle == "49-seat coach 沪A·12345"
        assert s.query(Gift).one().description == "Porcelain tea set"


def test_deleting_a_hotel_with_rooms_asks_and_undo_brings_it_back(
    qtbot: QtBot, db: Database, monkeypatch
) -> None:
    ids = _munich_visit(db)
    editor, tab = _open_logistics(qtbot, db, ids["visit"])
    answers = Answers(QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    tab.stays_view.selectRow(0)
    _click(qtbot, tab, "delete_stay")  # Cancel: nothing held
    assert editor.pending == [] and tab.stays_model.rowCount() == 1
    title, text = answers.asked[0]
    assert title == "Delete hotel"
    # "2 people" once the English catalogue's plurals are built (a worktree reads main's)
    assert text.startswith("2 ") and "have a room at Jinjiang Hotel and will lose it." in text

    _click(qtbot, tab, "delete_stay")  # Yes
    assert tab.stays_model.rowCount() == 0 and len(editor.pending) == 1
    assert editor.undo_held()
    tab.reload()
    assert tab.stays_model.rowCount() == 1
    assert "1801" in tab.stays_model.index(0, 4).data()


def test_assign_room_keeps_the_hotel_and_the_person_chosen(qtbot: QtBot, db: Database) -> None:
    """Field test 52, defect 6: after each "Assign room" the hotel was no longer chosen, and the
    next one said "Choose a hotel in the table and a person first." (35 times for 3 hotels)."""
    ids = _munich_visit(db)
    editor, tab = _open_logistics(qtbot, db, ids["visit"])
    tab.stays_view.selectRow(0)
    for name, room in (("Georg", "1803"), ("Wei", "1804")):
        tab.room_person.setCurrentIndex(tab.room_person.findData(ids[name]))
        _retype(tab.room_number, room)
        _click(qtbot, tab, "assign_room")
        assert "Room assigned" in editor.message.text(), editor.message.text()
        assert tab.stays_view.selectionModel().isRowSelected(0)
        assert tab.room_person.currentData() == ids[name]

    assert editors.save(qtbot, editor), editor.message.text()
    with db.reading() as s:
        rooms = {r.contact_id: r.room for r in s.query(RoomAssignment) if r.deleted_at is None}
    assert (rooms[ids["Georg"]], rooms[ids["Wei"]]) == ("1803", "1804")


def test_seats_riders_and_over_capacity_in_plain_words(qtbot: QtBot, db: Database) -> None:
    """Field test 52, defect 7: seats and riders could only be written in free text."""
    ids = _munich_visit(db)
    with db.transaction() as s:
        start = dt.datetime(2027, 3, 17, 10, 0)
        item = vs.add_item(
            s, ids["visit"], start=start, end=start + dt.timedelta(hours=2), title_en="Welcome meeting"
        )
        ls.set_vehicle_items(s, s.query(Vehicle).one().id, [item.id])
    editor, tab = _open_logistics(qtbot, db, ids["visit"])
    tab.sections.setCurrentIndex(2)
    tab.cars_view.selectRow(0)
    tab.car_seats.setValue(2)
    _click(qtbot, tab, "update_car")
    assert tab.cars_model.index(0, 3).data() == "2"

    car_id = tab.cars_model.row_id(0)
    dialog = tab.car_riders_dialog(car_id)
    assert dialog.item_ids() == [item.id]  # every item it serves, to begin with
    dialog.set_ticked(dialog.people, {ids["Markus"], ids["Georg"], ids["Lena"]})
    assert tab.save_car_riders(car_id, dialog.rider_ids(), dialog.item_ids())
    assert tab.cars_warning.isVisible()
    assert tab.cars_warning.text() == (
        "Over capacity: Coach has 2 seats, but 3 people ride in it for “Welcome meeting”."
    )
    tab.cars_view.selectRow(0)
    tab.car_seats.setValue(49)
    _click(qtbot, tab, "update_car")
    assert not tab.cars_warning.isVisible()

    assert editors.save(qtbot, editor), editor.message.text()
    with db.reading() as s:
        (car,) = ls.logistics(s, ids["visit"]).vehicles
    assert car.seats == 49
    assert sorted(p.id for p in dict(car.riders)[item.id]) == sorted(
        [ids["Markus"], ids["Georg"], ids["Lena"]]
    )


def _shown_texts(editor) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in editor.findChildren(QLabel) if label.isVisible() and label.text()]


def test_one_message_line_and_nothing_stale_after_save(qtbot: QtBot, db: Database, translators) -> None:  # type: ignore[no-untyped-def]
    """Field test 52, defect 9: after Save the editor said "Saved." while the tab still said
    "Emergency sheet saved. (not saved yet)"; the Chinese window showed each held change twice."""
    translators("zh_CN")
    ids = _munich_visit(db)
    editor, tab = _open_logistics(qtbot, db, ids["visit"], locale="zh_CN")
    _retype(tab.gift_description, "瓷器茶具")
    _click(qtbot, tab, "add_gift")
    held = [text for text in _shown_texts(editor) if "尚未保存" in text]
    assert held == ["已添加礼品。（尚未保存）"], held  # once, and no half-width space inside

    assert editors.save(qtbot, editor), editor.message.text()
    assert not [text for text in _shown_texts(editor) if "尚未保存" in text]


def test_emergency_sheet_one_entry_per_city(qtbot: QtBot, db: Database) -> None:
    """Field test 52, defect 8: the Hangzhou entry (the single sheet of before, now dated) and a
    Shanghai entry with its own hospital and days; editing one leaves the other alone."""
    ids = _munich_visit(db)
    with db.transaction() as s:
        ls.set_emergency(s, ids["visit"], hospital="Sir Run Run Shaw Hospital, Hangzhou")
    editor, tab = _open_logistics(qtbot, db, ids["visit"])
    assert (
        tab.emergency["hospital"].text() == "Sir Run Run Shaw Hospital, Hangzhou"
    )  # no row chosen: the first
    _retype(tab.sheet_place, "Hangzhou")
    tab.sheet_dated.setChecked(True)
    tab.sheet_from.setDate(QDate(2027, 3, 16))
    tab.sheet_to.setDate(QDate(2027, 3, 18))
    _click(qtbot, tab, "save_emergency")
    _retype(tab.sheet_place, "Shanghai")
    _retype(tab.emergency["hospital"], "Ruijin Hospital, Shanghai")
    tab.sheet_from.setDate(QDate(2027, 3, 18))
    tab.sheet_to.setDate(QDate(2027, 3, 20))
    _click(qtbot, tab, "add_emergency_entry")
    assert tab.sheet_model.rowCount() == 2, editor.message.text()
    tab.sheet_view.selectRow(0)
    assert (tab.sheet_place.text(), tab.emergency["hospital"].text()) == (
        "Hangzhou",
        "Sir Run Run Shaw Hospital, Hangzhou",
    )
    _retype(tab.emergency["emergency_numbers"], "110 / 120")
    _click(qtbot, tab, "save_emergency")
    assert editors.save(qtbot, editor), editor.message.text()
    with db.reading() as s:
        entries = ls.logistics(s, ids["visit"]).emergency_entries
    assert [(e.place, e.starts_on, e.ends_on, e.hospital, e.emergency_numbers) for e in entries] == [
        (
            "Hangzhou",
            dt.date(2027, 3, 16),
            dt.date(2027, 3, 18),
            "Sir Run Run Shaw Hospital, Hangzhou",
            "110 / 120",
        ),
        ("Shanghai", dt.date(2027, 3, 18), dt.date(2027, 3, 20), "Ruijin Hospital, Shanghai", ""),
    ]
