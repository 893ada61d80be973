"""The visit editor's Logistics tab: changes made through the window are held until Save (Discard
drops them), then read back from the database."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui import record_editor
from petdesk.gui.qt import QDate, QDateTime, QPushButton, Qt, QTime
from petdesk.gui.visits.edit import VisitEditor
from petdesk.models import Accommodation, Gift, RoomAssignment, TravelLeg, Vehicle
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_add_travel_leg_in_the_window(qtbot, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Hamburg delegation", start_date=dt.date(2026, 11, 10), end_date=dt.date(2026, 11, 13)
        )
        anna = person(s, "Anna", "Schmidt")
        vs.add_participant(s, v.id, anna.id, "head")
        vid, anna_id = v.id, anna.id
    editor = VisitEditor(db, locale="en", visit_id=vid)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    tab = editor.logistics
    with qtbot.waitSignal(tab.loaded, timeout=10000):  # its tables are read off the GUI thread
        editor.tabs.setCurrentWidget(tab)
    assert tab.isEnabled()

    # a bad leg first: one sentence, nothing saved
    assert not tab.add_leg()
    assert "place it leaves from" in editor.message.text()

    tab.leg_mode.setCurrentIndex(tab.leg_mode.findData("flight"))
    qtbot.keyClicks(tab.leg_number, "LH 720")
    qtbot.keyClicks(tab.leg_carrier, "Lufthansa")
    qtbot.keyClicks(tab.leg_from, "Frankfurt FRA")
    qtbot.keyClicks(tab.leg_to, "Beijing PEK")
    tab.leg_departs.setDateTime(QDateTime(QDate(2026, 11, 9), QTime(17, 55)))
    tab.leg_departs_zone.set_zone("Europe/Berlin")
    tab.leg_arrives.setDateTime(QDateTime(QDate(2026, 11, 10), QTime(10, 5)))
    tab.leg_arrives_zone.set_zone("Asia/Shanghai")
    qtbot.mouseClick(tab.findChild(QPushButton, "add_leg"), Qt.MouseButton.LeftButton)
    assert tab.legs_model.rowCount() == 1 and "not saved yet" in editor.message.text()
    with db.reading() as s:  # held until Save, like the other tabs' changes
        assert s.query(TravelLeg).count() == 0

    # a hotel, then Anna's room in it (the hotel is not saved yet either)
    qtbot.keyClicks(tab.stay_hotel, "Kerry Hotel")
    tab.stay_in.setDate(QDate(2026, 11, 10))
    tab.stay_out.setDate(QDate(2026, 11, 13))
    qtbot.mouseClick(tab.findChild(QPushButton, "add_stay"), Qt.MouseButton.LeftButton)
    tab.stays_view.selectRow(0)
    tab.room_person.setCurrentIndex(tab.room_person.findData(anna_id))
    qtbot.keyClicks(tab.room_number, "1206")
    qtbot.mouseClick(tab.findChild(QPushButton, "assign_room"), Qt.MouseButton.LeftButton)
    assert "Room assigned" in editor.message.text()
    # a gift added and deleted again before saving: forgotten
    qtbot.keyClicks(tab.gift_description, "Tea set")
    qtbot.mouseClick(tab.findChild(QPushButton, "add_gift"), Qt.MouseButton.LeftButton)
    assert tab.gifts_model.rowCount() == 1
    tab.gifts_view.selectRow(0)
    tab._delete_gift()
    assert tab.gifts_model.rowCount() == 0
    assert editor.is_dirty()

    assert editors.save(qtbot, editor)
    with db.reading() as s:
        leg = s.query(TravelLeg).one()
        assert (leg.number, leg.carrier, leg.departs_timezone) == ("LH 720", "Lufthansa", "Europe/Berlin")
        assert leg.departs_at == dt.datetime(2026, 11, 9, 16, 55, tzinfo=dt.UTC)
        assert leg.arrives_at == dt.datetime(2026, 11, 10, 2, 5, tzinfo=dt.UTC)
        assert [t.contact_id for t in leg.travellers] == [anna_id]

    with db.reading() as s:
        (room,) = s.query(RoomAssignment).all()
        assert (room.contact_id, room.room, room.accommodation.hotel) == (anna_id, "1206", "Kerry Hotel")
        assert s.query(Gift).count() == 0

    # Discard drops what the Logistics tab holds.
    qtbot.keyClicks(tab.car_vehicle, "Van")
    qtbot.mouseClick(tab.findChild(QPushButton, "add_car"), Qt.MouseButton.LeftButton)
    assert tab.cars_model.rowCount() == 1
    monkeypatch.setattr(record_editor, "ask_unsaved", lambda _e: record_editor.Unsaved.DISCARD)
    editor.reject()
    assert not editor.isVisible()
    with db.reading() as s:
        assert s.query(Vehicle).count() == 0


def test_logistics_columns_show_their_whole_texts(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Departures read "9 Nov 2026, ..." and flights "CA 734 Air ..." in columns of 100 pixels."""
    from petdesk.services import logistics as ls

    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Hamburg delegation", start_date=dt.date(2026, 11, 10), end_date=dt.date(2026, 11, 13)
        )
        ls.add_travel_leg(
            s,
            v.id,
            departs=dt.datetime(2026, 11, 9, 17, 55),
            arrives=dt.datetime(2026, 11, 10, 10, 5),
            from_place="Frankfurt am Main International Airport",
            to_place="Beijing Capital International Airport",
            departs_timezone="Europe/Berlin",
            number="LH 720",
            carrier="Lufthansa German Airlines",
        )
        ls.add_accommodation(
            s,
            v.id,
            hotel="Grand Hyatt Beijing Dongcheng",
            check_in=dt.date(2026, 11, 10),
            check_out=dt.date(2026, 11, 13),
        )
        vid = v.id
    editor = VisitEditor(db, locale="en", visit_id=vid)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    tab = editor.logistics
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        editor.tabs.setCurrentWidget(tab)
    for view, columns in ((tab.legs_view, (1, 3, 5)), (tab.stays_view, (0,))):
        metrics = view.fontMetrics()
        for column in columns:
            text = view.model().index(0, column).data()
            assert text and view.columnWidth(column) >= metrics.horizontalAdvance(text), (column, text)


