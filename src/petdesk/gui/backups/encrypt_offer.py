"""On first run: the offer to encrypt the new database with a passphrase (issue 11)."""

from __future__ import annotations

from pathlib import Path

from petdesk.gui.backups.remember_box import remember, remember_box
from petdesk.gui.colours import ERROR, tint
from petdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QLocale,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class EncryptOfferDialog(QDialog):
    """Accepted when the file was encrypted; rejected for "Not now"."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EncryptOfferDialog")
        self.setWindowTitle(self.tr("Protect This Database"))
        self.db_path = db_path
        intro = QLabel(
            self.tr(
                "Encrypt this database with a passphrase? Someone who copies the file off a lost "
                "laptop cannot read it then. petdesk asks for the passphrase at every start unless "
                "the system keyring remembers it; without it the data is lost, so keep it safe. "
                "You can also do this later with petdesk encrypt."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("passphrase_again")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        self.remember = remember_box(self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        tint(self.message, ERROR)
        buttons = QDialogButtonBox(self)
        self.encrypt_button = QPushButton(self.tr("&Encrypt"), self)
        self.encrypt_button.setObjectName("encrypt")
        buttons.addButton(self.encrypt_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("&Not Now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.encrypt_button.clicked.connect(self.encrypt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (self.remember, self.message, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)

    def encrypt(self) -> None:
        """Encrypt the (closed) database file; a problem is shown and the dialog stays open."""
        from petdesk.services import encryption
        from petdesk.sync import passphrase as strength

        passphrase = self.first.text()
        if passphrase != self.second.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        if strength.problem(passphrase) is not None:
            self.message.setText(
                self.tr(
                    "This passphrase is too easy to guess: use at least 12 characters, "
                    "for example a few unrelated words."
                )
            )
            return
        try:
            encryption.encrypt(self.db_path, passphrase)
        except encryption.EncryptionError as exc:
            from petdesk.messages import plain_error

            # the service's English sentence in the window's language (errors53b)
            said = plain_error(exc, QLocale().name(), database=self.db_path, context="encryption")
            self.message.setText(said)
            return
        if problem := remember(self.remember, self.db_path, passphrase):
            # Said, not hidden: the passphrase will be asked at the next start (field test 28).
            QMessageBox.warning(self, self.windowTitle(), problem)
        self.accept()
