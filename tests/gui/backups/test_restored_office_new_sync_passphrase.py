"""After a restore made this installation the stolen laptop's office, the window says how to shut the
laptop out while staying that office: a new shared sync passphrase, entered in Settings › Office at
every office (field test 112: it told only how to start as a new office instead)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.backups.restored_office import tell_restored_office
from tests.gui.test_welcome_restore_tells_office import _restored_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_box_names_a_new_shared_sync_passphrase(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, restored, office = _restored_window(qtbot, db, tmp_path, "en")
    try:
        box = tell_restored_office(window, office, "en")
        qtbot.waitUntil(box.isVisible)
        text = box.text()
        assert "agree a new shared sync passphrase with the other offices" in text
        assert "Settings › Office" in text
        box.close()
    finally:
        restored.close()


@pytest.mark.usefixtures("tree_window_catalogue")
def test_in_chinese_too(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, restored, office = _restored_window(qtbot, db, tmp_path, "zh_CN")
    try:
        text = tell_restored_office(window, office, "zh_CN").text()
        assert "新的共享同步密码" in text and "设置 › 办公室" in text
        assert "passphrase" not in text
    finally:
        restored.close()
