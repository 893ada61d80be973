"""Round 55: the visit editor's draft keeps the Logistics tab's changes. Before, a hotel room, a
vehicle and its riders and a gift held until Save were left out of the draft and counted lost after
a kill ("3 changes could not be recovered"); now they come back and Save writes them.

"Killed" as in ``test_drafts_everywhere``: the draft is copied, the editor closed without saving
(which removes the draft) and the copy put back, as a dead battery leaves it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk import drafts, i18n
from petdesk.db import Database
from petdesk.gui import record_editor
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QLabel, QPushButton, Qt
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.gui.test_drafts_everywhere import _left_behind
from tests.gui.visits.test_logistics_tab import _open_logistics, _retype
from tests.helpers.draft_answers import answer

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _click(qtbot: QtBot, tab, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tab.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def _steps_in_draft(editor: record_editor.RecordEditor) -> int:
    path = editor.draft_path
    if path is None or not path.exists():
        return -1
    return len(drafts.read_draft(path).values.get("steps") or [])


def test_a_room_a_vehicle_with_a_rider_and_a_gift_come_back_from_the_draft_and_are_saved(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(record_editor.RecordEditor, "DRAFT_DELAY_MS", 200)
    with db.transaction() as s:
        vid = vs.create_visit(
            s,
            title_en="Munich delegation",
            start_date=dt.date(2027, 3, 15),
            end_date=dt.date(2027, 3, 18),
            timezone="Asia/Shanghai",
        ).id
        markus = person(s, "Markus", "Test").id
        vs.add_participant(s, vid, markus, "head")
        start = dt.datetime(2027, 3, 16, 10, 0)
        item = vs.add_item(s, vid, start=start, end=start + dt.timedelta(hours=2), title_en="Site visit").id

    editor, tab = _open_logistics(qtbot, db, vid)
    # a hotel added, and Markus's room in it (a step naming the hotel the step before added)
    tab.sections.setCurrentIndex(1)
    _retype(tab.stay_hotel, "Jinjiang Hotel")
    _click(qtbot, tab, "add_stay")
    tab.stays_view.selectRow(0)
    tab.room_person.setCurrentIndex(tab.room_person.findData(markus))
    _retype(tab.room_number, "1801")
    _click(qtbot, tab, "assign_room")
    assert "Room assigned" in editor.message.text(), editor.message.text()
    # a van added, serving the site visit, Markus riding in it
    tab.sections.setCurrentIndex(2)
    _retype(tab.car_vehicle, "Van")
    _click(qtbot, tab, "add_car")
    tab.cars_view.selectRow(0)
    car_id = tab.cars_model.row_id(0)
    items = tab.car_items_dialog(car_id)
    items.set_checked(item, True)
    assert tab.save_car_items(car_id, items.checked_ids())
    riders = tab.car_riders_dialog(car_id)
    riders.set_ticked(riders.people, {markus})
    assert tab.save_car_riders(car_id, riders.rider_ids(), riders.item_ids())
    # a gift
    tab.sections.setCurrentIndex(3)
    _retype(tab.gift_description, "Porcelain tea set")
    _click(qtbot, tab, "add_gift")
    assert len(editor.pending) == 6, editor.message.text()
    # the draft is rewritten every few seconds: wait for the one holding all six steps (an earlier
    # draft, written while the van was being set up, already exists)
    qtbot.waitUntil(lambda: _steps_in_draft(editor) == 6, timeout=20000)

    path = _left_behind(qtbot, editor)
    kept = drafts.read_draft(path).values["steps"]
    assert [step[0] for step in kept] == [
        "logistics_add_accommodation",
        "logistics_set_rooming",
        "logistics_add_vehicle",
        "logistics_set_vehicle_items",
        "logistics_set_vehicle_riders",
        "logistics_add_gift",
    ]
    with db.reading() as s:
        nothing = ls.logistics(s, vid)
    assert (nothing.stays, nothing.vehicles, nothing.gifts) == ((), (), ())  # nothing saved

    seen = answer(monkeypatch, "Recover")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=20000)
    page = window.page("visits")
    qtbot.waitUntil(lambda: bool(page.editors), timeout=20000)
    again = page.editors[0]
    qtbot.waitUntil(again.is_dirty, timeout=20000)
    assert again.findChild(QLabel, "draft_recovered") is not None
    assert len(again.pending) == 6
    assert "could not be recovered" not in again.message.text(), again.message.text()
    # all three shown on the Logistics tab, unsaved
    with qtbot.waitSignal(again.logistics.loaded, timeout=10000):
        again.tabs.setCurrentWidget(again.logistics)
    shown = again.logistics
    assert shown.stays_model.index(0, 0).data() == "Jinjiang Hotel"
    assert "1801" in shown.stays_model.index(0, 4).data()
    assert shown.cars_model.index(0, 0).data() == "Van"
    assert shown.cars_model.index(0, 4).data() == "Markus Test"
    assert shown.gifts_model.index(0, 1).data() == "Porcelain tea set"

    with qtbot.waitSignal(again.save_finished, timeout=10000) as finished:
        again.save()
    assert finished.args == [True], again.message.text()
    with db.reading() as s:
        saved = ls.logistics(s, vid)
    ((stay,), (van,), (gift,)) = saved.stays, saved.vehicles, saved.gifts
    assert stay.hotel == "Jinjiang Hotel"
    assert [(r.person.id, r.room) for r in stay.rooms] == [(markus, "1801")]
    assert van.vehicle == "Van" and van.item_ids == (item,)
    assert [[p.id for p in people] for _item, people in van.riders] == [[markus]]
    assert gift.description == "Porcelain tea set"
    again.close()
    assert not list(drafts.folder_for(db.path).glob("*" + drafts.SUFFIX))  # saved: the draft is gone


#: The sentence after a recovery for what truly cannot be held again (``VisitEditor.restore_draft``).
LOST = (
    "%Ln change(s) of the draft could not be recovered (no longer possible, or made on the Logistics "
    "tab with an older petdesk): make them again."
)


@pytest.mark.parametrize(
    ("locale", "one", "three"),
    [
        (
            "en",
            "1 change of the draft could not be recovered (no longer possible, or made on the Logistics "
            "tab with an older petdesk): make it again.",
            "3 changes of the draft could not be recovered (no longer possible, or made on the Logistics "
            "tab with an older petdesk): make them again.",
        ),
        (
            "zh_CN",
            "草稿中有 1 项更改无法恢复（已不再可行，或是用旧版 petdesk 在“后勤安排”页中所做）："
            "请重新操作。",
            "草稿中有 3 项更改无法恢复（已不再可行，或是用旧版 petdesk 在“后勤安排”页中所做）："
            "请重新操作。",
        ),
    ],
)
def test_the_changes_not_recovered_are_counted_in_the_language(  # type: ignore[no-untyped-def]
    translators, monkeypatch, locale, one, three
) -> None:
    from petdesk.gui.qt import QCoreApplication

    # this tree's catalogues, not those of the checkout petdesk is installed from (see tree_catalogue)
    monkeypatch.setattr(
        i18n, "translations_dir", lambda: Path(__file__).resolve().parents[3] / "translations"
    )
    translators(locale)
    assert QCoreApplication.translate("VisitEditor", LOST, "", 1) == one
    assert QCoreApplication.translate("VisitEditor", LOST, "", 3) == three
