"""The export dialog checks the passphrase with the core's rule (12 characters, hard to guess) and
says why in the window's language before exporting; the strength shows as it is typed (field
test 6, defect 5: the window said 8, then the export failed in English)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.qt import Qt, QWidget
from petdesk.gui.sync.export_dialog import ExportDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


class _ChineseWindow(QWidget):
    ui_locale = "zh_CN"


@pytest.mark.parametrize("weak", ["shanghai10", "password1234"])
def test_a_weak_passphrase_is_refused_in_chinese_before_exporting(
    qtbot: Any, db: Database, tmp_path: Path, translators: Any, weak: str
) -> None:
    translators("zh_CN")
    window = _ChineseWindow()
    qtbot.addWidget(window)
    dialog = ExportDialog(db, window)
    out = tmp_path / "all.petdesk-sync"
    dialog.path.setText(str(out))
    dialog.passphrase.setText(weak)
    assert "弱" in dialog.strength.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    said = dialog.message.text()
    assert said and not LATIN_WORD.search(said), said
    assert dialog.operation is None and not out.exists()  # refused before any work
    if len(weak) < 12:
        assert "12" in said


def test_a_strong_passphrase_shows_as_strong(qtbot: Any, db: Database) -> None:
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("correct horse battery staple")
    assert dialog.strength.text().startswith("Strength: ") and "weak" not in dialog.strength.text()
