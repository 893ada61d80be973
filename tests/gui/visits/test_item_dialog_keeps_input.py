"""The itinerary item dialog checks what the services would refuse, by their own rules, and keeps
what was typed (field test 13, defect 3): each reason under its field, and a change refused after
the dialog closed brings the dialog back with the values and the reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, Qt, QTimer, QWidget
from petdesk.gui.visits.item import ItemDialog
from petdesk.services import contacts as contact_service
from tests.gui.visits.test_protocol_editing import _editor, visit  # noqa: F401  (a fixture)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_each_reason_shows_under_its_field(qtbot: QtBot, db: Database, visit: dict[str, str]) -> None:  # noqa: F811
    editor = _editor(qtbot, db, visit["visit"])
    dialog = editor.item_dialog()
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    # Thirty days long: the service refuses it, and the dialog used to close on it.
    dialog.end.setDateTime(dialog.start.dateTime().addDays(30))
    dialog.place_en.setFocus()
    qtbot.keyClicks(focused(), "Town hall")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    labels = dialog.problems.labels
    assert labels["title"].text() == "an itinerary item needs a title in English or Chinese"
    assert labels["end"].text().startswith("the itinerary item lasts more than")
    assert not labels["start"].isVisible() and labels["end"].isVisible()
    assert focused() is dialog.title_en
    assert dialog.place_en.text() == "Town hall"
    qtbot.keyClicks(focused(), "Visit to the town hall")
    dialog.end.setDateTime(dialog.start.dateTime().addSecs(3600))
    qtbot.keyPress(dialog.title_en, Qt.Key.Key_Return)  # the press closes it
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not labels["title"].isVisible()


def drive(qtbot: QtBot, steps: list[Callable[[ItemDialog], None]]) -> None:
    """Run each step on the item dialog each time it shows (it is modal: exec())."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ItemDialog) and dialog.isVisible() and steps:
            steps.pop(0)(dialog)
        if steps:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_a_refused_change_reopens_the_dialog_with_the_values(
    qtbot: QtBot,
    db: Database,
    visit: dict[str, str],  # noqa: F811
) -> None:
    editor = _editor(qtbot, db, visit["visit"])
    seen: list[tuple[str, str]] = []

    def type_and_ok(dialog: ItemDialog) -> None:
        qtbot.keyClicks(dialog.title_en, "Lunch with the mayor")
        dialog.host.setCurrentIndex(dialog.host.findData(visit["li"]))
        with db.transaction() as s:  # the host is deleted meanwhile (another office's package)
            contact_service.delete_contacts(s, [visit["li"]])
        qtbot.keyPress(dialog.title_en, Qt.Key.Key_Return)

    def look_and_cancel(dialog: ItemDialog) -> None:
        seen.append((dialog.title_en.text(), dialog.error.text()))
        dialog.reject()

    drive(qtbot, [type_and_ok, look_and_cancel])
    editor.add_item()  # returns once the dialog is cancelled
    assert seen and seen[0][0] == "Lunch with the mayor"
    assert "contact" in seen[0][1]
    assert not editor.pending  # nothing held
