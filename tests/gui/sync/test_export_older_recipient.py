"""The export dialog warns when the chosen office's last package named an older schema: that
office refuses the package until its petdesk is updated (field test 55, defect 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, make_office, send
from tests.core.sync.test_older_peer_warning import OLD_SCHEMA, _package_of_an_older_petdesk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_export_dialog_says_munich_cannot_read_the_package(qtbot, tmp_path: Path) -> None:
    qingdao, munich = (make_office(tmp_path / "dbs", name) for name in ("Qingdao", "Munich"))
    send(munich, qingdao, tmp_path, full=True)
    service.import_package(qingdao, _package_of_an_older_petdesk(munich, tmp_path / "mu.pkg"), PASSPHRASE)
    window = MainWindow(qingdao, locale="en")
    qtbot.addWidget(window)
    window.sync_export_action.trigger()
    dialog = window.sync_dialog
    assert dialog.recipient.currentText().startswith("Munich")
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "for-munich.petdesk-sync"))
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert (
        f"Warning: Munich's petdesk is older (its last package: {OLD_SCHEMA}); it cannot read this "
        "package until it is updated." in dialog.message.text()
    )
    dialog.close()
    for db in (qingdao, munich):
        db.close()