def _open_logistics(qtbot, db: Database, vid: str, locale: str = "en"):  # type: ignore[no-untyped-def]
    editor = VisitEditor(db, locale=locale, visit_id=vid)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    tab = editor.logistics
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        editor.tabs.setCurrentWidget(tab)
    return editor, tab


def _retype(edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type over the field's text, as a user selecting it does (keyClicks cannot type 川)."""
    edit.selectAll()
    edit.insert(text)


def test_each_add_keeps_the_values_of_its_click(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Field defect 1: the add buttons held changes that read the fields when the editor replayed
    them, so a second car overwrote the first and cleared fields made every later check and the
    Save fail. Two cars, two hotels, two legs and two gifts, the fields cleared at the end."""
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Chongqing tour", start_date=dt.date(2026, 12, 14), end_date=dt.date(2026, 12, 18)
        )
        vid = v.id
    editor, tab = _open_logistics(qtbot, db, vid)

    def click(name: str) -> None:
        qtbot.mouseClick(tab.findChild(QPushButton, name), Qt.MouseButton.LeftButton)

    for vehicle, driver in (("Coaster 川A·12345", "Li"), ("Buick GL8 川A·67890", "Wang")):
        _retype(tab.car_vehicle, vehicle)
        _retype(tab.car_driver, driver)
        click("add_car")
    for hotel, day in (("Jinjiang Hotel", 14), ("InterContinental Chongqing", 16)):
        _retype(tab.stay_hotel, hotel)
        tab.stay_in.setDate(QDate(2026, 12, day))
        tab.stay_out.setDate(QDate(2026, 12, day + 2))
        click("add_stay")
    for number, (origin, dest) in (
        ("G8501", ("Chengdu East", "Chongqing North")),
        ("G8502", ("Chongqing North", "Chengdu East")),
    ):
        _retype(tab.leg_number, number)
        _retype(tab.leg_from, origin)
        _retype(tab.leg_to, dest)
        day = 14 if number == "G8501" else 18
        tab.leg_departs.setDateTime(QDateTime(QDate(2026, 12, day), QTime(9, 0)))
        tab.leg_arrives.setDateTime(QDateTime(QDate(2026, 12, day), QTime(10, 30)))
        click("add_leg")
    for gift in ("Tea set", "Panda scroll"):
        _retype(tab.gift_description, gift)
        click("add_gift")
    assert sorted(tab.cars_model.index(r, 0).data() for r in range(2)) == [
        "Buick GL8 川A·67890",
        "Coaster 川A·12345",
    ]
    # the fields are free again: clearing them breaks neither the next change nor the Save
    for edit in (tab.car_vehicle, tab.stay_hotel, tab.leg_from, tab.leg_to, tab.gift_description):
        edit.clear()
    tab.cars_view.selectRow(0)
    click("car_serves_all")
    assert "every item" in editor.message.text(), editor.message.text()

    assert editors.save(qtbot, editor), editor.message.text()
    with db.reading() as s:
        assert sorted((c.vehicle, c.driver_name) for c in s.query(Vehicle)) == [
            ("Buick GL8 川A·67890", "Wang"),
            ("Coaster 川A·12345", "Li"),
        ]
        assert sorted((a.hotel, a.check_in.day) for a in s.query(Accommodation)) == [
            ("InterContinental Chongqing", 16),
            ("Jinjiang Hotel", 14),
        ]
        assert sorted((leg.number, leg.from_place) for leg in s.query(TravelLeg)) == [
            ("G8501", "Chengdu East"),
            ("G8502", "Chongqing North"),
        ]
        assert sorted(g.description for g in s.query(Gift)) == ["Panda scroll", "Tea set"]


def test_refusals_read_in_the_chinese_window(qtbot, db: Database, translators) -> None:  # type: ignore[no-untyped-def]
    """Field defect 6: "a vehicle needs a description …" and "a stay needs the hotel's name" were
    shown in English, in red, in the Chinese window."""
    translators("zh_CN")
    with db.transaction() as s:
        vid = vs.create_visit(
            s, title_en="Chongqing tour", start_date=dt.date(2026, 12, 14), end_date=dt.date(2026, 12, 18)
        ).id
    editor, tab = _open_logistics(qtbot, db, vid, locale="zh_CN")
    qtbot.mouseClick(tab.findChild(QPushButton, "add_car"), Qt.MouseButton.LeftButton)
    # said once, on the editor's line (field test 52, defect 9: the tab repeated it)
    assert editor.message.text() == "车辆需要说明，例如品牌、颜色和车牌号" and not tab.message.isVisible()
    qtbot.mouseClick(tab.findChild(QPushButton, "add_stay"), Qt.MouseButton.LeftButton)
    assert editor.message.text() == "住宿需要填写酒店名称"


def test_new_legs_and_hotels_start_on_the_visits_first_day(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Field defect 19: a new travel leg defaulted to today (2026-12-05 09:00), not the visit's days."""
    with db.transaction() as s:
        vid = vs.create_visit(
            s, title_en="Chongqing tour", start_date=dt.date(2026, 12, 14), end_date=dt.date(2026, 12, 18)
        ).id
    _editor, tab = _open_logistics(qtbot, db, vid)
    assert tab.leg_departs.dateTime() == QDateTime(QDate(2026, 12, 14), QTime(9, 0))
    assert tab.leg_arrives.dateTime() > tab.leg_departs.dateTime()
    assert (tab.stay_in.date(), tab.stay_out.date()) == (QDate(2026, 12, 14), QDate(2026, 12, 18))
    # what the user sets stays set when the tab reads the visit again
    tab.leg_departs.setDateTime(QDateTime(QDate(2026, 12, 16), QTime(7, 30)))
    tab.reload()
    assert tab.leg_departs.dateTime() == QDateTime(QDate(2026, 12, 16), QTime(7, 30))


def test_a_new_leg_starts_in_the_visits_time_zone(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Field test 21, §8: the empty leg form showed the computer's zone (UTC) for both ends of a
    visit to Chengdu. The tests' computer is in Shanghai: a visit to Munich shows the difference."""
    with db.transaction() as s:
        vid = vs.create_visit(
            s,
            title_en="Study tour to Munich",
            start_date=dt.date(2026, 12, 14),
            end_date=dt.date(2026, 12, 16),
            timezone="Europe/Berlin",
        ).id
    _editor, tab = _open_logistics(qtbot, db, vid)
    assert tab.leg_departs_zone.zone() == "Europe/Berlin"
    assert tab.leg_arrives_zone.zone() == "Europe/Berlin"
    # the user's choice of zone stays when the tab reads the visit again
    tab.leg_departs_zone.set_zone("Asia/Shanghai")
    tab.reload()
    assert tab.leg_departs_zone.zone() == "Asia/Shanghai"
