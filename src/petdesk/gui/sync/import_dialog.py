"""Import…: verify a package, preview what it changes per kind of record, then apply it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from petdesk.cancellation import Cancelled, StopFlag
from petdesk.db import Database
from petdesk.gui.a11y import named
from petdesk.gui.colours import ERROR, tint
from petdesk.gui.operations import Operation, run_in_background
from petdesk.gui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.sync.common import RowsModel, StageProgress, locale_of, passphrase_field
from petdesk.gui.sync.export_dialog import SUFFIX
from petdesk.gui.translation import arg
from petdesk.i18n import format_datetime, translator
from petdesk.labels import chinese_spacing, sentences
from petdesk.language import is_chinese
from petdesk.messages import explain, localize_error
from petdesk.sync import package_numbers, service
from petdesk.sync.hlc import encode, to_datetime
from petdesk.sync.labels import entity_label
from petdesk.sync.package import Package, PackageError
from petdesk.sync.parts import PART_NAME_PATTERN, JoinedPackage

#: How many records naming a person the import erased the message lists: the dialog must fit 640 px.
_MENTIONS_SHOWN = 5


class ImportDialog(QDialog):
    #: Emitted with the ``ImportResult`` after changes were written.
    imported = Signal(object)
    #: Emitted when the preview is shown (or the file was rejected).
    previewed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.package: Package | None = None
        #: The package previewed, joined from its parts when a part was chosen (removed on close).
        self.joined: JoinedPackage | None = None
        self.preview_result: service.ImportResult | None = None
        self.result: service.ImportResult | None = None  # type: ignore[assignment]
        #: The previewed package is this office's own and newer than this database (a laptop
        #: restored from an older backup): importing it brings back what was written since.
        self.own_recovery = False
        #: The previewed package comes from an office retired here but was made before it was
        #: retired (a stolen laptop's last package from the road, field test 80).
        self.from_retired = False
        self.operation: Operation | None = None
        #: What the service reports, as the progress bar and line show it.
        self.stages = StageProgress()
        self.setWindowTitle(self.tr("Import Changes"))

        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        self.path.textChanged.connect(self._forget_preview)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)
        self.passphrase = passphrase_field(db, self)
        self.passphrase.textChanged.connect(self._forget_preview)

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        #: What should make the user stop and think: a namesake office, a clock far ahead.
        self.warning = QLabel(self)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        tint(self.warning, ERROR, "color: {colour}; font-weight: bold;")
        self.warning.setVisible(False)
        self.model = RowsModel(
            [
                self.tr("Records"),
                self.tr("Added"),
                self.tr("Updated"),
                self.tr("Deleted"),
                self.tr("Conflicts"),
            ],
            self,
        )
        # An empty table said nothing (shots59): why it is empty, until a package is read.
        self.empty_note = QLabel(
            self.tr(
                "Choose a package file: the changes it brings are listed here before anything is imported."
            ),
            self,
        )
        self.empty_note.setObjectName("empty_note")
        self.empty_note.setWordWrap(True)
        self.model.modelReset.connect(lambda: self.empty_note.setVisible(self.model.rowCount() == 0))
        self.table = QTableView(self)
        self.table.setObjectName("preview")
        named(self.table, self.tr("Changes in the package"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, path_row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.preview_button = self.buttons.addButton(
            self.tr("Pre&view"),
            QDialogButtonBox.ButtonRole.ActionRole,  # Alt+P is the passphrase's
        )
        self.preview_button.setObjectName("preview_button")
        self.preview_button.clicked.connect(self.start_preview)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.stop_button = self.buttons.addButton(self.tr("&Stop"), QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.setObjectName("stop_button")
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop)
        self._stop = StopFlag()
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 620, 460)

    def show_package(self, path: Path) -> None:
        """Start on ``path``: the preview follows at once when the passphrase is known already."""
        self.path.setText(str(path))
        if self.passphrase.text():
            self.start_preview()
        else:
            self.passphrase.setFocus()

    def package_filter(self) -> str:
        """The Open dialog's filter: mail programs rename "x.petdesk-sync" to "x.petdesk-sync.txt"
        (Outlook), and the user should not need "All files" to find it (field test 91)."""
        return self.tr("petdesk sync packages (*%1);;All files (*)").replace(
            "%1", f"{SUFFIX} *{SUFFIX}.txt {PART_NAME_PATTERN}"
        )

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Package"),
            self.path.text() or str(Path.home()),
            self.package_filter(),
        )
        if name:
            self.path.setText(name)
            self.start_preview()

    def _forget_preview(self) -> None:
        self.package = None
        self._keep_joined(None)
        self.preview_result = None
        self.own_recovery = False
        self.from_retired = False
        self.warning.clear()
        self.warning.setVisible(False)
        # The last file's sender and counts went on standing above a refused file's reason (shots54).
        self.summary.clear()
        self.model.set_rows([])
        self.import_button.setEnabled(False)

    def _missing_text(self, result: service.ImportResult) -> str:
        """Packages of the sender's series that did not arrive, and whether to ask for anything."""
        if not result.missing_packages:
            return ""
        locale = locale_of(self.parentWidget())
        return package_numbers.missing_words(
            result.missing_packages,
            result.sender_name_in(locale),
            covered=result.missing_covered,
            _=translator(locale),
        )

    def stop(self) -> None:
        """Stop the preview or import under way: an import is undone, its backup discarded (the
        Stop button)."""
        self._stop.set()
        self.stop_button.setEnabled(False)
        self.message.setText(self.tr("Stopping…"))

    def _busy(self, busy: bool) -> None:
        # The file and passphrase stay as read while it works: an edit forgets the preview, and with
        # it the package joined from parts that the import is reading.
        for field in (self.path, self.browse_button, self.passphrase):
            field.setEnabled(not busy)
        self.preview_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.preview_result is not None)
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            return  # "Stopping…" stays
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.message.setText(self.stages.text())

    def start_preview(self) -> Operation | None:
        """Verify the file and work out the preview in the background; nothing is written."""
        path = Path(self.path.text().strip())
        passphrase = self.passphrase.text()
        if not self.path.text().strip():
            self.message.setText(self.tr("Choose a package file."))
            return None
        self._forget_preview()
        self._busy(True)
        self.message.setText(self.tr("Verifying…"))
        db = self.db
        locale = locale_of(self)
        stop = self._stop = StopFlag()
        self.stages = StageProgress()

        def work(progress):
            report = self.stages.reporter(progress)
            report("verifying the package")
            joined = JoinedPackage(path)  # a part: the whole, joined from its sibling parts
            try:
                return (*previewed(joined.path, report), joined)
            except BaseException:
                joined.close()
                raise

        def previewed(path: Path, report: Any) -> tuple[Package, service.ImportResult, bool, bool]:
            package = service.read_package(path, passphrase)

            def preview(*, own_package: bool, made_before: bool = False) -> service.ImportResult:
                return service.import_package(
                    db,
                    path,
                    passphrase,
                    dry_run=True,
                    package=package,
                    progress=report,
                    checkpoint=stop.check,
                    own_package=own_package,
                    made_before_retirement=made_before,
                    locale=locale,
                )

            try:
                return package, preview(own_package=False), False, False
            except service.OwnPackage:
                # The core tells whether it is newer than this database (else OwnPackageNotNewer).
                return package, preview(own_package=True), True, False
            except service.RetiredOffice as refused:
                if not refused.made_before:
                    raise  # a change made after the retirement: refused, whatever the user says
                return package, preview(own_package=False, made_before=True), False, True

        self.operation = run_in_background(
            work,
            on_success=self._previewed,
            on_failure=self._failed,
            on_progress=self._progress,
            parent=self,
            stop=stop,
        )
        return self.operation

    def _count_rows(self, result: service.ImportResult) -> list[list[Any]]:
        """A row per kind of record the package changes (or, after the import, changed)."""
        return [
            [entity_label(name, locale_of(self.parentWidget())), c.added, c.updated, c.deleted, c.conflicts]
            for name, c in sorted(result.counts.items())
            if c.added or c.updated or c.deleted or c.conflicts
        ]

    def _spaced(self, sentence: str) -> str:
        """No space beside a Chinese office name ("来自柏林办公室，"), kept beside a Latin one
        ("来自 Hamburg，"): the sentence spaces the name either way (field test 91)."""
        return chinese_spacing(sentence) if is_chinese(locale_of(self.parentWidget())) else sentence

    def _keep_joined(self, joined: JoinedPackage | None) -> None:
        """Keep the package joined from parts until it is imported or the dialog closes."""
        if self.joined is not None and self.joined is not joined:
            self.joined.close()
        self.joined = joined

    def done(self, r: int) -> None:
        self._keep_joined(None)
        super().done(r)

    def _previewed(self, outcome: tuple[Package, service.ImportResult, bool, bool, JoinedPackage]) -> None:
        self.package, result, self.own_recovery, self.from_retired, joined = outcome
        self._keep_joined(joined)
        self.preview_result = result
        self._busy(False)
        rows = self._count_rows(result)
        self.model.set_rows(rows)
        manifest = result.manifest
        sender = result.sender_name_in(locale_of(self.parentWidget()))
        summary = (
            self._spaced(self.tr("From %1, made %2 with petdesk %3.").replace("%1", sender))
            .replace("%2", service.made_when(manifest.get("created_at"), locale_of(self.parentWidget())))
            .replace("%3", str(manifest.get("petdesk_version", "?")))
        )
        if result.new_office:  # no space after the Chinese "。" (shots52)
            first = self.tr("First package from an office not known here: %1 (id %2).")
            summary = sentences(
                summary,
                first.replace("%1", result.sender_name_in(locale_of(self.parentWidget()))).replace(
                    "%2", result.sender_id
                ),
            )
        if joined.parts:
            summary = sentences(summary, self.tr("Joined from %Ln part(s).", "", len(joined.parts)))
        gap = self._missing_text(result)
        if gap and result.missing_covered:  # nothing lost: a note, not a warning
            summary = sentences(summary, gap)
        self.summary.setText(summary)
        warnings = [self._namesake_text(result, known) for known in result.namesakes]
        if gap and not result.missing_covered:
            warnings.append(gap)
        if result.future_clock:
            warnings.append(self._future_clock_text(result))
        if self.own_recovery:
            warnings.append(self._own_package_text())
        if self.from_retired:
            warnings.append(self._from_retired_text(result))
        if result.another_installation:
            warnings.append(self._another_installation_text(result))
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        if result.already_imported and result.imported_before_at is not None:
            # A mail program's renamed copy ("… (1)", "….txt") is the same package: say which one.
            self.message.setText(
                self.tr("This package was imported before, on %1, from the file %2.")
                .replace("%1", service.made_when(result.imported_before_at.isoformat(), locale_of(self)))
                .replace("%2", result.imported_before_file)
            )
        elif result.already_imported:
            self.message.setText(self.tr("This package was imported before."))
        elif not rows:
            self.message.setText(
                self.tr("Nothing new: this database already has every change in the package.")
            )
        else:
            self.message.setText(
                sentences(
                    self.tr("Check the changes above, then press Import. A backup is taken first."),
                    *self._cleanup_text(result),
                )
                + self._mentions_text(result, preview=True)
            )
        self.import_button.setEnabled(bool(rows) or result.conflicts > 0)
        self.previewed.emit(result)

    def start_import(self) -> Operation | None:
        if self.package is None:
            return None
        preview = self.preview_result
        other = preview.addressed_to_other_in(locale_of(self.parentWidget())) if preview else None
        if other and not self._confirm_other_office(other):
            return None
        # Asked here, so the import is told to accept what it would refuse on its own.
        new_office = bool(preview and preview.namesakes)
        if preview and new_office and not self._confirm(self.tr("Office with the same name"), preview):
            return None
        future_clock = bool(preview and preview.future_clock)
        if preview and future_clock and not self._confirm(self.tr("Clock far ahead"), preview, clock=True):
            return None
        own_package = self.own_recovery
        if own_package and not self._confirm_own_package():
            return None
        from_retired = self.from_retired
        if preview and from_retired and not self._confirm_from_retired(preview):
            return None
        path = self.joined.path if self.joined else Path(self.path.text().strip())
        chosen = self.joined.given if self.joined else path  # the history names the part chosen
        passphrase = self.passphrase.text()
        package = self.package
        db = self.db
        locale = locale_of(self)
        self._busy(True)
        self.message.setText(self.tr("Importing…"))
        stop = self._stop = StopFlag()
        self.stages = StageProgress()
        self.operation = run_in_background(
            lambda progress: service.import_package(
                db,
                path,
                passphrase,
                package=package,
                progress=self.stages.reporter(progress),
                checkpoint=stop.check,
                accept_future_clock=future_clock,
                accept_new_office=new_office,
                own_package=own_package,
                made_before_retirement=from_retired,
                locale=locale,
                recorded_as=chosen,
            ),
            on_success=self._imported,
            on_failure=self._failed,
            on_progress=self._progress,
            parent=self,
            stop=stop,
        )
        return self.operation

    def _yes_no(self, title: str, text: str) -> bool:
        """Every question before an import: Yes imports, No (the default) does not."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_other_office(self, office: str) -> bool:
        """A package addressed to another office: import it only if the user says so."""
        return self._yes_no(
            self.tr("Package for another office"),
            self.tr("This package was addressed to %1, not to this office. Import it anyway?").replace(
                "%1", office
            ),
        )

    def _own_package_text(self) -> str:
        return self.tr(
            "This package was written by this office itself, after the last change this database holds "
            "of it: this laptop was probably restored from an older backup. Importing it brings back "
            "what was written after that backup."
        )

    def _confirm_own_package(self) -> bool:
        """This office's own package after a restore: import it only if the user says so."""
        return self._yes_no(
            self.tr("This office's own package"),
            sentences(
                self._own_package_text(),
                self.tr(
                    "Import it only if this laptop (or its database) was restored from a backup made "
                    "before the package was written. A backup is taken first. Import it?"
                ),
            ),
        )

    def _from_retired_text(self, result: service.ImportResult) -> str:
        return self.tr(
            "This package comes from %1, an office retired here, but every change in it was made before "
            "the office was retired: a package sent before then, such as a laptop's last package e-mailed "
            "before it was lost or stolen. Importing it keeps the office retired."
        ).replace("%1", result.sender_name_in(locale_of(self.parentWidget())))

    def _confirm_from_retired(self, result: service.ImportResult) -> bool:
        """A retired office's package made before the retirement: import it only if the user says so."""
        return self._yes_no(
            self.tr("Package from a Retired Office"),
            sentences(
                self._from_retired_text(result),
                self.tr(
                    "Import it only if you know the package was sent before the office was retired. "
                    "A backup is taken first. Import it?"
                ),
            ),
        )

    def _another_installation_text(self, result: service.ImportResult) -> str:
        """The partner knows of changes made as this office that were not made here (field test 53,
        defect 3): the command line's warning, in the window too."""
        return self.tr(
            "%1 has changes made as this office that were not made here: another computer works as this "
            "office too (a laptop restored from this office's backup?), or this one was restored from an "
            "older backup. The package can be imported; stop using one of the two computers as this "
            "office, or give it a new database with a full package."
        ).replace("%1", result.sender_name_in(locale_of(self.parentWidget())))

    def _namesake_text(self, result: service.ImportResult, known: str) -> str:
        return (
            self.tr(
                "Another office is already known as %1 (id %2); this package comes from a different office "
                "with the same name (id %3)."
            )
            .replace("%1", result.sender_name_in(locale_of(self.parentWidget())))
            .replace("%2", known)
            .replace("%3", result.sender_id)
        )

    def _future_clock_text(self, result: service.ImportResult) -> str:
        assert result.future_clock is not None
        newest = to_datetime(result.future_clock)
        now = to_datetime(encode(result.checked_at_ms))
        locale = locale_of(self.parentWidget())
        text = (
            self.tr(
                "The package from %1 (id %2) carries clock values up to %3 UTC, more than a day ahead of "
                "this computer's clock (%4 UTC), though it was made by a clock that agrees with this one: "
                "the sending computer's clock ran ahead before and was put right since."
            )
            if result.clock_put_right  # neither clock is wrong now (field test 72)
            else self.tr(
                "The package from %1 (id %2) carries clock values up to %3 UTC, more than a day ahead of "
                "this computer's clock (%4 UTC): the clock of one of the two computers is wrong."
            )
        )
        return arg(
            text,
            result.sender_name_in(locale),
            result.sender_id,
            format_datetime(newest, locale),  # both in UTC, as the sentence says
            format_datetime(now, locale),
        )

    def _confirm(self, title: str, result: service.ImportResult, *, clock: bool = False) -> bool:
        """A namesake office or a clock far ahead: import only if the user says so, knowing the facts."""
        if clock:
            text = sentences(
                self._future_clock_text(result),
                self.tr(
                    "If you import it, its changes are given this computer's time, as if made now: they "
                    "win over changes made here before, not over later ones, and this office's clock "
                    "stays right. Import it anyway?"
                ),
            )
        else:
            text = sentences(
                *(self._namesake_text(result, known) for known in result.namesakes),
                self.tr("Import it only if that office is real. Import it?"),
            )
        return self._yes_no(title, text)

    def _imported(self, result: service.ImportResult) -> None:
        self.result = result
        self.preview_result = None
        self.package = None
        self._keep_joined(None)
        self._busy(False)
        # The conflicts left open: some the preview counted were settled by the import itself.
        self.model.set_rows(self._count_rows(result))
        # Joined by sentences(): no space after a Chinese "。" (shots50: "自动备份。 恢复本处…").
        said = [
            self._spaced(
                self.tr("Imported %Ln change(s) from %1.", "", result.changes).replace(
                    "%1", result.sender_name_in(locale_of(self.parentWidget()))
                )
            ),
            *self._cleanup_text(result),
        ]
        if result.new_conflicts:
            said.append(self.tr("%Ln conflict(s) need a look (Sync page).", "", result.new_conflicts))
        if result.overridden:
            said.append(
                self.tr(
                    "Overridden by another office's concurrent edit: %Ln edit(s) made here.",
                    "",
                    result.overridden,
                )
            )
        if result.follow_ups_deleted:
            said.append(
                self.tr(
                    "%Ln open follow-up(s) of contacts, organisations or projects deleted at another office "
                    "were deleted with them; restoring a record brings its follow-ups back.",
                    "",
                    result.follow_ups_deleted,
                )
            )
        if result.backup_path:
            said.append(self.tr("Backup: %1").replace("%1", str(result.backup_path)))
        if result.backup_path and result.to_erase:
            # The erasure is not whole while that copy stays (field test 17 §8); only records that
            # were here before the import are in it (field test 49, defect 3).
            said.append(
                self.tr(
                    "That backup still holds the %Ln record(s) erased by this import: once the import is "
                    "checked, delete it in File › Backups.",
                    "",
                    result.to_erase,
                )
            )
        if result.not_rewritten and result.not_rewritten.unreachable:
            # A pulled stick: reconnecting it, not freeing space, is what lets the rewrite run.
            said.append(
                self.tr(
                    "The file could not be rewritten (%1), so pieces of the records this package erased may "
                    "remain in its unused space. Reconnect the drive holding the file, then run "
                    "petdesk person erase %2 to rewrite it."
                )
                .replace("%1", result.not_rewritten.reason)
                .replace("%2", result.erased_person)
            )
        elif result.not_rewritten:
            # Imported and committed; only the rewrite that clears the erased bytes failed (field test 59).
            said.append(
                self.tr(
                    "The file could not be rewritten (%1), so pieces of the records this package erased may "
                    "remain in its unused space. Free some space on the disk, then run petdesk person "
                    "erase %2 to rewrite it."
                )
                .replace("%1", result.not_rewritten.reason)
                .replace("%2", result.erased_person)
            )
        self.message.setText(sentences(*said) + self._mentions_text(result, preview=False))
        self.imported.emit(result)

    def _cleanup_text(self, result: service.ImportResult) -> list[str]:
        """The restorations and merges a cleanup at the sender made, in words as the command line says
        them: the table shows them only as "updated" and as merge records (field test 69, defect 5)."""
        words: list[str] = []
        if result.restored:
            words.append(
                self.tr(
                    "Brings back %Ln record(s) deleted here: restored at the sending office.",
                    "",
                    result.restored,
                )
            )
        if result.merges:
            words.append(
                self.tr(
                    "%Ln merge(s) of duplicates made at the sending office.",
                    "",
                    result.merges,
                )
            )
        return words

    def _mentions_text(self, result: service.ImportResult, *, preview: bool) -> str:
        """This office's words naming a person the package erases: to edit here too (field test 59),
        told in the preview already, as the import tells them after."""
        if not result.mention_lines:
            return ""
        shown = [f"• {line}" for line in result.mention_lines[:_MENTIONS_SHOWN]]
        n = len(result.mentions)  # the import words the first few only (sync.service.MENTION_LINES)
        if n > len(shown):
            more = n - len(shown)
            # the confirmation's words in the History context: one translation for both
            shown.append(QCoreApplication.translate("History", "… and %1 more").replace("%1", str(more)))
        heading = (
            self.tr(
                "A person this package erases is still named in %Ln record(s) here; the import leaves "
                "them as they are:",
                "",
                n,
            )
            if preview
            else self.tr(
                "A person this package erased is still named in %Ln record(s) here; edit them if the name "
                "should go:",
                "",
                n,
            )
        )
        return "\n\n" + heading + "\n" + "\n".join(shown)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, Cancelled):
            self.message.setText(self.tr("Stopped; nothing was imported."))
            self.previewed.emit(exc)
            return
        if isinstance(exc, PackageError):
            # The reasons are clauses without a full stop: the sentence gets one (never two).
            reason = localize_error(exc, locale_of(self)).rstrip(".。")
            self.message.setText(self.tr("The file was rejected: %1.").replace("%1", reason))
        else:
            self.message.setText(self.tr("Import failed: %1").replace("%1", explain(exc, locale_of(self))))
        self.previewed.emit(exc)
