"""Field test 32, §9: the focus opens in the backups table and Tab moved from cell to cell in it
for ever, so Back Up Now, Restore and Close could not be reached by Tab."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.qt import QApplication, Qt
from petdesk.services import backups

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_tab_leaves_the_backups_table(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from petdesk.gui.backups.dialog import BackupsDialog

    for reason in (backups.MANUAL, "before-sync-import"):
        backups.create(db.path, reason)
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.table
