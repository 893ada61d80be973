"""File › Encrypt Database…, Change Passphrase…, Decrypt Database… (field test 17, §3).

One dialog for the three conversions of ``services.encryption``. The dialog is the confirmation: it
says what will happen and, for a change or a decryption, asks for the current passphrase again. The
conversion runs off the GUI thread with a busy bar; the window's connections are all closed first,
the ones its background reads still hold included (the conversion needs the file to itself), and the
office is shown again from the converted file after.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from petdesk import connection, secrets
from petdesk.gui.backups.remember_box import remember_box
from petdesk.gui.operations import Operation, run_in_background
from petdesk.gui.qt import (
    QAction,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QLocale,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import writes
from petdesk.gui.translation import arg
from petdesk.labels import sentences
from petdesk.messages import localize

if TYPE_CHECKING:
    from petdesk.db import Database
    from petdesk.gui.main_window import MainWindow
    from petdesk.services.encryption import Converted

ENCRYPT, CHANGE, DECRYPT = "encrypt", "change", "decrypt"


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class EncryptionDialog(QDialog):
    """Accepted once the conversion is done; a refusal or a failure is shown and the dialog stays."""

    #: A conversion that ran failed: the window reads again what it was refused meanwhile.
    conversion_failed = Signal()

    def __init__(
        self,
        db_path: Path,
        mode: str,
        parent: QWidget | None = None,
        *,
        database: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EncryptionDialog")
        self.db_path, self.mode = db_path, mode
        #: The window's open database: none of its connections is open during the conversion
        #: (``Database.released``), and it opens the converted file after.
        self.database = database
        self.operation: Operation | None = None
        self.result_text = ""
        titles = {
            ENCRYPT: self.tr("Encrypt Database"),
            CHANGE: self.tr("Change Passphrase"),
            DECRYPT: self.tr("Decrypt Database"),
        }
        self.setWindowTitle(titles[mode])
        intro = QLabel(self._intro(), self)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        form = QFormLayout()
        self.current = _password_field(self, "current_passphrase")
        self.first = _password_field(self, "passphrase")
        self.second = _password_field(self, "passphrase_again")
        if mode in (CHANGE, DECRYPT):
            form.addRow(self.tr("&Current passphrase:"), self.current)
        else:
            self.current.hide()  # not in the layout: shown, it would sit over the intro
        if mode in (ENCRYPT, CHANGE):
            form.addRow(self.tr("&New passphrase:"), self.first)
            form.addRow(self.tr("&Again:"), self.second)
        else:
            self.first.hide()
            self.second.hide()
        self.remember = remember_box(self)
        self.remember.setVisible(mode != DECRYPT)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 0)  # busy: the conversion reports no steps
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_button = QPushButton(titles[mode], self)
        self.go_button.setObjectName("go")
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.go_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (self.remember, self.progress, self.message, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)

    def _intro(self) -> str:
        no_recovery = self.tr(
            "If the passphrase is forgotten, nobody can recover the data, not even petdesk's makers. "
            "The only ways back are a plain backup made before the encryption, or a full sync "
            "package from another office."
        )
        if self.mode == ENCRYPT:
            return (
                self.tr(
                    "Encrypt %1 with a passphrase? Someone who copies the file off a lost laptop cannot "
                    "read it then, and its backups from now on are encrypted too."
                ).replace("%1", str(self.db_path))
                + "\n\n"
                + no_recovery
            )
        if self.mode == CHANGE:
            return (
                self.tr(
                    "Give %1 a new passphrase? A backup is made first; it, and the older backups, "
                    "still open with the current passphrase."
                ).replace("%1", str(self.db_path))
                + "\n\n"
                + no_recovery
            )
        return self.tr(
            "Store %1 in plain form again? Anyone who has the file can then read it. A backup of the "
            "encrypted file is made first. Type the current passphrase to confirm."
        ).replace("%1", str(self.db_path))

    def _problem(self) -> str | None:
        """What is wrong with what was typed, or None."""
        from petdesk.sync import passphrase as strength

        if self.mode in (CHANGE, DECRYPT) and self.current.text() != connection.passphrase_for(self.db_path):
            return self.tr("The current passphrase is wrong; nothing was changed.")
        if self.mode == DECRYPT:
            return None
        if self.first.text() != self.second.text():
            return self.tr("The two new passphrases differ.")
        if strength.problem(self.first.text()) is not None:
            return self.tr(
                "This passphrase is too easy to guess: use at least 12 characters, for example a few "
                "unrelated words."
            )
        return None

    def start(self) -> None:
        if (problem := self._problem()) is not None:
            self.message.setText(problem)
            self.adjustSize()
            return
        self._busy(True)
        path, mode, passphrase, database = self.db_path, self.mode, self.first.text(), self.database

        def work() -> Converted:
            if database is None:
                return convert()
            # Waits (here, off the GUI thread) for the window's reads still running to give their
            # connections back; refuses new ones until the conversion is over.
            with database.released():
                return convert()

        def convert() -> Converted:
            from petdesk.services import encryption

            if mode == ENCRYPT:
                return encryption.encrypt(path, passphrase)
            if mode == CHANGE:
                return encryption.change_passphrase(path, passphrase)
            return encryption.decrypt(path)

        self.operation = run_in_background(work, on_success=self._done, on_failure=self._failed, parent=self)

    def _busy(self, busy: bool) -> None:
        fields = (self.current, self.first, self.second)
        for widget in (*fields, self.go_button, self.cancel_button):
            widget.setEnabled(not busy)
        # The tick box stays disabled where no keyring can remember anything.
        self.remember.setEnabled(not busy and not self.remember.toolTip())
        self.progress.setVisible(busy)
        working = {
            ENCRYPT: self.tr("Encrypting… a large office takes a minute or two; keep the window open."),
            CHANGE: self.tr(
                "Changing the passphrase… a large office takes a minute or two; keep the window open."
            ),
            DECRYPT: self.tr("Decrypting… a large office takes a minute or two; keep the window open."),
        }
        self.message.setText(working[self.mode] if busy else "")
        self.adjustSize()  # the busy bar and the sentence need room; the intro must not be squeezed

    def _done(self, result: Converted) -> None:
        not_remembered = self._remember()
        done = {
            ENCRYPT: self.tr("The database is encrypted."),
            CHANGE: self.tr("The passphrase is changed."),
            DECRYPT: self.tr("The database is stored in plain form."),
        }
        locale = QLocale().name()
        plain = (
            self.tr(
                "%Ln older backup(s) are not encrypted; delete them in File › Backups once you no longer "
                "need them.",
                "",
                len(result.plain_backups),
            )
            if result.plain_backups
            else ""
        )
        no_backup = (
            arg(self.tr("No backup could be made: %1"), localize(result.backup_problem or "", locale))
            if self.mode == ENCRYPT and result.backup is None
            else ""
        )
        # sentences(): a Chinese sentence ending in "。" is followed by the next without a space.
        text = sentences(done[self.mode], plain, no_backup, not_remembered)
        self.result_text = text
        self._busy(False)
        self.accept()

    def _remember(self) -> str:
        """Keep the keyring in step: the new passphrase when asked (or when it held the old one).
        "" when done, else the sentence saying it was not remembered."""
        if self.mode == DECRYPT:
            secrets.forget(secrets.DATABASE, self.db_path)
        elif self.remember.isChecked() or secrets.get(secrets.DATABASE, self.db_path) is not None:
            try:
                secrets.put(secrets.DATABASE, self.db_path, self.first.text())
            except secrets.SecretStoreError:
                # Never the old passphrase of a file re-keyed already: the window asks instead.
                secrets.forget(secrets.DATABASE, self.db_path)
                return self.tr(
                    "No system keyring is available to remember the passphrase; it will be asked "
                    "each time petdesk starts."
                )
        return ""

    def _failed(self, exc: BaseException) -> None:
        from petdesk.messages import plain_error

        self._busy(False)
        # a full disk or a read-only folder names the file; the service's sentence is translated
        reason = plain_error(exc, QLocale().name(), database=self.db_path, context="encryption")
        self.message.setText(self.tr("Not done: %1").replace("%1", reason))
        self.conversion_failed.emit()


def install(window: MainWindow) -> None:
    """Three File actions; only the ones that fit the file (plain or encrypted) are enabled."""
    actions = {
        ENCRYPT: QAction(QCoreApplication.translate("Encryption", "E&ncrypt Database…"), window),
        CHANGE: QAction(QCoreApplication.translate("Encryption", "Change &Passphrase…"), window),
        DECRYPT: QAction(QCoreApplication.translate("Encryption", "&Decrypt Database…"), window),
    }
    for mode, action in actions.items():
        writes(action)  # the file is rewritten
        action.setObjectName(f"action_{mode}")
        action.triggered.connect(lambda _checked=False, mode=mode: open_dialog(window, mode))
        window.add_file_action(action)

    def enable() -> None:
        encrypted = connection.is_encrypted(window.db.path)
        actions[ENCRYPT].setEnabled(not encrypted)
        actions[CHANGE].setEnabled(encrypted)
        actions[DECRYPT].setEnabled(encrypted)

    window.menu("file").aboutToShow.connect(enable)
    enable()
    window.encryption_actions = actions  # type: ignore[attr-defined]


def open_dialog(window: MainWindow, mode: str) -> EncryptionDialog:
    dialog = EncryptionDialog(window.db.path, mode, window, database=window.db)

    def reopened() -> None:
        # New connections open the converted file (its passphrase is known to this process now):
        # every page reads it again, and so do the reads refused during the conversion.
        window.refresh_all()
        window.update_status()
        window.statusBar().showMessage(dialog.result_text, 15000)

    def read_again() -> None:
        window.refresh_all()
        window.update_status()

    dialog.accepted.connect(reopened)
    dialog.conversion_failed.connect(read_again)
    window.encryption_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog
