"""After the welcome page's Restore from a Backup… (a new laptop replacing a stolen one, field test
80) the window says which office this installation now is, that a stolen laptop keeps that identity,
and that a package the old laptop e-mailed after the backup comes back through Sync › Import: the
window opened on the restored office without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui import welcome
from petdesk.gui.app import open_chosen_database
from petdesk.gui.backups.restored_office import tell_restored_office
from petdesk.gui.main_window import MainWindow
from tests.core.safety.test_encryption import PASSPHRASE
from tests.core.safety.test_restore_new_installation import handover_backup

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _restored_window(qtbot, db: Database, tmp_path: Path, locale: str):  # type: ignore[no-untyped-def]
    handover, hub_id, _peers = handover_backup(tmp_path / "stolen laptop")
    dialog = welcome.WelcomeDialog(db, locale)
    qtbot.addWidget(dialog)
    assert dialog.restore_backup(handover, PASSPHRASE)
    office = dialog.restored.new_office
    assert office is not None and office.id == hub_id
    restored = open_chosen_database(db, dialog.choice)
    window = MainWindow(restored, locale=locale)
    qtbot.addWidget(window)
    return window, restored, office


def test_the_window_says_which_office_it_became_and_what_a_stolen_laptop_means(
    qtbot, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, restored, office = _restored_window(qtbot, db, tmp_path, "en")
    try:
        box = tell_restored_office(window, office, "en")
        qtbot.waitUntil(box.isVisible)
        text = box.text()
        assert f"This installation is now office {office.name} (id {office.id})." in text
        assert "If the laptop this backup came from was stolen" in text
        assert "Sync › Import" in text
        box.close()
    finally:
        restored.close()


@pytest.mark.usefixtures("tree_window_catalogue")
def test_in_chinese_too(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, restored, office = _restored_window(qtbot, db, tmp_path, "zh_CN")
    try:
        box = tell_restored_office(window, office, "zh_CN")
        text = box.text()
        assert "本机现在是办公室" in text and "被盗" in text and "同步 › 导入" in text
        assert "stolen" not in text
        box.close()
    finally:
        restored.close()
