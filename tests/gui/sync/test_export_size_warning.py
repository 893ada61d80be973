"""The export dialog names the e-mail limit and warns when a package is larger (field test 34,
defect 2), in MB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.gui.qt import Qt
from petdesk.gui.sync.export_dialog import ExportDialog
from petdesk.models import Contact
from petdesk.sync import mail_limit
from tests.core.sync.helpers import PASSPHRASE, make_office

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_export_dialog_warns_above_the_mail_limit(qtbot: Any, tmp_path: Path) -> None:
    db = make_office(tmp_path, "Munich")
    with db.transaction() as session:
        session.add_all(Contact(family_name=f"Braun{i}", given_name="Felix") for i in range(30))
    mail_limit.set_limit_mb(db, 0.001)
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "all.petdesk-sync"))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.recipient.setCurrentIndex(0)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    text = dialog.message.text()
    assert " kB." in text and "Warning: the package is" in text and "USB stick" in text
    assert "import it first" in text  # an export of everything
    dialog.show()
    dialog.grab().save("/tmp/syncfix3/export_warning.png")
    db.close()
