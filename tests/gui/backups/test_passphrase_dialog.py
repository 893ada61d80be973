"""At start, an encrypted database asks for its passphrase: a wrong one gets a sentence and the
dialog stays; the right one opens the file and may be remembered in the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import connection, secrets
from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.gui.backups.passphrase import PassphraseDialog, unlock
from petdesk.gui.qt import QDialog, QDialogButtonBox
from petdesk.services import encryption

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PASSPHRASE = "quiet orchard 58 kettle"


@pytest.fixture
def encrypted(db: Database) -> Path:
    with db.transaction() as session:
        session.add(m.Contact(family_name="Ouyang", given_name="Nana"))
    db.close()
    encryption.encrypt(db.path, PASSPHRASE)
    connection.set_passphrase(db.path, None)
    connection._latest = None
    return db.path


def test_wrong_then_right_passphrase_opens_and_remembers(qtbot, encrypted: Path) -> None:
    before = encrypted.read_bytes()
    dialog = PassphraseDialog(encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    open_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)
    dialog.edit.setText("quiet orchard 58 kettles")
    open_button.click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "wrong" in dialog.message.text()
    assert encrypted.read_bytes() == before
    assert connection.passphrase_for(encrypted) is None

    dialog.edit.setText(PASSPHRASE)
    dialog.remember.setChecked(True)
    open_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert secrets.get(secrets.DATABASE, encrypted) == PASSPHRASE

    # Next start: the keyring has it, no dialog; the window's database opens.
    connection.set_passphrase(encrypted, None)
    connection._latest = None
    assert unlock(encrypted)
    db = open_database(encrypted)
    try:
        with db.raw() as conn:
            assert conn.execute("SELECT family_name FROM contact").fetchall() == [("Ouyang",)]
    finally:
        db.close()


def test_first_run_offers_encryption(qtbot, db: Database) -> None:
    from petdesk.gui.backups.encrypt_offer import EncryptOfferDialog

    with db.transaction() as session:
        session.add(m.Contact(family_name="Ouyang", given_name="Nana"))
    db.close()
    dialog = EncryptOfferDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE + "x")
    dialog.encrypt_button.click()
    assert "differ" in dialog.message.text() and not connection.is_encrypted(db.path)
    dialog.first.setText("secret")
    dialog.second.setText("secret")
    dialog.encrypt_button.click()
    assert "too easy" in dialog.message.text() and not connection.is_encrypted(db.path)
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    dialog.encrypt_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert connection.is_encrypted(db.path)
    assert b"Ouyang" not in db.path.read_bytes()
    reopened = open_database(db.path)  # this process knows the passphrase now
    try:
        with reopened.raw() as conn:
            assert conn.execute("SELECT family_name FROM contact").fetchall() == [("Ouyang",)]
    finally:
        reopened.close()
    connection.set_passphrase(db.path, None)
    connection._latest = None


def test_dialog_says_what_a_forgotten_passphrase_means(qtbot, encrypted: Path) -> None:
    """Field test 17, §3: no recovery, and the only ways back, in the dialog itself."""
    from petdesk.gui.qt import QLabel

    dialog = PassphraseDialog(encrypted)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "forgotten").text()
    assert "Nobody can recover" in text
    assert "plain backup made before the encryption" in text and "full sync package" in text
    assert "petdesk restore --replace-encrypted FILE" in text  # a command that works (field test 53)
