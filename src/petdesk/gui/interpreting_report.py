"""File > Export Interpreters' Hours… (field test 94: the hours and days per interpreter per visit and
training, the list finance pays freelance interpreters from, was ``petdesk report interpreting``
only): the period and a workbook or CSV file, written by the same service off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from petdesk.gui import csv_separator
from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import (
    QAction,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.visits.widgets import date_edit
from petdesk.gui.year_file_form import PATH_CHARS, grow_to_fit

if TYPE_CHECKING:
    from petdesk.db import Database
    from petdesk.gui.main_window import MainWindow

SUFFIXES = (".xlsx", ".csv")


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("InterpretingReport", "Export Interpreters' &Hours…"), window)
    action.setObjectName("action_export_interpreting")
    action.triggered.connect(lambda _checked=False: open_interpreting_report(window))
    window.add_file_action(action)


def open_interpreting_report(window: MainWindow) -> InterpretingReportDialog:
    assert window.db is not None
    dialog = InterpretingReportDialog(window.db, window.ui_locale, window)
    window.interpreting_report_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def _with_suffix(text: str) -> Path:
    return Path(text if text.lower().endswith(SUFFIXES) else f"{text}.xlsx")


def _last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The month before ``today``'s: what finance pays at the start of a month."""
    last = today.replace(day=1) - dt.timedelta(days=1)
    return last.replace(day=1), last


class InterpretingReportDialog(QDialog):
    """From, to and the file; Export writes each interpreter's hours and days per event."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interpreting_report_dialog")
        self.setWindowTitle(self.tr("Export Interpreters' Hours"))
        self.db, self.ui_locale = db, locale
        first, last = _last_month(dt.date.today())
        # The window's date boxes ("1 Nov 2026", a calendar to pick from): Qt's own read "01/11/2026".
        self.date_from, self.date_to = date_edit(self, first), date_edit(self, last)
        self.date_from.setObjectName("interpreting_from")
        self.date_to.setObjectName("interpreting_to")
        self.path = QLineEdit(self)
        self.path.setObjectName("interpreting_file")
        # As wide as the yearly exports' file box: the English dialog was 261 px wide, its file box
        # 120 px (a dozen characters of a path, shots54).
        self.path.setMinimumWidth(self.path.fontMetrics().horizontalAdvance("x" * PATH_CHARS))
        #: The file name last suggested (it follows the first day until the user gives another).
        self.suggested = ""
        self._suggest_file()
        self.date_from.dateChanged.connect(lambda _date: self._suggest_file())
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("F&rom:"), self.date_from)
        form.addRow(self.tr("&To:"), self.date_to)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)  # a row of a layout has no buddy of its own: "&F" showed as text
        form.addRow(file_label, file_row)
        self.result_label = QLabel(
            self.tr(
                "Each interpreter's hours and days per visit and training: the items they interpret, "
                "the training sessions they attend. A workbook (.xlsx) or a CSV file (.csv)."
            )
        )
        self.result_label.setObjectName("interpreting_result")
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("interpreting_export")
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        #: Rows written by the last export (None until one has finished).
        self.written: int | None = None

    def period(self) -> tuple[dt.date, dt.date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def _suggest_file(self) -> None:
        """A file in the home folder named for the period's month, as the sync export suggests one:
        the box started empty and Export opened a file dialog (polish54)."""
        if self.path.text() not in ("", self.suggested):
            return  # the user's own
        named = self.tr("interpreting", "file name")
        self.suggested = str(Path.home() / f"{named}-{self.period()[0]:%Y-%m}.xlsx")
        self.path.setText(self.suggested)

    def _browse(self) -> None:
        named = self.tr("interpreting", "file name")
        suggested = self.path.text() or f"{named}.xlsx"
        filters = ";;".join((self.tr("Workbook (*.xlsx)"), self.tr("CSV file (*.csv)")))
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Save the List As"), suggested, filters)
        if name:
            if not name.lower().endswith(SUFFIXES) and "csv" in chosen:
                name = f"{name}.csv"
            self.path.setText(str(_with_suffix(name)))

    def export(self) -> None:
        from petdesk.services import interpreting

        text = self.path.text().strip()
        if not text:
            self._browse()
            text = self.path.text().strip()
            if not text:
                return
        out = _with_suffix(text)
        first, last = self.period()
        if first > last:
            self.result_label.setText(self.tr("The first day is after the last."))
            return
        delimiter = ","
        if out.suffix.lower() == ".csv":
            if (asked := csv_separator.ask_separator(self)) is None:
                return
            delimiter = asked
        db, locale = self.db, self.ui_locale
        self.export_button.setEnabled(False)

        def work() -> int:
            with db.reading() as session:
                found = interpreting.interpreting(session, first, last)
            return interpreting.write_list(found, out, locale, delimiter=delimiter, logged_in=db)

        def done(written: int) -> None:
            self.written = written
            self.export_button.setEnabled(True)
            said = self.tr("%Ln row(s) written to %1.", "", written)
            self.result_label.setText(said.replace("%1", str(out)))
            grow_to_fit(self)

        def failed(exc: BaseException) -> None:
            from petdesk.messages import plain_error

            self.export_button.setEnabled(True)
            self.result_label.setText(plain_error(exc, locale, context="exporting the interpreters' hours"))
            grow_to_fit(self)

        run_in_background(work, on_success=done, on_failure=failed, owner=self)
