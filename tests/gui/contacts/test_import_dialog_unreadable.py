"""polish63b: the window's contact import said a file it cannot read in its own words ("cannot read
F: No such file or directory"); it says the shared sentence the other imports say
(petdesk.unreadable_file): a mistyped name "F does not exist", a folder gone in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt


def _failed(qtbot, dialog: ImportDialog) -> str:
    with qtbot.waitSignal(dialog.failed, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return str(blocker.args[0])


@pytest.mark.parametrize(
    ("locale", "mistyped", "gone"),
    [
        ("en", "nope.csv does not exist", "the folder is not there"),
        ("zh_CN", "nope.csv 不存在", "文件夹不存在"),
    ],
)
def test_a_file_it_cannot_read_in_the_shared_sentence(
    qtbot, db: Database, tmp_path: Path, locale: str, mistyped: str, gone: str
) -> None:
    for path, said in ((tmp_path / "nope.csv", mistyped), (tmp_path / "stick" / "a.csv", gone)):
        dialog = ImportDialog(db, locale, path=path)
        qtbot.addWidget(dialog)
        message = _failed(qtbot, dialog)
        assert said in message and "No such file" not in message, message
