"""File > Export Yearly Events Report… (field test 89: the funding agency's report of the year's
visits and trainings with their people by gender was ``petdesk report events`` only): the year the
agency asks for and a workbook or CSV file, written by the same services off the GUI thread."""

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
    QLabel,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.year_file_form import grow_to_fit, year_and_file

if TYPE_CHECKING:
    from petdesk.db import Database
    from petdesk.gui.main_window import MainWindow

#: The files offered; a name without one of them is saved as a workbook.
SUFFIXES = (".xlsx", ".csv")


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("EventsReport", "Export Yearly Even&ts Report…"), window)
    action.setObjectName("action_export_events_report")
    action.triggered.connect(lambda _checked=False: open_events_report(window))
    window.add_file_action(action)


def open_events_report(window: MainWindow) -> EventsReportDialog:
    assert window.db is not None
    dialog = EventsReportDialog(window.db, window.ui_locale, window)
    window.events_report_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def _with_suffix(text: str) -> Path:
    return Path(text if text.lower().endswith(SUFFIXES) else f"{text}.xlsx")


class EventsReportDialog(QDialog):
    """The year and the file; Export writes the visits and trainings starting in that year."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("events_report_dialog")
        self.setWindowTitle(self.tr("Export Yearly Events Report"))
        self.db, self.ui_locale = db, locale
        self.year, self.path, form = year_and_file(
            name="events_report",
            year_label=self.tr("&Year:"),
            file_label=self.tr("&File:"),
            browse=self.tr("&Browse…"),
            on_browse=self._browse,
        )
        self.result_label = QLabel(
            self.tr(
                "The visits and trainings that start in the year, one row each with their people: women, "
                "men, delegates and attendees; and the totals. A workbook (.xlsx) or a CSV file (.csv)."
            )
        )
        self.result_label.setObjectName("events_report_result")
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("events_report_export")
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        #: (visits, trainings) written by the last export (None until one has finished).
        self.written: tuple[int, int] | None = None

    def _fit(self) -> None:
        grow_to_fit(self)

    def _browse(self) -> None:
        named = self.tr("events-%1", "file name").replace("%1", str(self.year.value()))
        suggested = self.path.text() or f"{named}.xlsx"
        filters = ";;".join((self.tr("Workbook (*.xlsx)"), self.tr("CSV file (*.csv)")))
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Save the Report As"), suggested, filters)
        if name:
            if not name.lower().endswith(SUFFIXES) and "csv" in chosen:
                name = f"{name}.csv"
            self.path.setText(str(_with_suffix(name)))

    def export(self) -> None:
        from petdesk.services import year_events, year_events_report

        text = self.path.text().strip()
        if not text:
            self._browse()
            text = self.path.text().strip()
            if not text:
                return
        out = _with_suffix(text)
        delimiter = ","
        if out.suffix.lower() == ".csv":
            if (asked := csv_separator.ask_separator(self)) is None:
                return
            delimiter = asked
        db, year, locale = self.db, self.year.value(), self.ui_locale
        self.export_button.setEnabled(False)

        def work() -> tuple[int, int]:
            with db.reading() as session:
                found = year_events.year_events(
                    session, date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31)
                )
            year_events_report.write(found, out, locale, delimiter=delimiter)
            return len(found.of_kind(year_events.VISIT)), len(found.of_kind(year_events.TRAINING))

        def done(written: tuple[int, int]) -> None:
            from petdesk.labels import join_like

            self.written = written
            self.export_button.setEnabled(True)
            visits, trainings = written
            counts = join_like(
                (self.tr("%Ln visit(s)", "", visits), self.tr("%Ln training(s)", "", trainings)), locale
            )
            said = self.tr("Visits and trainings written to %1: %2.")
            self.result_label.setText(said.replace("%1", str(out)).replace("%2", counts))
            self._fit()

        def failed(exc: BaseException) -> None:
            from petdesk.messages import plain_error

            self.export_button.setEnabled(True)
            self.result_label.setText(plain_error(exc, locale, context="exporting the events report"))
            self._fit()

        run_in_background(work, on_success=done, on_failure=failed, owner=self)
