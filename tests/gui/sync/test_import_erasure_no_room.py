"""The Import window, on a disk with no room to rewrite the file after a package erased a person:
the import is committed, so it says "Imported" and how to clear the erased pieces, not "Import
failed" (field test 59)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.services import privacy
from tests.core.privacy.test_erasure import make_person
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send
from tests.helpers.file_limit import file_size_limit, no_room_to_rewrite
from tests.helpers.sync_dialog import previewed_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_import_that_erases_on_a_full_disk_says_imported(qtbot: QtBot, tmp_path: Path) -> None:
    munich, hamburg = (make_office(tmp_path / "dbs", name) for name in ("Munich", "Hamburg"))
    try:
        person_id, _ = make_person(munich)
        send(munich, hamburg, tmp_path, full=True)
        send(hamburg, munich, tmp_path)
        privacy.erase(munich, person_id, look_in_backups=False)
        package = tmp_path / "erasure.petdesk-sync"
        export(munich, package, to=office_id(hamburg))

        window = MainWindow(hamburg, locale="en")
        qtbot.addWidget(window)
        dialog = previewed_import(qtbot, window, package, PASSPHRASE)
        # Room for the backup's copy of the file, not for the rewrite (every page again, a header each).
        room = no_room_to_rewrite(hamburg.path) * 2 + 4096
        with file_size_limit(room), qtbot.waitSignal(dialog.imported, timeout=30_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        text = dialog.message.text()
        assert text.startswith("Imported") and "Import failed" not in text, text
        assert "could not be rewritten" in text and f"petdesk person erase {person_id}" in text
        dialog.close()
    finally:
        munich.close()
        hamburg.close()
