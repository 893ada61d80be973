"""File › Backups lists a backup that cannot be read with its reason (and the others after it), and
the backups of a folder chosen before, marked; the window calls the services the command line does."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.backups.dialog import BackupsDialog
from petdesk.services import backups

#: The offscreen platform warns when a dialog opens; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _reason_cell(dialog: BackupsDialog, row: int) -> str:
    return str(dialog.model.data(dialog.model.index(row, 1)))


def test_a_dead_link_is_listed_as_unreadable_and_the_others_too(qtbot, db: Database, translators) -> None:  # type: ignore[no-untyped-def]
    translators("en")
    good = backups.create(db.path, backups.MANUAL)
    gone = good.path.with_name(f"{db.path.name}-20200101T000000000000Z-manual.gz")
    gone.symlink_to(good.path.with_name("pulled-out.gz"))
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    rows = {b.path: n for n, b in enumerate(dialog.model.rows)}
    assert "(unreadable)" in _reason_cell(dialog, rows[gone])
    assert dialog.model.data(dialog.model.index(rows[gone], 2)) == "Unreadable"
    assert "(unreadable)" not in _reason_cell(dialog, rows[good.path])
    dialog.table.selectRow(rows[gone])
    assert "This backup cannot be read: the file it points to is gone" in dialog.preview.text()
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(rows[good.path])
    assert dialog.restore_button.isEnabled()


def test_backups_of_an_earlier_folder_are_listed_and_marked(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, translators
) -> None:
    translators("en")
    earlier = backups.create(db.path, backups.MANUAL)
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.set_folder(tmp_path / "Stick")
    dialog.move_box.reject()
    backups.create(db.path, backups.MANUAL)
    dialog.reload()
    assert dialog.model.rowCount() == 2
    row = next(n for n, b in enumerate(dialog.model.rows) if b.path == earlier.path)
    assert "(in an earlier folder)" in _reason_cell(dialog, row)
    assert "(in an earlier folder)" not in _reason_cell(dialog, 1 - row)
    dialog.table.selectRow(row)
    assert f"It is kept in an earlier backup folder: {earlier.path.parent}" in dialog.preview.text()
