"""Restoring another office's backup in File › Backups says, beside "This installation is now
office …", that a stolen laptop keeps that identity and how to have it retired instead (field
test 80: the window said nothing of it, and the office could not retire the thief's laptop)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.qt import QMessageBox, Qt
from tests.gui.backups.test_backups_window import _backup_of_another_office, _restore_first

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_taking_over_an_office_says_what_to_do_if_its_laptop_was_stolen(
    qtbot, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _ours, theirs = _backup_of_another_office(db, tmp_path)
    _window, dialog = _restore_first(qtbot, db)
    qtbot.mouseClick(dialog.take_over_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Restored"), timeout=10000)
    text = dialog.message.text()
    assert f"This installation is now office Laptop EU (id {theirs})." in text
    assert "If the laptop this backup came from was stolen" in text
    assert "Sync › Offices" in text
