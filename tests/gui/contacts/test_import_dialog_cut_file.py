"""The import dialog refuses a UTF-8 file cut inside a character, saying it seems truncated, where
it used to read it as Windows-1251 and show "е§“еђЌ" as a column (field test 12, defect 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.core.contacts.io_helpers import dump
from tests.core.contacts.test_import_cut_inside_character import CUT_CSV

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_file_cut_inside_a_character_is_refused_as_truncated(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cut.csv"
    path.write_bytes(CUT_CSV)
    before = dump(db)
    dialog = ImportDialog(db, "en", path=path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    (message,) = blocker.args
    assert "line 3: the file ends inside a character: the file seems truncated" in message
    assert "Nothing was changed" in message and "cp1251" not in dialog.error_label.text()
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_FILE
    assert dump(db) == before
