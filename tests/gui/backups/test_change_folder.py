"""File › Backups › Change Folder… says that the earlier backups stay in the old folder and offers
to move them, as the command line's ``backups --folder`` does with ``--move`` (field test 53)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.backups.dialog import BackupsDialog
from petdesk.gui.qt import QMessageBox, Qt
from petdesk.services import backups

#: The offscreen platform warns when a dialog opens; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _dialog_after_change(qtbot, db: Database, new_folder: Path) -> BackupsDialog:  # type: ignore[no-untyped-def]
    backups.create(db.path, backups.MANUAL)
    backups.create(db.path, "before-encrypt")
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    dialog.set_folder(new_folder)  # what the folder chooser gives
    # the new folder holds none yet; the earlier ones are still listed, marked (fixes2, item 3)
    assert [b.earlier_folder for b in dialog.model.rows] == [True, True]
    return dialog


def test_change_folder_offers_to_move_the_earlier_backups(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old, new = backups.folder_for(db.path), tmp_path / "Stick Backups"
    dialog = _dialog_after_change(qtbot, db, new)
    box = dialog.move_box
    assert box.objectName() == "move_backups" and box.isVisible()
    assert "Earlier backups stay in the folders where they were made:" in box.text()
    assert f"• {old}  (2)" in box.text() and f"Move them to {new.resolve()}?" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Moved"), timeout=10000)
    # (English "backups" comes from the plural catalogue)
    assert dialog.message.text().startswith("Moved 2 backup")
    assert dialog.message.text().endswith(f" to {new.resolve()}.")
    assert dialog.model.rowCount() == 2 and not any(b.earlier_folder for b in dialog.model.rows)
    assert len(backups.list_backups(new, db.path.name)) == 2 and not old.exists()


def test_keeping_them_where_they_are_says_so(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = backups.folder_for(db.path)
    dialog = _dialog_after_change(qtbot, db, tmp_path / "Stick Backups")
    qtbot.mouseClick(dialog.move_box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        "Earlier backups stay where they were; they can still be restored from there."
    )
    assert len(backups.list_backups(old, db.path.name)) == 2
