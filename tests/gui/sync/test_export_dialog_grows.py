"""The export dialog grows for what it says after an export (shots54): the warning of a package over
the e-mail limit, and then the list of its parts, ran off the dialog's bottom (the last parts cut, the
first line under the hint) because the dialog kept the height it opened with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.gui.qt import QLabel, Qt
from petdesk.gui.sync.export_dialog import ExportDialog
from petdesk.models import Contact
from petdesk.sync import mail_limit
from tests.core.sync.helpers import PASSPHRASE, make_office

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _whole(qtbot: Any, dialog: ExportDialog) -> None:
    """The message shows every line it wraps to, above the buttons."""
    label: QLabel = dialog.message

    def whole() -> bool:
        bottom = label.mapTo(dialog, label.rect().bottomLeft()).y()
        top_of_buttons = dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft()).y()
        return label.height() >= label.heightForWidth(label.width()) and bottom <= top_of_buttons

    qtbot.waitUntil(whole, timeout=10_000)


def test_the_warning_and_the_parts_are_read_whole(qtbot: Any, tmp_path: Path) -> None:
    hub = make_office(tmp_path / "dbs", "Xi'an Hub")
    with hub.transaction() as session:
        session.add_all(
            Contact(family_name=f"Chen{i}", given_name="Bo", notes=f"expo {i}") for i in range(300)
        )
    mail_limit.set_limit_mb(hub, 0.01)  # a part of 10 kB: five or more parts
    dialog = ExportDialog(hub)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "hub.petdesk-sync"))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.recipient.setCurrentIndex(0)
    dialog.show()
    opened = dialog.height()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.split_button.isVisible(), timeout=30_000)
    _whole(qtbot, dialog)
    assert dialog.height() > opened
    qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.parts), timeout=30_000)
    assert len(dialog.parts) >= 5
    _whole(qtbot, dialog)
    assert dialog.parts[-1].path.name in dialog.message.text()
    hub.close()
