"""At start: a damaged or unreadable database opens this dialog, which offers the newest good backup."""

from __future__ import annotations

from pathlib import Path

from petdesk.gui.backups.dialog import counts_text, when_text
from petdesk.gui.qt import QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget
from petdesk.services import backups
from petdesk.services.backups import BackupInfo


class DamagedFileDialog(QDialog):
    """Accepted when the backup was restored (the window can then open the file); rejected to quit."""

    def __init__(self, db_path: Path, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DamagedFileDialog")
        self.setWindowTitle(self.tr("Damaged Database"))
        self.db_path = db_path
        self.backup: BackupInfo | None = backups.newest_good(db_path)

        intro = QLabel(self.tr("petdesk cannot open this database safely:"), self)
        detail = QLabel(problem, self)
        detail.setObjectName("problem")
        detail.setWordWrap(True)
        self.offer = QLabel(self)
        self.offer.setObjectName("offer")
        self.offer.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore the Backup"), self)
        self.restore_button.setObjectName("restore_button")
        self.quit_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        if self.backup is not None:
            when = when_text(self.backup)
            self.offer.setText(
                self.tr(
                    "The newest good backup is from %1 and holds %2. "
                    "The damaged file is kept in a backup too."
                )
                .replace("%1", when)
                .replace("%2", counts_text(self.backup.counts))
            )
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            self.restore_button.hide()
            self.offer.setText(
                self.tr("There is no good backup of this file in %1.").replace(
                    "%1", str(backups.folder_for(db_path))
                )
            )
        # A good backup elsewhere (on a stick): chosen as a file, restored as `petdesk restore FILE`
        # does (field test 39, defect 5: the dialog said "restore it from a backup" but not how).
        self.file_button = QPushButton(self.tr("Restore from a Backup &File…"), self)
        self.file_button.setObjectName("file_button")
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.clicked.connect(self.choose_file)
        self.how = QLabel(
            self.tr(
                "A backup kept elsewhere (on a USB stick, say) can be restored with Restore from a Backup "
                "File…, or on the command line: %1"
            ).replace("%1", f"petdesk --db {db_path} restore FILE"),
            self,
        )
        self.how.setObjectName("how")
        self.how.setWordWrap(True)
        self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, detail, self.offer, self.how, self.message):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def restore(self) -> None:
        assert self.backup is not None
        self.restore_from(self.backup.path)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Backup File"),
            str(backups.folder_for(self.db_path)),
            self.tr("petdesk backups (*.gz *.sqlite);;All files (*)"),
        )
        if name:
            self.restore_from(Path(name))

    def restore_from(self, backup: Path) -> None:
        """Restore ``backup`` over the damaged file, with the checks of ``petdesk restore FILE``
        (a damaged or foreign backup is refused, the damaged file is backed up first); accepted
        when done, else the reason is shown."""
        try:
            # The window has not opened the damaged file: nothing holds it (as the command line's
            # restore, which closes it first).
            backups.restore(self.db_path, backup, closed=True)
        except backups.BackupError as exc:
            from petdesk.gui.translation import window_locale
            from petdesk.messages import explain

            self.message.setText(explain(exc, window_locale()))
            return
        self.accept()
