"""The Import window says its backup still holds erased records only when it does (field test 49,
defect 3: a new office's first import said so of a backup of an empty database)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.services import privacy
from tests.core.privacy.test_erasure import make_person
from tests.core.sync.helpers import PASSPHRASE, export, make_office
from tests.helpers.sync_dialog import previewed_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_first_import_does_not_say_its_backup_holds_erased_people(qtbot: QtBot, tmp_path: Path) -> None:
    munich, hamburg = (make_office(tmp_path / "dbs", name) for name in ("Munich", "Hamburg"))
    try:
        person_id, _ = make_person(munich)
        privacy.erase(munich, person_id, look_in_backups=False)
        package = tmp_path / "all.petdesk-sync"
        export(munich, package)

        window = MainWindow(hamburg, locale="en")
        qtbot.addWidget(window)
        dialog = previewed_import(qtbot, window, package, PASSPHRASE)
        with qtbot.waitSignal(dialog.imported, timeout=20_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert "Backup: " in dialog.message.text()
        assert "still holds" not in dialog.message.text()
        dialog.close()
    finally:
        munich.close()
        hamburg.close()
