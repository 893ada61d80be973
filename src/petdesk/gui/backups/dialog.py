"""File › Backups…: the backups of the open database, newest first, with a preview of the one chosen."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from petdesk import connection
from petdesk.cancellation import Cancelled, StopFlag
from petdesk.gui.a11y import named
from petdesk.gui.backups.restore_question import RestoreQuestion
from petdesk.gui.backups.restored_office import restored_office_words
from petdesk.gui.column_fit import ColumnFitter, content_widths
from petdesk.gui.kind_names import kind_name
from petdesk.gui.operations import Operation, run_in_background
from petdesk.gui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLocale,
    QMessageBox,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.questions import ask
from petdesk.gui.read_only import hold, writes
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.translation import arg
from petdesk.i18n import format_datetime, format_integer
from petdesk.labels import join_like, sentences
from petdesk.messages import localize, plain_error
from petdesk.services import backups, restore_compare
from petdesk.services.backups import BackupInfo
from petdesk.sizes import file_size

_Index = QModelIndex | QPersistentModelIndex


def reason_text(reason: str) -> str:
    """Why a backup was made, in words: the command line's table, in the window's language."""
    return backups.reason_text(reason, QLocale().name())


def when_text(info: BackupInfo) -> str:
    """When a backup was made, in this computer's zone and the window's date style."""
    return format_datetime(info.created.astimezone(), QLocale().name())


def counts_text(counts: dict[str, int]) -> str:
    locale = QLocale().name()  # "12,345" / "12 345" as the window's language writes it
    return (
        QCoreApplication.translate("Backups", "%1 organisations · %2 contacts · %3 visits · %4 trainings")
        .replace("%1", format_integer(counts.get("organisation", 0), locale))
        .replace("%2", format_integer(counts.get("contact", 0), locale))
        .replace("%3", format_integer(counts.get("visit", 0), locale))
        .replace("%4", format_integer(counts.get("training", 0), locale))
    )


def comparison_heading() -> str:
    return QCoreApplication.translate("Backups", "What the backup holds, and what the database holds now:")


def comparison_text(found: restore_compare.Comparison, db_path: Path) -> str:
    """The warning when the restore would lose records the database holds now (they stay in the
    copy made first, whose folder is named); the counts themselves are the question's table. The
    folder stands on its own line after a finished sentence: "…made first, in C:\\x\\backups" had no
    full stop, and a "." after a path reads as part of it (shots58)."""
    folder = str(backups.folder_for(db_path))
    if found.current_would_be_lost:
        # "合作机构、联系人" in the Chinese window, not "合作机构, 联系人" (shots57)
        kinds = join_like(
            [kind_name(k) for k in dict.fromkeys(found.more_here + found.newer_here)], QLocale().name()
        )
        return (
            QCoreApplication.translate(
                "Backups",
                "Warning: the database holds more or newer records than the backup (%1). The restore "
                "removes them from the database; a copy of the database as it is now is made first, in the "
                "folder below.\n%2",
            )
            .replace("%1", kinds)
            .replace("%2", folder)
        )
    return QCoreApplication.translate(
        "Backups", "A copy of the database as it is now is made first, in the folder below.\n%1"
    ).replace("%1", folder)


class BackupsModel(QAbstractTableModel):
    """The backup list: when, why, encrypted or plain, size, counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BackupInfo] = []

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("When"),
                self.tr("Why"),
                self.tr("Encryption"),
                self.tr("Size"),
                self.tr("Contacts"),
            )[section]
        return None

    def data(self, index: _Index, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        b = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return when_text(b)
        if column == 1:
            return reason_text(b.reason) + self._marks(b)
        if column == 2:
            if b.problem:
                return self.tr("Unreadable")
            # After encrypting an office, its plain copies are the ones to delete (field test 17 §6).
            return self.tr("Encrypted") if b.encrypted else self.tr("Plain")
        if column == 3:
            return file_size(b.size)  # as `petdesk backups` says it
        return f"{b.counts.get('contact', 0):,}" if b.counts else ""

    def _marks(self, b: BackupInfo) -> str:
        """What the reason column adds: unreadable or damaged, and kept in an earlier folder."""
        marks = []
        if b.problem:
            marks.append(self.tr("(unreadable)"))
        elif not b.ok:
            marks.append(self.tr("(damaged)"))
        if b.earlier_folder:
            marks.append(self.tr("(in an earlier folder)"))
        # No space before a full-width bracket: "手动创建（无法读取）" (field test 63).
        wide = ("W", "F")
        return "".join(
            mark if unicodedata.east_asian_width(mark[0]) in wide else f" {mark}" for mark in marks
        )


class BackupsDialog(QDialog):
    def __init__(
        self, db_path: Path, parent: QWidget | None = None, *, on_restored: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BackupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        resize_within_screen(self, 720, 440)
        self.db_path = db_path
        self.on_restored = on_restored
        self.operation: Operation | None = None
        #: the open restore question, for tests: a message box, or the table of the comparison
        self.confirm_box: QMessageBox | RestoreQuestion | None = None

        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backups_table")
        named(self.table, self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows at once for Delete; Restore takes the current one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        # Tab goes on to the buttons; arrows move in the list (12 Tabs stayed in it, field test 32, §9).
        self.table.setTabKeyNavigation(False)
        # The time was cut ("2026-12-05 ...") while Contacts took the room (field test 8, defect 7):
        # the time keeps its whole width, the reason takes what is left.
        self.fitter = ColumnFitter(self.table, content_widths(self.table), stretch=1)
        self.preview = QLabel(self)
        self.preview.setObjectName("backup_preview")
        self.preview.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("backup_message")
        self.message.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Back Up &Now"), self)
        self.restore_button = QPushButton(self.tr("&Restore This Backup…"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        # After an erasure, the backups that still hold the person are to be deleted (field test 17 §8).
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setObjectName("delete_button")
        self.delete_button.setEnabled(False)
        self.folder_button = QPushButton(self.tr("Change &Folder…"), self)
        # A backup from anywhere (a USB stick, a file a colleague sent): field test 53, defect 6.
        self.file_button = QPushButton(self.tr("Restore from a F&ile…"), self)
        self.file_button.setObjectName("restore_file_button")
        writes(self.restore_button)
        writes(self.file_button)
        hold(self, db_path)  # a file opened to look at is never restored over
        # Ends a backup under way (a minute at a million contacts): no backup is left.
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.stop_button.setObjectName("stop_button")
        self.stop_button.hide()
        self._stop = StopFlag()
        #: The buttons that start work, laid out in a row and disabled together while one runs.
        self._work_buttons = (
            self.backup_button,
            self.restore_button,
            self.file_button,
            self.delete_button,
            self.folder_button,
        )
        buttons = QHBoxLayout()
        for button in self._work_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._show(current.row())
        )
        self.backup_button.clicked.connect(self.back_up_now)
        self.stop_button.clicked.connect(self.stop)
        self.restore_button.clicked.connect(lambda: self.ask_restore())
        self.delete_button.clicked.connect(self.ask_delete)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._enable_delete())
        self.folder_button.clicked.connect(self.change_folder)
        self.file_button.clicked.connect(self.choose_file)
        self.reload()

    # -- list and preview ------------------------------------------------------------------------
    def reload(self) -> None:
        folder = backups.folder_for(self.db_path)
        # The whole path: beside a database opened by a relative name it read "backups" (F14).
        self.folder_label.setText(self.tr("Backups are kept in %1").replace("%1", str(folder.resolve())))
        # the folders chosen before too: their backups stay there, plain ones included
        self.model.set_rows(backups.backups_everywhere(self.db_path))
        self._fit_columns()
        self._show(-1)

    def _fit_columns(self) -> None:
        """Widths for the rows now listed; the time is never cut, nor narrower than it needs."""
        wanted = content_widths(self.table)
        self.fitter.wanted = wanted
        self.fitter.least[0] = wanted[0]
        self.fitter.fit()

    def selected(self) -> BackupInfo | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _show(self, row: int) -> None:
        info = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        self.restore_button.setEnabled(info is not None and info.ok)
        if info is None and not self.model.rows:
            self.preview.setText(
                self.tr(
                    "No backups yet. One is made before every import, restore and upgrade; "
                    "Back Up Now makes one at once."
                )
            )
        elif info is None:
            self.preview.setText(self.tr("Choose a backup to see what it holds."))
        elif info.problem:
            reason = backups.problem_text(info.problem, QLocale().name())
            self.preview.setText(arg(self.tr("This backup cannot be read: %1"), reason) + f"\n{info.path}")
        elif not info.ok:
            self.preview.setText(
                self.tr("This backup failed its check when it was made and cannot be restored.")
            )
        else:
            # No counts: its .json file is missing (field test 112); an empty database has zeros.
            held = (
                self.tr("This backup holds: %1").replace("%1", counts_text(info.counts))
                if info.counts
                else self.tr(
                    "What this backup holds is not known: the .json file beside it is missing. "
                    "Restoring it checks it first."
                )
            )
            where = arg(self.tr("It is kept in an earlier backup folder: %1"), str(info.path.parent))
            self.preview.setText(f"{held}\n{where}" if info.earlier_folder else held)

    # -- actions -------------------------------------------------------------------------------
    def _busy(self, busy: bool, text: str = "") -> None:
        for button in self._work_buttons:
            button.setEnabled(not busy)
        if not busy:
            self._enable_delete()
        if not busy:
            self.stop_button.hide()
        self.message.setText(text)

    def back_up_now(self) -> None:
        self._busy(True, self.tr("Backing up…"))
        stop = self._stop = StopFlag()
        self.stop_button.setEnabled(True)
        self.stop_button.show()
        db_path = self.db_path
        self.operation = run_in_background(
            lambda progress: backups.create(db_path, backups.MANUAL, progress=progress),
            on_success=lambda _info: self._after(self.tr("Backup made.")),
            on_failure=self._failed,
            on_progress=self._backup_progress,
            parent=self,
            stop=stop,
        )

    def _backup_progress(self, done: int, total: int) -> None:
        if not self._stop.is_set():
            self.message.setText(self.tr("Backing up… %1%").replace("%1", str(done * 100 // max(total, 1))))

    def stop(self) -> None:
        """Stop the backup under way (the Stop button)."""
        self._stop.set()
        self.stop_button.setEnabled(False)
        self.message.setText(self.tr("Stopping…"))

    def choose_file(self) -> None:
        """Restore a backup file from anywhere, not only one listed from the backup folder."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a Backup File"),
            str(Path.home()),
            self.tr("petdesk backups (*.gz *.sqlite);;All files (*)"),
        )
        if path:
            self.ask_restore(backups.read_info(Path(path)))

    def ask_restore(self, info: BackupInfo | None = None) -> None:
        """Compare the backup with the database first (off the GUI thread: it unpacks the backup),
        then ask, the comparison in the question (field test 112)."""
        info = info or self.selected()
        if info is None:
            return
        self._busy(True, self.tr("Comparing the backup with the database…"))
        db_path = self.db_path
        chosen = info
        self.operation = run_in_background(
            lambda: restore_compare.compare(db_path, chosen.path),
            on_success=lambda found: self._ask_restore(chosen, found),
            # unreadable here: the restore checks it again and says why
            on_failure=lambda _exc: self._ask_restore(chosen, None),
            parent=self,
        )

    def _ask_restore(self, info: BackupInfo, found: restore_compare.Comparison | None) -> None:
        self._busy(False)
        text = self.tr(
            "Replace the data in this database by the backup of %1? The data as it is now is backed up first."
        ).replace("%1", when_text(info))
        if not info.encrypted and connection.is_encrypted(self.db_path):
            text += "\n\n" + self.tr(
                "This backup is not encrypted. It is restored encrypted with this database's passphrase, "
                "so the database stays encrypted."
            )
        if found is None or not found.current:
            self.confirm_box = ask(
                self,
                title=self.tr("Restore Backup"),
                text=text,
                name="confirm_restore",
                on_yes=lambda: self.restore(info),
            )
            return
        text += "\n\n" + comparison_text(found, self.db_path)
        question = RestoreQuestion(
            self,
            title=self.tr("Restore Backup"),
            text=text,
            found=found,
            heading=comparison_heading(),
            on_yes=lambda: self.restore(info),
        )
        self.confirm_box = question
        question.open()

    def chosen(self) -> list[BackupInfo]:
        """The backups selected, in the list's order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row] for row in rows if row < len(self.model.rows)]

    def _enable_delete(self) -> None:
        self.delete_button.setEnabled(bool(self.chosen()))

    def ask_delete(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        names = "\n".join(f"• {when_text(b)}  {reason_text(b.reason)}" for b in chosen[:10])
        if len(chosen) > 10:
            names += "\n" + self.tr("… and %Ln more", "", len(chosen) - 10)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete Backups"),
            self.tr("Delete %Ln backup(s) for good? They cannot be restored afterwards.", "", len(chosen))
            + "\n\n"
            + names,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirm_delete")
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self.delete(chosen) if box.clickedButton() is delete else None)
        self.delete_box = box
        box.open()

    def delete(self, chosen: list[BackupInfo]) -> None:
        try:
            backups.delete(chosen)
        except OSError as exc:
            reason = plain_error(exc, QLocale().name(), context="deleting backups")
            self._after(self.tr("Not done: %1").replace("%1", reason))
            return
        self._after(self.tr("Deleted %Ln backup(s).", "", len(chosen)))

    def restore(
        self, info: BackupInfo, *, take_over_office: bool = False, backup_passphrase: str | None = None
    ) -> None:
        self._busy(True, self.tr("Restoring…"))
        db_path = self.db_path
        self.operation = run_in_background(
            lambda: backups.restore(
                db_path, info.path, take_over_office=take_over_office, backup_passphrase=backup_passphrase
            ),
            on_success=self._restored,
            on_failure=lambda exc: self._restore_failed(
                info, exc, take_over_office=take_over_office, backup_passphrase=backup_passphrase
            ),
            parent=self,
        )

    def _restore_failed(
        self,
        info: BackupInfo,
        exc: BaseException,
        *,
        take_over_office: bool = False,
        backup_passphrase: str | None = None,
    ) -> None:
        if isinstance(exc, backups.OtherOfficeBackup):
            self._busy(False)
            self._show(self.table.currentIndex().row())
            self.ask_take_over(info, exc, backup_passphrase=backup_passphrase)
        elif isinstance(exc, backups.BackupPassphraseError):
            # Made before a passphrase change: its own passphrase opens it (field test 28).
            self._busy(False)
            self._show(self.table.currentIndex().row())
            self.ask_backup_passphrase(
                info, take_over_office=take_over_office, wrong=backup_passphrase is not None
            )
        else:
            self._failed(exc)

    def ask_backup_passphrase(self, info: BackupInfo, *, take_over_office: bool, wrong: bool) -> None:
        """Ask for the passphrase the backup was made with, then restore with it (``wrong``: the
        one typed before did not open it)."""
        from petdesk.gui.backups.backup_passphrase import BackupPassphraseDialog

        when = when_text(info)
        dialog = BackupPassphraseDialog(when, self, wrong=wrong)

        def answered(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.restore(info, take_over_office=take_over_office, backup_passphrase=dialog.passphrase())
            else:
                self.message.setText(
                    self.tr(
                        "Not restored: this backup opens only with the passphrase it was made with. "
                        "Restore it again when you have that passphrase, or choose another backup."
                    )
                )

        dialog.finished.connect(answered)
        self.backup_passphrase_dialog = dialog
        dialog.open()

    def ask_take_over(
        self, info: BackupInfo, refusal: backups.OtherOfficeBackup, *, backup_passphrase: str | None = None
    ) -> None:
        """The backup is another office's: say what taking that office over means, and restore
        with it on Yes (``petdesk restore --take-over-office``)."""
        (theirs_id, theirs), (ours_id, ours) = refusal.theirs, refusal.ours
        text = (
            self.tr("This backup is of the office %1 (id %2), not of this installation's office %3 (id %4).")
            .replace("%1", theirs)
            .replace("%2", theirs_id)
            .replace("%3", ours)
            .replace("%4", ours_id)
            + "\n\n"
            + self.tr(
                "Restoring it makes this installation the office %1 in place of the computer the backup "
                "comes from. That other installation must no longer be used: two installations of one "
                "office spoil each other's sync. To have that office's records here instead, import a "
                "full sync package from it."
            ).replace("%1", theirs)
            + "\n\n"
            + self.tr("Take over the office %1 and restore the backup?").replace("%1", theirs)
        )
        self.take_over_box = ask(
            self,
            title=self.tr("Backup of Another Office"),
            text=text,
            name="confirm_take_over",
            on_yes=lambda: self.restore(info, take_over_office=True, backup_passphrase=backup_passphrase),
            yes_text=self.tr("&Take Over Office"),
            icon=QMessageBox.Icon.Warning,
            on_no=lambda: self.message.setText(
                self.tr("Not restored; this installation stays office %1.").replace("%1", ours)
            ),
        )

    def _restored(self, result: backups.RestoreResult) -> None:
        said = [self.tr("Restored: %1").replace("%1", counts_text(result.counts))]
        if result.erased_again:
            # People erased here after the backup was made stay erased (the restore said so).
            said.append(
                self.tr(
                    "%Ln record(s) erased here after this backup was made were erased again.",
                    "",
                    result.erased_again,
                )
            )
        if result.encrypted_as_office:
            said.append(
                self.tr(
                    "The backup was not encrypted; it is restored encrypted with this database's passphrase."
                )
            )
        if result.rekeyed:
            said.append(
                self.tr(
                    "The backup was made with another passphrase; it was re-encrypted, and the database "
                    "opens with its current passphrase."
                )
            )
        if result.new_office is not None:
            said.extend(restored_office_words(result.new_office, QLocale().name()))
        text = sentences(*said)
        self._after(text)
        if self.on_restored is not None:
            self.on_restored()

    def _after(self, text: str) -> None:
        self.reload()
        self._busy(False, text)
        self._show(self.table.currentIndex().row())

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._show(self.table.currentIndex().row())
        if isinstance(exc, Cancelled):
            self.message.setText(self.tr("Stopped; no backup was made."))
            return
        # BackupError messages are sentences for the user; a refused write to the database names it.
        reason = plain_error(exc, QLocale().name(), database=self.db_path, context="backups")
        self.message.setText(self.tr("Not done: %1").replace("%1", reason))

    def change_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup Folder"), str(backups.folder_for(self.db_path))
        )
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        from petdesk import connection

        try:
            backups.check_writable(folder)  # a read-only stick is refused now, not at the next import
        except backups.BackupError as exc:
            self.message.setText(self.tr("Not done: %1").replace("%1", localize(str(exc), QLocale().name())))
            return
        try:
            conn = connection.connect(self.db_path, timeout=10)
            try:
                backups.set_folder(conn, folder)
            finally:
                conn.close()
        except connection.FAILURES_OR_OS as exc:  # the setting is kept in the database: its disk full?
            reason = plain_error(exc, QLocale().name(), database=self.db_path, context="backup folder")
            self.message.setText(self.tr("Not done: %1").replace("%1", reason))
            return
        self.reload()
        self._offer_to_move(backups.left_behind(self.db_path))

    def _offer_to_move(self, left: dict[Path, int]) -> None:
        """Earlier backups stay in their folder: say where, and offer to bring them into the new
        one (the command line's ``backups --folder`` says it too, with ``--move``)."""
        if not left:
            return
        target = backups.folder_for(self.db_path).resolve()
        where = "\n".join(f"• {folder}  ({n})" for folder, n in left.items())
        stay = self.tr("Earlier backups stay in the folders where they were made:")
        self.move_box = ask(
            self,
            title=self.tr("Earlier Backups"),
            text=f"{stay}\n{where}\n\n" + self.tr("Move them to %1?").replace("%1", str(target)),
            name="move_backups",
            yes_text=self.tr("&Move Them"),
            on_yes=lambda: self.move_backups(target),
            on_no=lambda: self.message.setText(
                self.tr("Earlier backups stay where they were; they can still be restored from there.")
            ),
        )

    def move_backups(self, target: Path) -> None:
        """Move the earlier folders' backups into ``target``, off the window's thread (they can be
        large files on a stick)."""
        self._busy(True, self.tr("Moving backups…"))
        db_path = self.db_path

        def work() -> tuple[list[Path], list[Path]]:
            moved = backups.move_backups(db_path, target)
            return moved, backups.plain_copies(db_path, moved)

        self.operation = run_in_background(
            work, on_success=lambda done: self._moved(target, *done), on_failure=self._failed, parent=self
        )

    def _moved(self, target: Path, moved: list[Path], plain: list[Path]) -> None:
        """Say what was moved and, loudly, the plain backups of an encrypted database among them
        (field test 80: a plain one went onto a USB stick without a word)."""
        text = self.tr("Moved %Ln backup(s) to %1.", "", len(moved)).replace("%1", str(target))
        if plain:
            text = sentences(  # no space after the Chinese "。" (shots52: "…/stick。 其中")
                text,
                self.tr(
                    "%Ln of them made before the database was encrypted are plain (not encrypted): "
                    "anyone who has that folder or the drive it is on can read them without the passphrase. "
                    "Once an encrypted backup is there too, select the rows marked Plain and press Delete….",
                    "",
                    len(plain),
                ),
            )
        self._after(text)
