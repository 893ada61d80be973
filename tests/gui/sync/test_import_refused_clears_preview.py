"""A file the import dialog refuses leaves no earlier file's preview standing (shots54): after a
package's preview, a missing part's refusal was shown under that package's sender and counts, as if
they were this file's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.gui.qt import Qt
from petdesk.gui.sync.import_dialog import ImportDialog
from petdesk.models import Contact
from tests.core.sync.helpers import PASSPHRASE, export, make_office

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _preview(qtbot: Any, dialog: ImportDialog, path: Path) -> None:
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)


def test_a_refused_file_shows_no_earlier_preview(qtbot: Any, tmp_path: Path) -> None:
    hub, berlin = make_office(tmp_path / "dbs", "Xi'an Hub"), make_office(tmp_path / "dbs", "Berlin")
    with hub.transaction() as session:
        session.add(Contact(family_name="Chen", given_name="Bo"))
    package = export(hub, tmp_path / "hub.petdesk-sync").path
    dialog = ImportDialog(berlin)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.show()
    _preview(qtbot, dialog, package)
    assert "Xi'an Hub" in dialog.summary.text() and dialog.model.rowCount() > 0
    cut = tmp_path / "cut.petdesk-sync"
    cut.write_bytes(package.read_bytes()[:200])  # cut short on the way
    _preview(qtbot, dialog, cut)
    assert dialog.message.text().startswith("The file was rejected")
    assert dialog.summary.text() == "" and dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    hub.close()
    berlin.close()
