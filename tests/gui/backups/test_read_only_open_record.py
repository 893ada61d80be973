"""polish50: a read-only window is for looking at a colleague's file, so a list's Open (and a
double-click) opens the record, its editor with Save held off; the follow-up form, whose Add is
held, takes no typing or choosing either."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from petdesk import connection
from petdesk.db import Database, open_database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.follow_ups.panel import FollowUpPanel
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QAction, QApplication, QDialogButtonBox, QPushButton, Qt, QTimer
from petdesk.services import contacts as contact_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def colleague(db: Database) -> Iterator[Path]:
    """A file with one person, to be opened to look at only."""
    with db.transaction() as session:
        contact_service.create_contact(session, family_name="Krüger", given_name="Thomas")
    db.close()
    yield db.path
    connection.look_only(db.path, looking=False)


def _window(qtbot: Any, path: Path, *, looking: bool) -> tuple[Database, MainWindow]:
    connection.look_only(path, looking=looking)
    db = open_database(path)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)  # type: ignore[attr-defined]
    page.table.selectRow(0)  # type: ignore[attr-defined]
    return db, window


def _seen_in_editor(qtbot: Any, open_it: Any) -> dict[str, Any]:
    """Run ``open_it`` (it opens the modal contact editor) and read the editor once loaded."""
    seen: dict[str, Any] = {}

    def look() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, ContactEditDialog) or editor.is_busy():
            return
        timer.stop()
        box = editor.findChild(QDialogButtonBox)
        seen["name"] = editor.family_name.text()
        seen["save"] = box.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        editor.reject()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    open_it()
    timer.stop()
    return seen


def test_open_shows_the_record_with_save_held_off(qtbot, colleague: Path) -> None:  # type: ignore[no-untyped-def]
    db, window = _window(qtbot, colleague, looking=True)
    try:
        qtbot.waitUntil(lambda: "read only" in window.windowTitle(), timeout=10_000)
        page = window.show_page("contacts")
        open_action = page.findChild(QAction, "action_edit")
        assert open_action.isEnabled()
        assert _seen_in_editor(qtbot, open_action.trigger) == {"name": "Krüger", "save": False}
        window.show()  # a double-click and Enter reach only a shown list
        qtbot.waitExposed(window)
        table = page.table  # type: ignore[attr-defined]
        middle = table.visualRect(table.model().index(0, 0)).center()

        def double_click() -> None:
            # a double-click opens only the row its first press went to
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=middle)
            qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=middle)

        assert _seen_in_editor(qtbot, double_click) == {"name": "Krüger", "save": False}
        window.activateWindow()
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        assert _seen_in_editor(qtbot, lambda: qtbot.keyClick(table, Qt.Key.Key_Return)) == {
            "name": "Krüger",
            "save": False,
        }
    finally:
        window.close()
        db.close()


def _form_enabled(window: MainWindow) -> dict[str, bool]:
    panel = window.show_page("contacts").findChild(FollowUpPanel)
    assert panel is not None
    fields = {"action en": panel.title_en, "action zh": panel.title_zh, "due": panel.due, "note": panel.note}
    enabled = {name: field.isEnabled() for name, field in fields.items()}
    for button in panel.owner.findChildren(QPushButton):  # Choose…, Clear
        enabled[f"owner {button.text()}"] = button.isEnabled()
    return enabled


@pytest.mark.parametrize("looking", [False, True])
def test_the_follow_up_form_is_held_with_its_add(qtbot, colleague: Path, looking: bool) -> None:  # type: ignore[no-untyped-def]
    db, window = _window(qtbot, colleague, looking=looking)
    try:
        enabled = _form_enabled(window)
        assert len(enabled) == 6, enabled
        # Typing on a file of one's own; in a read-only window nothing (its Add is held already).
        assert all(enabled.values()) if not looking else not any(enabled.values()), enabled
    finally:
        window.close()
        db.close()
