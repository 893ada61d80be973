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


def _export(qtbot: Any, db: Any, out: Path) -> ExportDialog:
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(out))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.recipient.setCurrentIndex(0)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    return dialog


def test_a_package_under_the_limit_whose_e_mail_is_over_it_is_warned_of(qtbot: Any, tmp_path: Path) -> None:
    """The mail server counts the encoded e-mail, a third larger than the file: a package a tenth under
    the limit does not go (it was said to fit)."""
    db = make_office(tmp_path, "Munich")
    with db.transaction() as session:
        session.add_all(Contact(family_name=f"Braun{i}", given_name="Felix") for i in range(30))
    first = _export(qtbot, db, tmp_path / "first.petdesk-sync")
    assert first.result is not None and "Warning" not in first.message.text()  # 25 MB: it fits
    limit = round(first.result.size * 1.1 / 1e6, 4)
    mail_limit.set_limit_mb(db, limit)
    second = _export(qtbot, db, tmp_path / "second.petdesk-sync")
    assert second.result is not None and second.result.size < limit * 1e6
    text = second.message.text()
    assert "Warning: the package is" in text and "as an e-mail (attachments are encoded" in text
    assert second.split_button.isVisibleTo(second)  # parts whose e-mails go under the limit
    db.close()
