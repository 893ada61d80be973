"""Protocol in the window (issue 14): per-item host, interpreter and dress code; the order of precedence
by drag and by keyboard; the itinerary items a car serves; the training venue's address."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.qt import QDialogButtonBox, QDropEvent, QPointF, QPushButton, Qt, QTimer
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from petdesk.gui.visits.logistics import VehicleItemsDialog
from petdesk.models import ItineraryItem, Training, VehicleAssignment
from petdesk.services import logistics as ls
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

D = dt.date(2026, 11, 10)


@pytest.fixture
def visit(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        v = vs.create_visit(s, title_en="Hamburg delegation", start_date=D, end_date=D + dt.timedelta(days=2))
        ids = {"visit": v.id}
        for key, given, family, role in (
            ("anna", "Anna", "Schmidt", "head"),
            ("jens", "Jens", "Müller", "delegate"),
            ("eva", "Eva", "Braun", "delegate"),
            ("li", "Lei", "Li", "host"),
            ("wu", "Min", "Wu", "interpreter"),
        ):
            ids[key] = person(s, given, family).id
            ids[f"p_{key}"] = vs.add_participant(s, v.id, ids[key], role).id
        for n, title in enumerate(("Welcome meeting", "Site visit", "Banquet")):
            start = dt.datetime(2026, 11, 10, 9 + 3 * n)
            ids[f"item{n}"] = vs.add_item(
                s, v.id, title_en=title, start=start, end=start + dt.timedelta(hours=2)
            ).id
        ids["car"] = ls.add_vehicle(s, v.id, vehicle="Black Audi A6", driver_name="Zhao").id
    return ids


def _editor(qtbot, db: Database, vid: str) -> VisitEditor:
    editor = VisitEditor(db, locale="en", visit_id=vid)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    return editor


def test_item_host_interpreter_and_dress_code_are_edited_in_the_item_dialog(
    qtbot, db: Database, visit: dict[str, str]
) -> None:
    editor = _editor(qtbot, db, visit["visit"])
    dialog = editor.item_dialog(visit["item0"])
    dialog.host.setCurrentIndex(dialog.host.findData(visit["li"]))
    dialog.interpreter.setCurrentIndex(dialog.interpreter.findData(visit["wu"]))
    dialog.dress_code.setCurrentIndex(dialog.dress_code.findText("Business attire"))
    qtbot.keyClicks(dialog.seating_note, "Round table, hosts facing the door")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    assert editor.save_item(dialog, visit["item0"])
    assert editors.save(qtbot, editor)  # item changes are held until the visit is saved (one save model)
    with db.reading() as s:
        item = s.get(ItineraryItem, visit["item0"])
        assert (item.host_contact_id, item.interpreter_contact_id) == (visit["li"], visit["wu"])
        assert (item.dress_code, item.seating_note) == (
            "Business attire",
            "Round table, hosts facing the door",
        )
    # the itinerary table shows them; reopening the dialog shows what is saved
    row = editor.items_model.ids().index(visit["item0"])
    headers = [
        editor.items_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(editor.items_model.columnCount())
    ]
    cells = {h: editor.items_model.index(row, c).data() for c, h in enumerate(headers)}
    assert (cells["Host or chair"], cells["Interpreter"], cells["Dress code"]) == (
        "Lei Li",
        "Min Wu",
        "Business attire",
    )
    again = editor.item_dialog(visit["item0"])
    assert again.host.currentData() == visit["li"] and again.dress_code.currentText() == "Business attire"
    # the same person cannot host and interpret: one sentence, the dialog stays open
    again.interpreter.setCurrentIndex(again.interpreter.findData(visit["li"]))
    again._accept()
    assert "cannot also be its interpreter" in again.error.text()
    assert again.result() != again.DialogCode.Accepted


def _drop(listing, source: int, target: int) -> None:
    """A drop of row ``source`` onto the upper half of row ``target``, as the mouse delivers it."""
    listing.setCurrentRow(source)
    rect = listing.visualItemRect(listing.item(target))
    point = QPointF(rect.center().x(), rect.top() + 2)
    mime = listing.model().mimeData([listing.model().index(source, 0)])
    event = QDropEvent(
        point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    listing.dropEvent(event)


def test_order_of_precedence_by_drag_and_by_keyboard(qtbot, db: Database, visit: dict[str, str]) -> None:
    editor = _editor(qtbot, db, visit["visit"])
    tab = editor.logistics
    with qtbot.waitSignal(tab.loaded, timeout=10000):  # its tables are read off the GUI thread
        editor.tabs.setCurrentWidget(tab)
    box = tab.precedence
    assert box.names("delegation") == ["Anna Schmidt", "Eva Braun", "Jens Müller", "Min Wu"]
    assert box.names("host") == ["Lei Li"]

    def saved_order() -> list[tuple[str, int | None]]:
        with db.reading() as s:
            return [(p.name_en, p.precedence) for p in ls.precedence_lists(s, visit["visit"]).delegation]

    before = saved_order()
    # drag Jens (row 2) onto the top: shown at once, held until Save like the rest of the tab
    listing = box.lists["delegation"]
    _drop(listing, 2, 0)
    assert box.names("delegation") == ["Jens Müller", "Anna Schmidt", "Eva Braun", "Min Wu"]
    assert listing.item(0).text().startswith("1. Jens Müller")
    assert "not saved yet" in editor.message.text() and editor.is_dirty()
    assert saved_order() == before

    # keyboard: Anna selected, Ctrl+Up puts her first again; Ctrl+Down on the last row does nothing
    listing.setFocus()
    listing.setCurrentRow(1)
    qtbot.keyClick(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert box.names("delegation") == ["Anna Schmidt", "Jens Müller", "Eva Braun", "Min Wu"]
    assert listing.currentRow() == 0  # the moved name stays selected, so Ctrl+Down can follow
    qtbot.keyClick(listing, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(listing, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert box.names("delegation") == ["Jens Müller", "Eva Braun", "Anna Schmidt", "Min Wu"]
    # the Move up button does the same
    qtbot.mouseClick(box.findChild(QPushButton, "precedence_delegation_up"), Qt.MouseButton.LeftButton)
    assert box.names("delegation") == ["Jens Müller", "Anna Schmidt", "Eva Braun", "Min Wu"]

    # form of address of the selected person, held too
    qtbot.keyClicks(box.address_en, "H.E. Ms. Anna Schmidt")
    box.address_zh.setText("安娜·施密特女士阁下")  # QTest types Latin keys only
    qtbot.mouseClick(box.findChild(QPushButton, "save_address"), Qt.MouseButton.LeftButton)
    assert saved_order() == before
    assert editors.save(qtbot, editor)
    assert saved_order() == [("Jens Müller", 1), ("Anna Schmidt", 2), ("Eva Braun", 3), ("Min Wu", 4)]
    with db.reading() as s:
        anna = next(
            p for p in ls.precedence_lists(s, visit["visit"]).delegation if p.contact_id == visit["anna"]
        )
    assert (anna.form_of_address_en, anna.form_of_address_zh, anna.precedence) == (
        "H.E. Ms. Anna Schmidt",
        "安娜·施密特女士阁下",
        2,
    )

    # Discard drops a held move.
    listing.setCurrentRow(1)
    qtbot.keyClick(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert box.names("delegation")[0] == "Anna Schmidt" and editor.is_dirty()
    from petdesk.gui import record_editor

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(record_editor, "ask_unsaved", lambda _e: record_editor.Unsaved.DISCARD)
        editor.reject()
    assert not editor.isVisible()
    assert saved_order()[0] == ("Jens Müller", 1)


def test_choose_the_items_a_car_serves(qtbot, db: Database, visit: dict[str, str]) -> None:
    editor = _editor(qtbot, db, visit["visit"])
    tab = editor.logistics
    with qtbot.waitSignal(tab.loaded, timeout=10000):  # its tables are read off the GUI thread
        editor.tabs.setCurrentWidget(tab)
    tab.cars_view.selectRow(0)

    def tick() -> None:
        dialog = next(w for w in tab.findChildren(VehicleItemsDialog) if w.isVisible())
        assert dialog.checked_ids() == []
        dialog.set_checked(visit["item0"], True)
        dialog.set_checked(visit["item2"], True)
        dialog.accept()

    QTimer.singleShot(0, tick)
    qtbot.mouseClick(tab.findChild(QPushButton, "car_items"), Qt.MouseButton.LeftButton)
    assert editors.save(qtbot, editor)  # the Logistics tab's changes are held until Save, like the others
    with db.reading() as s:
        served = {
            a.item_id for a in s.query(VehicleAssignment).filter(VehicleAssignment.deleted_at.is_(None))
        }
    assert served == {visit["item0"], visit["item2"]}
    assert tab.cars_model.index(0, 5).data() == "Welcome meeting, Banquet"
    # opened again, the dialog ticks what is saved; unticking one saves the change
    dialog = tab.car_items_dialog(visit["car"])
    assert set(dialog.checked_ids()) == {visit["item0"], visit["item2"]}
    dialog.set_checked(visit["item0"], False)
    assert tab.save_car_items(visit["car"], dialog.checked_ids())
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        assert ls.logistics(s, visit["visit"]).vehicles[0].item_ids == (visit["item2"],)
    # the itinerary shows the car on its item
    row = editor.items_model.ids().index(visit["item2"])
    assert editor.items_model.index(row, editor.items_model.columnCount() - 1).data() == "Black Audi A6"


def test_training_venue_address_is_edited_and_saved(qtbot, db: Database) -> None:
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Waste-to-energy training", start_date=D, end_date=D, venue_en="Tongji University"
        ).id
    editor = TrainingEditor(db, locale="en", training_id=tid)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded):  # read off the GUI thread
        editor.show()
    qtbot.keyClicks(editor.venue_address_en, "1239 Siping Road, Yangpu District, Shanghai")
    editor.venue_address_zh.setText("上海市杨浦区四平路1239号")
    with qtbot.waitSignal(editor.save_finished) as saved:
        editor.save()
    assert saved.args == [True]
    with db.reading() as s:
        t = s.get(Training, tid)
        assert (t.venue_address_en, t.venue_address_zh) == (
            "1239 Siping Road, Yangpu District, Shanghai",
            "上海市杨浦区四平路1239号",
        )
    again = TrainingEditor(db, locale="en", training_id=tid)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded):
        pass
    assert again.venue_address_zh.text() == "上海市杨浦区四平路1239号"


def test_a_dress_code_chosen_in_the_chinese_window_is_stored_in_english(
    qtbot, db: Database, visit: dict[str, str], translators
) -> None:
    """Field defect 8: it was stored as the Chinese text, and printed so in the dossier's English
    column. The dialog shows the presets in Chinese; the item keeps the English preset."""
    translators("zh_CN")
    editor = VisitEditor(db, locale="zh_CN", visit_id=visit["visit"])
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    dialog = editor.item_dialog(visit["item2"])
    dialog.dress_code.setCurrentIndex(dialog.dress_code.findText("正式（深色西装）"))
    assert dialog.dress_code.currentIndex() > 0  # one of the presets, shown in Chinese
    dialog.accept()
    assert editor.save_item(dialog, visit["item2"])
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        assert s.get(ItineraryItem, visit["item2"]).dress_code == "Formal (dark suit)"
    # the window still shows it in Chinese: in the itinerary and when the item is opened again
    shown = [
        editor.items_model.index(r, c).data()
        for r in range(3)
        for c in range(editor.items_model.columnCount())
    ]
    assert "正式（深色西装）" in shown and "Formal (dark suit)" not in shown
    assert editor.item_dialog(visit["item2"]).dress_code.currentText() == "正式（深色西装）"


def test_a_new_interpreter_takes_the_old_ones_tick_in_the_item_dialog(
    qtbot, db: Database, visit: dict[str, str]
) -> None:
    """Field test 11, defect 1: the briefing named the old interpreter as attending."""
    with db.transaction() as s:
        zhou = person(s, "Qiang", "Zhou").id
        vs.add_participant(s, visit["visit"], zhou, "interpreter")
        vs.set_item_attendees(s, visit["item0"], [visit["anna"], visit["wu"]])
        ls.set_item_protocol(
            s, visit["item0"], host_contact_id=visit["li"], interpreter_contact_id=visit["wu"]
        )
    editor = _editor(qtbot, db, visit["visit"])
    dialog = editor.item_dialog(visit["item0"])
    dialog.interpreter.setCurrentIndex(dialog.interpreter.findData(zhou))
    assert sorted(dialog.ticked()) == sorted([visit["anna"], zhou])  # shown before OK
    assert editor.save_item(dialog, visit["item0"])
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        item = s.get(ItineraryItem, visit["item0"])
        assert item.interpreter_contact_id == zhou
        assert {a.contact_id for a in item.attendees if a.deleted_at is None} == {visit["anna"], zhou}
