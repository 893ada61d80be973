"""Export…: write a package of changes for another office (or everything, for a first exchange)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.cancellation import Cancelled, StopFlag
from petdesk.db import Database
from petdesk.gui.operations import Operation, run_in_background
from petdesk.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.sync.common import StageProgress, locale_of, passphrase_field
from petdesk.gui.translation import arg
from petdesk.gui.year_file_form import grow_to_fit
from petdesk.i18n import format_date, format_datetime, translator
from petdesk.labels import sentences
from petdesk.language import office_name
from petdesk.messages import explain
from petdesk.sizes import file_size
from petdesk.sync import mail_limit, parts, service
from petdesk.sync.hlc import to_datetime
from petdesk.sync.passphrase import MIN_LENGTH, label, problem

SUFFIX = ".petdesk-sync"


class ExportDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.operation: Operation | None = None
        #: What the service reports, as the progress bar and line show it.
        self.stages = StageProgress()
        self.result: service.ExportResult | None = None  # type: ignore[assignment]
        #: Larger packages get a warning and advice (field test 34, defect 2).
        self.mail_limit = mail_limit.limit_mb(db)
        self.setWindowTitle(self.tr("Export Changes"))

        self.recipient = QComboBox(self)
        self.recipient.setObjectName("recipient")
        self.recipient.addItem(self.tr("Everything (first exchange or a new office)"), None)
        for office in service.list_offices(db):
            # A retired office gets no package (the export would refuse it).
            if not office.is_self and office.retired_at is None:
                name = office_name(office.name, office.name_zh, locale_of(parent))
                label = name + (f" · {office.region}" if office.region else "")
                self.recipient.addItem(
                    self.tr("%1 — changes not yet acknowledged").replace("%1", label), office.id
                )
        if self.recipient.count() > 1:
            self.recipient.setCurrentIndex(1)

        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        stamp = dt.date.today().isoformat()
        self.path.setText(str(Path.home() / f"petdesk-changes-{stamp}{SUFFIX}"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.passphrase = passphrase_field(db, self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("F&or:"), self.recipient)  # Alt+F is the file's
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, path_row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.strength = QLabel(self)
        self.strength.setObjectName("strength")
        form.addRow("", self.strength)
        self.passphrase.textChanged.connect(self._show_strength)
        self._show_strength(self.passphrase.text())
        hint = QLabel(
            self.tr(
                "The file is encrypted with the passphrase the offices share. Carry it on a USB stick, or "
                "send it by e-mail if the e-mail stays under %1 MB (attachments are encoded, a third "
                "larger); without the passphrase nobody can read it."
            ).replace("%1", f"{self.mail_limit:g}"),
            self,
        )
        hint.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.stop_button = self.buttons.addButton(self.tr("&Stop"), QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.setObjectName("stop_button")
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop)
        # Offered once a package over the e-mail limit is written (field test 91: a hub's 25 MB).
        self.split_button = self.buttons.addButton(
            self.tr("Sp&lit into Parts under %1 MB").replace("%1", f"{self.mail_limit:g}"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.split_button.setObjectName("split_button")
        self.split_button.setVisible(False)
        self.split_button.clicked.connect(self.split)
        #: The parts the package was split into (empty until it is).
        self.parts: list[parts.Part] = []
        self._stop = StopFlag()
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _show_strength(self, text: str) -> None:
        """How strong the passphrase is, as it is typed (the export refuses a weak one)."""
        if not text:
            self.strength.clear()
            return
        names = {
            "weak": self.tr("Strength: weak (at least %1 characters, hard to guess)").replace(
                "%1", str(MIN_LENGTH)
            ),
            "fair": self.tr("Strength: fair"),
            "strong": self.tr("Strength: strong"),
        }
        self.strength.setText(names[label(text)])

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Package"),
            self.path.text(),
            self.tr("petdesk sync packages (*%1)").replace("%1", SUFFIX),
        )
        if name:
            self.path.setText(name if name.endswith(SUFFIX) else name + SUFFIX)

    def start(self) -> Operation | None:
        """Export in the background; the dialog shows progress and then what was written."""
        path = Path(self.path.text().strip())
        passphrase = self.passphrase.text()
        if not self.path.text().strip():
            self.message.setText(self.tr("Choose a file to write."))
            return None
        # The core's rule, in the user's language, before any work (its refusal would come
        # after the export in English: field test 6, defect 5).
        if (weak := problem(passphrase, locale=locale_of(self))) is not None:
            self.message.setText(self.tr("Cannot export: %1").replace("%1", weak))
            return None
        to = self.recipient.currentData()
        self._busy(True)
        self.message.setText(self.tr("Exporting…"))
        db = self.db
        stop = self._stop = StopFlag()
        self.stages = StageProgress()
        self.operation = run_in_background(
            lambda progress: service.export_changes(
                db, path, passphrase, to=to, progress=self.stages.reporter(progress), checkpoint=stop.check
            ),
            on_success=self._done,
            on_failure=self._failed,
            on_progress=self._progress,
            parent=self,
            stop=stop,
        )
        return self.operation

    def stop(self) -> None:
        """Stop the export under way: no package is written (the Stop button)."""
        self._stop.set()
        self.stop_button.setEnabled(False)
        self.message.setText(self.tr("Stopping…"))

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        if busy:
            self.split_button.setVisible(False)
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

    def _done(self, result: service.ExportResult) -> None:
        self.result = result
        self._busy(False)
        recipient = result.recipient
        whom = (
            office_name(recipient.name, recipient.name_zh, locale_of(self))
            if recipient
            else self.tr("any office")
        )
        # Erasure markers are not records, but each erases records at the receiver.
        text = (
            self.tr("Wrote %1 for %2: %3 records, %5 erasures, %4.").replace("%5", f"{result.erasures:,}")
            if result.erasures
            else self.tr("Wrote %1 for %2: %3 records, %4.")
        )
        text = (
            text.replace("%1", str(result.path))
            .replace("%2", whom)
            .replace("%3", f"{result.total:,}")
            .replace("%4", file_size(result.size))
        )
        locale = locale_of(self)
        _ = translator(locale)
        advice = mail_limit.too_large_advice(
            result.size, self.mail_limit, incremental=result.incremental, _=_
        )
        splittable = bool(advice) and parts.can_split(self.mail_limit)
        offer = (
            self.tr("Or split it into parts under %1 MB, each small enough for an e-mail.").replace(
                "%1", f"{self.mail_limit:g}"
            )
            if splittable
            else ""
        )
        mail = sentences(arg(self.tr("Warning: %1."), advice), offer) if advice else ""
        self.split_button.setVisible(splittable)
        clock = self._clock_text(result)
        retired = (
            arg(
                self.tr(
                    "Warning: this office was retired on %1 at another office; the offices that know it "
                    "refuse packages from here. If this installation is still meant to be used, ask them to "
                    "return it to service."
                ),
                format_date(result.retired_at.date(), locale),
            )
            if result.retired_at
            else ""
        )
        # sentences(): no space after a Chinese sentence's "。".
        text = sentences(text, mail, clock, retired, self._older_recipient_text(result))
        self.message.setText(text)
        grow_to_fit(self)  # the warning and its offer of parts ran off the bottom, under the buttons

    def split(self) -> Operation | None:
        """Cut the package just written into parts under the e-mail limit (it is then removed)."""
        result = self.result
        if result is None:
            return None
        limit = self.mail_limit
        self._busy(True)
        self.message.setText(self.tr("Splitting…"))
        self.operation = run_in_background(
            lambda: parts.split_package(result.path, limit, package_id=result.package_id),
            on_success=self._split_done,
            on_failure=self._failed,
            parent=self,
        )
        return self.operation

    def _split_done(self, written: list[parts.Part]) -> None:
        self.parts = written
        self._busy(False)
        lines = [f"{part.path.name} — {file_size(part.offset + part.size)}" for part in written]
        said = self.tr(
            "Split into %Ln part(s) under %1 MB: send all of them; the receiving office imports any one "
            "of them.",
            "",
            len(written),
        ).replace("%1", f"{self.mail_limit:g}")
        self.message.setText("\n".join([said, *lines]))
        grow_to_fit(self)  # a line per part: the last ones were cut off (shots54)

    def _clock_text(self, result: service.ExportResult) -> str:
        if not result.clock_behind:
            return ""
        locale = locale_of(self)
        newest = to_datetime(result.clock_behind)
        if result.clock_put_right:  # the clock agrees with the other offices': nothing to correct
            return (
                self.tr(
                    "Note: this office's clock values run up to %1 UTC, ahead of this computer's clock, "
                    "which agrees with the other offices' clocks: they were stored while its clock ran "
                    "ahead, before it was put right. Nothing needs correcting; they catch up on %2."
                )
                .replace("%1", format_datetime(newest, locale))
                .replace("%2", format_date(newest.date(), locale))
            )
        return arg(
            self.tr(
                "Warning: this computer's clock is more than a day behind the newest clock value this "
                "office has seen (%1 UTC); check its date and time."
            ),
            format_datetime(newest, locale),  # in UTC, as the sentence says
        )

    def _older_recipient_text(self, result: service.ExportResult) -> str:
        """The recipient's last package named an older schema: it refuses this one (field test 55)."""
        if result.recipient is None or not result.recipient_schema_older:
            return ""
        office = office_name(result.recipient.name, result.recipient.name_zh, locale_of(self))
        return arg(
            self.tr(
                "Warning: %1's petdesk is older (its last package: %2); it cannot read this package until "
                "it is updated."
            ),
            office,
            ", ".join(result.recipient_schema_older),
        )

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, Cancelled):
            self.message.setText(self.tr("Stopped; no package was written."))
            return
        message = explain(exc, locale_of(self))
        self.message.setText(self.tr("Export failed: %1").replace("%1", message))
        grow_to_fit(self)
