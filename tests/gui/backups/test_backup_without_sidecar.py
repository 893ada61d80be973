"""File › Backups… does not say a backup whose .json file is missing holds "0 organisations · 0
contacts" (field test 112: a backup of a month before, 60 contacts in it, was shown as holding none)."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.services import backups

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_backup_without_its_json_is_shown_with_its_contents_unknown(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        session.add(m.Contact(family_name="Krause", given_name="Jonas"))
    info = backups.create(db.path, backups.MANUAL)
    info.path.with_name(info.path.name + ".json").unlink()
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.backups_action.trigger()
    dialog = window.backups_dialog
    row = next(i for i, b in enumerate(dialog.model.rows) if b.path == info.path)
    dialog.table.selectRow(row)
    text = dialog.preview.text()
    assert "0 contacts" not in text
    assert "not known" in text
    assert dialog.restore_button.isEnabled()  # still restorable: the restore checks it first
