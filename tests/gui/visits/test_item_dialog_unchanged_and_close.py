"""Two checks of the visit editor's itinerary (field test 40): OK on an item dialog left as it was
holds no change (defect 5), and closing the editor with items and legs added and not saved asks
Save / Discard / Cancel and never drops them silently (the tester could not confirm it)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, QDialogButtonBox, QTimer
from petdesk.gui.visits.item import ItemDialog
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
