"""Restore a backup made with another passphrase (before a passphrase change): ask for the
passphrase the backup was made with (``petdesk restore --backup-passphrase-file`` in the window)."""

from __future__ import annotations

from petdesk.gui.colours import ERROR, tint
from petdesk.gui.qt import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class BackupPassphraseDialog(QDialog):
    """Accepted with a passphrase typed; whether it opens the backup is told by the restore."""

    def __init__(self, when: str, parent: QWidget | None = None, *, wrong: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("BackupPassphraseDialog")
        self.setWindowTitle(self.tr("Passphrase of the Backup"))
        intro = QLabel(
            self.tr(
                "The backup of %1 was made with another passphrase than this database's (before its "
                "passphrase was changed). Type the passphrase the database had then. The restored "
                "database is re-encrypted and keeps opening with its current passphrase."
            ).replace("%1", when),
            self,
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("backup_passphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        tint(self.message, ERROR)
        if wrong:
            self.message.setText(
                self.tr(
                    "That passphrase does not open this backup; nothing was restored. Try the passphrase "
                    "used before the last change, or choose an older or newer backup."
                )
            )
        self.message.setVisible(wrong)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        self.edit.textChanged.connect(lambda text: self.restore_button.setEnabled(bool(text)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.edit, self.message, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)

    def passphrase(self) -> str:
        return self.edit.text()
