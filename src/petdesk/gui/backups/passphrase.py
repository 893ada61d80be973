"""At start: an encrypted database asks for its passphrase (unless the keyring or the environment
has it), with a clear sentence on a wrong one and the choice to remember it in the keyring."""

from __future__ import annotations

from pathlib import Path

from petdesk import connection, secrets
from petdesk.gui.backups.remember_box import remember, remember_box
from petdesk.gui.colours import ERROR, tint
from petdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


def _opens(db_path: Path, passphrase: str) -> bool:
    try:
        connection.connect(db_path, passphrase=passphrase).close()
    except connection.PassphraseError:
        return False
    return True


class PassphraseDialog(QDialog):
    """Accepted once the typed passphrase opens the file (it is then known to this process)."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.setWindowTitle(self.tr("Encrypted Database"))
        self.db_path = db_path
        text = self.tr("%1 is encrypted. Type its passphrase to open it.")
        intro = QLabel(text.replace("%1", str(db_path)), self)
        intro.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = remember_box(self)
        # What a forgotten passphrase means, said before anyone has to ask (field test 17, §3).
        forgotten = QLabel(
            self.tr(
                "Forgotten the passphrase? Nobody can recover it or the data without it. The ways back: "
                "restore a plain backup made before the encryption (petdesk restore --replace-encrypted "
                "FILE), or start a new database and import a full sync package from another office."
            ),
            self,
        )
        forgotten.setObjectName("forgotten")
        forgotten.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        tint(self.message, ERROR)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close, self
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.edit, self.remember, forgotten, self.message, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)

    def try_open(self) -> None:
        passphrase = self.edit.text()
        if not _opens(self.db_path, passphrase):
            self.message.setText(self.tr("This passphrase is wrong; the file was not changed. Try again."))
            self.adjustSize()
            self.edit.selectAll()
            self.edit.setFocus()
            return
        connection.set_passphrase(self.db_path, passphrase)
        if problem := remember(self.remember, self.db_path, passphrase):
            # Said, not hidden: the passphrase will be asked at the next start (field test 28).
            QMessageBox.warning(self, self.windowTitle(), problem)
        self.accept()


def unlock(db_path: Path, parent: QWidget | None = None) -> bool:
    """True when ``db_path`` is plain, or its passphrase is known (environment, keyring, or typed
    now); False when the user closed the dialog."""
    if not connection.is_encrypted(db_path):
        return True
    for known in (connection.passphrase_for(db_path), secrets.get(secrets.DATABASE, db_path)):
        if known and _opens(db_path, known):
            connection.set_passphrase(db_path, known)
            return True
    return PassphraseDialog(db_path, parent).exec() == QDialog.DialogCode.Accepted
