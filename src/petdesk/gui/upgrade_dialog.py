"""At start: an older file is upgraded in the background while this dialog shows how far it is.

Field test 30, defect 1: at a million contacts the upgrade ran 4¼ minutes on the GUI thread with no
window at all. The upgrade is one transaction, so stopping it (or a kill) leaves the file as it was
and the next start upgrades it again, reusing the backup already made.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from petdesk.db import (
    BACKUP_STEP,
    COMPACT_STEP,
    MIGRATE_STEP,
    Database,
    UpgradeWatch,
    open_database,
)
from petdesk.gui.qt import (
    QCloseEvent,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QTimer,
    QVBoxLayout,
    QWidget,
)

#: How often the dialog reads the upgrade's latest step and the elapsed time (ms).
REFRESH_MS = 250


class UpgradeDialog(QDialog):
    """Upgrades ``db_path`` in the background; accepted with :attr:`database` once it is open,
    rejected with :attr:`error` (an ``UpgradeStopped`` when the user stopped it)."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UpgradeDialog")
        self.setWindowTitle(self.tr("Upgrading the Database"))
        self.setModal(True)
        self.db_path = db_path
        #: The open database once the upgrade is done, or what stopped it.
        self.database: Database | None = None
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._finishing = False  # the schema is in; only the compaction remains: no stopping now
        # (step, done, total, detail), written by the upgrading thread, read by the timer
        self._latest: tuple[str, int, int, str] = (BACKUP_STEP, 0, 100, "")
        self._backup = ""  # where the backup is, once written (kept: later steps replace _latest)
        self._started = time.monotonic()

        intro = QLabel(
            self.tr(
                "%1 was made by an older version of petdesk and is being upgraded. A large file "
                "takes minutes; the file is not changed until the upgrade is complete."
            ).replace("%1", db_path.name),
            self,
        )
        intro.setWordWrap(True)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("step")
        self.bar = QProgressBar(self)
        self.elapsed_label = QLabel(self)
        self.elapsed_label.setObjectName("elapsed")
        backup_title = QLabel(self.tr("The backup from before the upgrade:"), self)
        # a line of its own, selectable: the path is long, and it is what the user may need
        self.backup_path = QLineEdit(self)
        self.backup_path.setObjectName("backup")
        self.backup_path.setReadOnly(True)
        self.backup_path.setPlaceholderText(self.tr("being written…"))
        backup_title.setBuddy(self.backup_path)
        buttons = QDialogButtonBox(self)
        self.stop_button = buttons.addButton(self.tr("&Stop"), QDialogButtonBox.ButtonRole.RejectRole)
        self.stop_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        widgets = (intro, self.step_label, self.bar, self.elapsed_label, backup_title, self.backup_path)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self._show_latest)
        self._show_latest()

    def start(self) -> None:
        """Start the upgrade in the background (the dialog shows; its result closes it)."""
        from petdesk.gui.operations import run_in_background

        watch = UpgradeWatch(self._heard, stop_requested=self._stop.is_set)
        self._started = time.monotonic()
        self._timer.start(REFRESH_MS)
        run_in_background(
            lambda: open_database(self.db_path, watch=watch), on_success=self._opened, on_failure=self._failed
        )

    def _heard(self, step: str, done: int, total: int, detail: str) -> None:
        """The upgrading thread's report: kept for the timer (no widget is touched here)."""
        if step == BACKUP_STEP and detail:
            self._backup = detail
        self._latest = (step, done, total, detail)

    def _show_latest(self) -> None:
        step, done, total, detail = self._latest
        if self._backup and self.backup_path.text() != self._backup:
            self.backup_path.setText(self._backup)
            self.backup_path.setToolTip(self._backup)
        if step == BACKUP_STEP:
            text = self.tr("Making a backup…")
            self.bar.setRange(0, 100)
            self.bar.setValue(done)
        elif step == MIGRATE_STEP:
            # The migration's code only in the tooltip, for IT: users took it for an error (polish 49).
            text = self.tr("Upgrading: step %1 of %2…").replace("%1", str(done + 1)).replace("%2", str(total))
            self.step_label.setToolTip(detail)
            self.bar.setRange(0, 0)  # a migration says nothing of how far it is: a busy bar
        else:
            assert step == COMPACT_STEP
            self._finishing = True
            text = self.tr("Compacting the file…")
            self.bar.setRange(0, 0)
        if self._stop.is_set() and not self._finishing:
            text = self.tr("Stopping…")
        self.step_label.setText(text)
        seconds = int(time.monotonic() - self._started)
        self.elapsed_label.setText(
            self.tr("Elapsed: %1:%2").replace("%1", str(seconds // 60)).replace("%2", f"{seconds % 60:02d}")
        )

    def _opened(self, database: Database) -> None:
        self.database = database
        self._timer.stop()
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._timer.stop()
        self.done(QDialog.DialogCode.Rejected)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing asks first, then stops the upgrade safely; the dialog closes once it has stopped."""
        if self.database is not None or self.error is not None:
            event.accept()
            return
        event.ignore()
        if not self._stop.is_set() and not self._finishing:
            self._ask_to_stop()

    def reject(self) -> None:
        """Escape: the same as closing (the upgrade is stopped safely, never left running)."""
        if self.database is not None or self.error is not None:
            super().reject()
        else:
            self.close()

    def _ask_to_stop(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop the Upgrade?"),
            self.tr(
                "Stop upgrading %1? The file stays as it was, and petdesk will upgrade it again at "
                "its next start."
            ).replace("%1", self.db_path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("stop_question")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda _result: self._stop_if(
                box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
            )
        )
        box.open()

    def _stop_if(self, yes: bool) -> None:
        if yes:
            self._stop.set()
            self.stop_button.setEnabled(False)
            self._show_latest()
