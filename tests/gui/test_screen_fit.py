"""Editors and dialogs open within the screen (the tests' screen is a 1366×768 laptop's)."""

from __future__ import annotations

import pytest

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


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_editors_fit_a_1024_by_640_screen(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Their tabs' fields needed 635–711 px of height, so the visit and training editors opened
    taller than the 600 px a 1024×640 screen leaves, the bottom rows out of reach: their content
    now scrolls where the screen is short."""
    from petdesk.gui.print_preview import _show
    from petdesk.gui.trainings.edit import TrainingEditor

    for editor in (VisitEditor(db), TrainingEditor(db)):
        qtbot.addWidget(editor)
        editor.show()
        hint = editor.minimumSizeHint()
        assert hint.height() + FRAME_HEIGHT <= 640 and hint.width() + FRAME_WIDTH <= 1024, (editor, hint)
        if isinstance(editor, VisitEditor):  # a new visit: Logistics waits, like Delegation, for Save
            assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.logistics))
        editor.close()
    # The print preview asked for 900×700 whatever the screen.
    preview = _show(lambda _printer: None, None, "x")
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert preview.height() <= room.height() - FRAME_HEIGHT
    preview.close()
