"""The Import window lists this office's records whose free text still names a person the package
erased, deleted ones said to be so, for the office to edit as the erasing office does."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from tests.core.sync.helpers import PASSPHRASE
from tests.core.sync.test_erasure_mentions_received import _offices
from tests.helpers.sync_dialog import previewed_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_import_result_lists_records_naming_the_erased_person(qtbot: QtBot, tmp_path: Path) -> None:
    beijing, bonn, _person, ids = _offices(tmp_path, tmp_path / "dbs")
    try:
        window = MainWindow(bonn, locale="en")
        qtbot.addWidget(window)
        dialog = previewed_import(qtbot, window, tmp_path / "erasure.petdesk-sync", PASSPHRASE)
        with qtbot.waitSignal(dialog.imported, timeout=20_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        told = dialog.message.text()
        assert "A person this package erased is still named in 2 record" in told
        assert f"• Activity {ids['met'][:8]}, Subject: Met Brunhilde Quixotewald at IFAT" in told
        assert f"• Activity (deleted) {ids['gone'][:8]}" in told
        assert dialog.sizeHint().height() <= 640  # the list fits the smallest screen
        dialog.close()
    finally:
        beijing.close()
        bonn.close()


def test_the_preview_lists_them_before_the_import(qtbot: QtBot, tmp_path: Path) -> None:
    """The dry run the window previews with lists them too: the office knows before pressing Import."""
    beijing, bonn, _person, ids = _offices(tmp_path, tmp_path / "dbs")
    try:
        window = MainWindow(bonn, locale="en")
        qtbot.addWidget(window)
        dialog = previewed_import(qtbot, window, tmp_path / "erasure.petdesk-sync", PASSPHRASE)
        told = dialog.message.text()
        assert "A person this package erases is still named in 2 record" in told
        assert f"• Activity {ids['met'][:8]}, Subject: Met Brunhilde Quixotewald at IFAT" in told
        assert dialog.sizeHint().height() <= 640
        dialog.close()
    finally:
        beijing.close()
        bonn.close()
