"""Two checks of the visit editor's itinerary (field test 40): OK on an item dialog left as it was
holds no change (defect 5), and closing the editor with items and legs added and not saved asks
Save / Discard / Cancel and never drops them silently (the tester could not confirm it)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui import record_editor
from petdesk.gui.qt import QApplication, QDialogButtonBox, QMessageBox, Qt, QTimer
from petdesk.gui.record_editor import Unsaved
from petdesk.gui.visits.item import ItemDialog
from petdesk.models import ItineraryItem, TravelLeg
from tests.gui.visits.test_protocol_editing import _editor, visit  # noqa: F401  (a fixture)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def press_ok(dialog: ItemDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_ok_on_an_unchanged_item_holds_nothing(qtbot: QtBot, db: Database, visit: dict[str, str]) -> None:  # noqa: F811
    editor = _editor(qtbot, db, visit["visit"])
    editor.items_view.selectRow(0)

    def ok_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ItemDialog) and dialog.isVisible():
            press_ok(dialog)
        else:
            QTimer.singleShot(20, ok_when_shown)

    QTimer.singleShot(0, ok_when_shown)
    editor.edit_item()  # through the editor's own path, as Edit… does
    assert editor.pending == []
    assert not editor.is_dirty()


def add_item_through_the_dialog(qtbot: QtBot, editor, title: str) -> None:
    def type_and_ok() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ItemDialog) and dialog.isVisible():
            qtbot.keyClicks(dialog.title_en, title)
            press_ok(dialog)
        else:
            QTimer.singleShot(20, type_and_ok)

    QTimer.singleShot(0, type_and_ok)
    editor.add_item()


@pytest.mark.parametrize("answer", [Unsaved.CANCEL, Unsaved.SAVE, Unsaved.DISCARD])
def test_closing_with_unsaved_items_and_legs_asks(
    qtbot: QtBot,
    db: Database,
    visit: dict[str, str],  # noqa: F811
    answer: Unsaved,
) -> None:
    editor = _editor(qtbot, db, visit["visit"])
    add_item_through_the_dialog(qtbot, editor, "Farewell dinner")
    add_item_through_the_dialog(qtbot, editor, "Airport transfer")
    tab = editor.logistics
    tab.leg_number.setText("CA 878")
    tab.leg_from.setText("CPH")
    tab.leg_to.setText("TFU")
    tab.leg_arrives.setDateTime(tab.leg_departs.dateTime().addSecs(11 * 3600))
    assert tab.add_leg()
    assert len(editor.pending) == 3
    # The real question box, answered by clicking its button.
    buttons = {
        Unsaved.SAVE: QMessageBox.StandardButton.Save,
        Unsaved.DISCARD: QMessageBox.StandardButton.Discard,
        Unsaved.CANCEL: QMessageBox.StandardButton.Cancel,
    }
    asked: list[str] = []

    def click_answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "unsaved_changes":
            asked.append(box.text())
            qtbot.mouseClick(box.button(buttons[answer]), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, click_answer)

    QTimer.singleShot(0, click_answer)
    editor.close()
    assert asked == ["Save the changes before closing?"]
    with db.reading() as s:
        titles = {i.title_en for i in s.query(ItineraryItem).filter(ItineraryItem.deleted_at.is_(None))}
        legs = s.query(TravelLeg).filter(TravelLeg.deleted_at.is_(None)).count()
    saved = answer == Unsaved.SAVE
    assert ("Farewell dinner" in titles, "Airport transfer" in titles, legs) == (saved, saved, int(saved))
    if answer == Unsaved.CANCEL:
        assert editor.isVisible() and len(editor.pending) == 3  # still there to save
        record_editor.discard_open_editors()
    else:
        assert not editor.isVisible()
