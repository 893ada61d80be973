"""The import dialog on a disk with no room for the import (field test 88): it showed SQLite's error
whole, the INSERT statement and the first ten people's names, in English in a Chinese window. It now
says in the window's language that writing to the database (named) failed, and nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.core.faults.test_import_full_disk import contacts, outlook_csv, room_for_backup_only
from tests.helpers.file_limit import file_size_limit
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _next(qtbot, dialog: ImportDialog, signal) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(signal, timeout=60_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_full_disk_is_said_plainly(qtbot, translators, db: Database, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    translators(lang)
    file = outlook_csv(tmp_path / "outlook.csv", 3_000)
    dialog = ImportDialog(db, lang, path=file)
    qtbot.addWidget(dialog)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    _next(qtbot, dialog, dialog.planned)
    with file_size_limit(room_for_backup_only(db.path)):
        _next(qtbot, dialog, dialog.failed)
    said = dialog.error_label.text()
    assert str(db.path) in said, said
    assert "INSERT" not in said and "Tang" not in said and "sqlite3" not in said, said
    assert ("writing to the database" in said) if lang == "en" else ("写入数据库" in said), said
    assert contacts(db.path) == 0
