"""Field test 28, §4: on a machine without a system keyring the window's "Remember it in the
system keyring" was ticked, nothing was remembered, and nothing said so. The tick box now says
there is none and cannot be ticked, in the three dialogs that have it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import connection, secrets
from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.backups.encrypt_offer import EncryptOfferDialog
from petdesk.gui.backups.passphrase import PassphraseDialog
from petdesk.gui.encryption import ENCRYPT, EncryptionDialog
from petdesk.gui.qt import QDialog, QDialogButtonBox, Qt
from petdesk.services import encryption

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PASSPHRASE = "quiet orchard 58 kettle"


@pytest.fixture
def no_keyring(memory_keyring: object) -> Iterator[None]:
    """This machine as the field test had it: keyring's fail backend, the real one."""
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())
    yield


@pytest.fixture
def closed_db(db: Database) -> Path:
    with db.transaction() as session:
        session.add(m.Contact(family_name="Ouyang", given_name="Nana"))
    db.close()
    return db.path


def test_the_offer_to_encrypt_says_there_is_no_keyring(qtbot, no_keyring: None, closed_db: Path) -> None:
    assert not secrets.available()
    dialog = EncryptOfferDialog(closed_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isEnabled()
    assert "none on this computer" in dialog.remember.text()
    assert "asked each time" in dialog.remember.toolTip()
    qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
    assert not dialog.remember.isChecked()  # a click does not tick it
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    dialog.encrypt_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and connection.is_encrypted(closed_db)
    dialog.grab().save(str(closed_db.parent / "encrypt_offer_no_keyring.png"))


def test_the_passphrase_dialog_says_there_is_no_keyring(qtbot, no_keyring: None, closed_db: Path) -> None:
    encryption.encrypt(closed_db, PASSPHRASE)
    connection.set_passphrase(closed_db, None)
    connection._latest = None
    dialog = PassphraseDialog(closed_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isEnabled() and "none on this computer" in dialog.remember.text()
    dialog.edit.setText(PASSPHRASE)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open).click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_with_a_keyring_the_box_can_be_ticked(qtbot, closed_db: Path) -> None:
    assert secrets.available()  # the tests' memory keyring
    dialog = EncryptionDialog(closed_db, ENCRYPT)
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled() and dialog.remember.toolTip() == ""
    dialog._busy(True)
    dialog._busy(False)
    assert dialog.remember.isEnabled()
