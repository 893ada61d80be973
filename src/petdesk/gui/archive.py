"""File > Export Yearly Archive…: the window's ``petdesk export-archive`` (field test 69), one
workbook of every record kind created or changed in a year, written off the GUI thread with its
progress shown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import (
    QAction,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.year_file_form import grow_to_fit, year_and_file

if TYPE_CHECKING:
    from petdesk.db import Database
    from petdesk.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("Archive", "Export Yearly &Archive…"), window)
    action.setObjectName("action_export_archive")
    action.triggered.connect(lambda _checked=False: open_archive(window))
    window.add_file_action(action)


def open_archive(window: MainWindow) -> ArchiveDialog:
    assert window.db is not None
    dialog = ArchiveDialog(window.db, window.ui_locale, window)
    window.archive_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


class ArchiveDialog(QDialog):
    """The year and the file; Export writes the workbook in the background, its bar filling."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archive_dialog")
        self.setWindowTitle(self.tr("Export Yearly Archive"))
        self.db, self.ui_locale = db, locale
        self.year, self.path, form = year_and_file(
            name="archive",
            year_label=self.tr("&Year:"),
            file_label=self.tr("&File:"),
            browse=self.tr("&Browse…"),
            on_browse=self._browse,
        )
        self.bar = QProgressBar()
        self.bar.setObjectName("archive_progress")
        # Its room kept while hidden: shown, it squeezed the description's last line off (shots50).
        policy = self.bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.bar.setSizePolicy(policy)
        self.bar.hide()
        self.result_label = QLabel(
            self.tr(
                "Organisations, contacts, visits, trainings, projects, follow-ups and activities created "
                "or changed in the year, a sheet each, with the times they were created and last changed."
            )
        )
        self.result_label.setObjectName("archive_result")
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("archive_export")
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        #: Rows written by the last export, by table (None until one has finished).
        self.written: dict[str, int] | None = None

    def _fit(self) -> None:
        grow_to_fit(self)

    def _browse(self) -> None:
        # "年度归档-2026.xlsx" in the Chinese window (field test 92)
        named = self.tr("archive-%1", "file name").replace("%1", str(self.year.value()))
        suggested = self.path.text() or f"{named}.xlsx"
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the Archive As"), suggested, "*.xlsx")
        if name:
            self.path.setText(name if name.lower().endswith(".xlsx") else f"{name}.xlsx")

    def export(self) -> None:
        from petdesk.services import year_archive

        text = self.path.text().strip()
        if not text:
            self._browse()
            text = self.path.text().strip()
            if not text:
                return
        out = Path(text if text.lower().endswith(".xlsx") else f"{text}.xlsx")
        db, year, locale = self.db, self.year.value(), self.ui_locale
        self.export_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()

        def work(report: Any) -> dict[str, int]:
            with db.reading() as session:
                return year_archive.write_archive(session, year, out, locale, report)

        def show(done: int, total: int) -> None:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)

        def done(written: dict[str, int]) -> None:
            self.written = written
            self.export_button.setEnabled(True)
            self.bar.hide()
            total = sum(written.values())
            self.result_label.setText(
                self.tr("%Ln record(s) written to %1.", "", total).replace("%1", str(out))
            )
            self._fit()

        def failed(exc: BaseException) -> None:
            from petdesk.messages import plain_error

            self.export_button.setEnabled(True)
            self.bar.hide()
            self.result_label.setText(plain_error(exc, locale, context="exporting the archive"))
            self._fit()

        run_in_background(work, on_success=done, on_failure=failed, on_progress=show, owner=self)
