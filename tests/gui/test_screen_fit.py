"""Editors and dialogs open within the screen (the tests' screen is a 1366×768 laptop's)."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.gui.qt import QGuiApplication
from petdesk.gui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH
from petdesk.gui.visits.edit import VisitEditor


def test_the_visit_editor_opens_within_a_laptop_screen(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """It asked for 1100×760: with its title bar, its buttons were below a 1366×768 screen's edge."""
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert (room.width(), room.height()) == (1366, 768)  # tests/offscreen_screen.json
    editor = VisitEditor(db)
    qtbot.addWidget(editor)
    assert editor.width() == 1100  # as wide as it asks: the screen has room
    assert editor.height() == room.height() - FRAME_HEIGHT < 760
    assert editor.width() + FRAME_WIDTH <= room.width()
