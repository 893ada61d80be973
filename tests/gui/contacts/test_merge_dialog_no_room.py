"""A merge the disk refuses (errors53): the dialog's status line showed ``str(exc)``, SQLite's
statement with the contacts' names, in English in a Chinese window. It now says, in the window's
language, that writing to the database (named) failed; both records are as they were. The disk is
really out of room: a file-size limit refuses the write."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.merge_dialog import MergeDialog
from petdesk.gui.qt import Qt
from tests.core.contacts.io_helpers import data_dump
from tests.gui.contacts.test_merge_dialog import _two_zhangs
from tests.helpers.file_limit import file_size_limit, no_room_for_a_write
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize(("lang", "said"), [("en", "writing to the database"), ("zh_CN", "写入数据库")])
def test_a_merge_on_a_full_disk_names_the_database(  # type: ignore[no-untyped-def]
    qtbot, translators, db: Database, tmp_path: Path, monkeypatch, lang: str, said: str
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # the error log goes there
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    translators(lang)
    _two_zhangs(db)
    before = data_dump(db)
    dialog = MergeDialog(db, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.pairs_loaded, timeout=10_000):
        pass
    assert dialog.merge_button.isEnabled()
    with file_size_limit(no_room_for_a_write(db.path)), qtbot.waitSignal(dialog.failed, timeout=10_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    message = dialog.status_label.text()
    assert said in message and str(db.path) in message, message
    assert "sqlite3" not in message and "INSERT" not in message and "UPDATE" not in message, message
    assert "Zhang" not in message, message
    assert data_dump(db) == before
