"""At start: a damaged or unreadable database opens this dialog, which offers the newest good backup."""

from __future__ import annotations

from pathlib import Path

from petdesk.gui.backups.dialog import counts_text, when_text
from petdesk.gui.qt import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget
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
        self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, detail, self.offer, self.message):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def restore(self) -> None:
        assert self.backup is not None
        try:
            backups.restore(self.db_path, self.backup.path)
        except backups.BackupError as exc:
            self.message.setText(str(exc))
            return
        self.accept()
