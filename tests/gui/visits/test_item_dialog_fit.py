"""The itinerary item dialog fits a 1024×640 screen (field test F7: it was 546×694, its minimum
694 px high, OK and Cancel below the screen's edge)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.gui.mnemonic import without_mnemonic
from petdesk.gui.qt import QDialogButtonBox, QLabel
from petdesk.gui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH
from petdesk.gui.visits.item import ItemDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_item_dialog_fits_a_small_screen_with_its_buttons(qtbot: QtBot) -> None:
    people = [(f"c{n}", f"Delegate number {n}") for n in range(8)]
    dialog = ItemDialog(locale="en", timezone="Asia/Shanghai", day=dt.date(2026, 12, 7), people=people)
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.minimumSizeHint()
    assert hint.height() + FRAME_HEIGHT <= 640 and hint.width() + FRAME_WIDTH <= 1024, hint
    dialog.resize(dialog.width(), 640 - FRAME_HEIGHT)
    qtbot.waitUntil(lambda: dialog.height() == 640 - FRAME_HEIGHT)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    bottom = buttons.mapTo(dialog, buttons.rect().bottomLeft()).y()
    assert bottom <= dialog.height()  # OK and Cancel stay in the window; the fields scroll
    # The long label is a short one plus a hint under the list.
    labels = [without_mnemonic(label.text()) for label in dialog.findChildren(QLabel)]  # "&Attendees"
    assert "Attendees" in labels
    assert not any("none ticked" in text for text in labels if len(text) < 30)
