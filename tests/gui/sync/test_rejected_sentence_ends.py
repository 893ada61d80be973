"""Finish 52: "The file was rejected: …" (Sync › Import) is a sentence and ends with a full stop in
both languages; the reasons it quotes are clauses without one, so it never shows two."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from tests.gui.sync.test_sync_window import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _rejected_message(qtbot, db: Database, tmp_path: Path, locale: str) -> str:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    bad = tmp_path / "holiday.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    window.sync_import_action.trigger()
    dialog = window.sync_dialog
    qtbot.keyClicks(dialog.path, str(bad))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    text = str(dialog.message.text())
    dialog.close()
    return text


def test_the_english_sentence_ends_with_one_full_stop(qtbot, db: Database, tmp_path: Path) -> None:
    text = _rejected_message(qtbot, db, tmp_path, "en")
    assert text.startswith("The file was rejected: this is not a petdesk sync package")
    assert text.endswith(").") and not text.endswith("..")


@pytest.mark.usefixtures("tree_window_catalogue")
def test_the_chinese_sentence_ends_with_one_full_stop(qtbot, db: Database, tmp_path: Path) -> None:
    text = _rejected_message(qtbot, db, tmp_path, "zh_CN")
    assert text.startswith("文件未被接受：") and text.endswith("。") and not text.endswith("。。")
    assert not text.endswith(".。")
