"""shots53b: the Import window's note of a package that did not arrive read "Berlin为本办公室制作的…"
and "无需向Berlin索要" in Chinese, the office's name run into the words, where the line above it says
"来自 Berlin，…" with spaces, as every other sentence naming an office does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.gui.qt import Qt, QWidget
from petdesk.gui.sync.import_dialog import ImportDialog
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE
from tests.core.sync.test_missing_package_in_series import _weeks
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_missing_package_note_spaces_the_office_name(
    qtbot: Any, tmp_path: Path, tree_catalogue: Path, tree_window_catalogue: None
) -> None:
    xian, (week1, _week2, week3) = _weeks(tmp_path)
    assert service.import_package(xian, week1, PASSPHRASE).applied

    class Window(QWidget):
        ui_locale = "zh_CN"

    window = Window()
    qtbot.addWidget(window)
    dialog = ImportDialog(xian, window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.path.setText(str(week3))
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    said = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert "Berlin 为本办公室制作的第 2 号数据包尚未到达" in said, said
    assert "无需向 Berlin 索要" in said and "Berlin为" not in said, said
    xian.close()  # type: ignore[attr-defined]
