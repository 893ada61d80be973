"""File > Export Interpreters' Hours… (field test 94: the hours and days per interpreter per visit and
training, the list finance pays freelance interpreters from, was ``petdesk report interpreting``
only): the period and a workbook or CSV file, written by the same service off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from petdesk.gui.qt import QAction, QCoreApplication, QFormLayout, QWidget
from petdesk.gui.visits.widgets import date_edit
from petdesk.gui.year_file_form import ExportDialog, delimiter_for, file_box, file_to_write, save_as

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


def _last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The month before ``today``'s: what finance pays at the start of a month."""
    last = today.replace(day=1) - dt.timedelta(days=1)
    return last.replace(day=1), last


class InterpretingReportDialog(ExportDialog):
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
        # As wide as the yearly exports' file box: the English dialog was 261 px wide, its file box
        # 120 px (a dozen characters of a path, shots54).
        self.path, file_label, file_row = file_box(
            name="interpreting_file",
            file_label=self.tr("&File:"),
            browse=self.tr("&Browse…"),
            on_browse=self._browse,
            parent=self,
        )
        #: The file name last suggested (it follows the first day until the user gives another).
        self.suggested = ""
        self._suggest_file()
        self.date_from.dateChanged.connect(lambda _date: self._suggest_file())
        form = QFormLayout()
        form.addRow(self.tr("F&rom:"), self.date_from)
        form.addRow(self.tr("&To:"), self.date_to)
        form.addRow(file_label, file_row)
        self.lay_out(
            form,
            name="interpreting",
            description=self.tr(
                "Each interpreter's hours and days per visit and training: the items they interpret, "
                "the training sessions they attend. A workbook (.xlsx) or a CSV file (.csv)."
            ),
            export=self.tr("&Export"),
        )
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
        filters = (self.tr("Workbook (*.xlsx)"), self.tr("CSV file (*.csv)"))
        if name := save_as(self, self.tr("Save the List As"), suggested, filters, SUFFIXES):
            self.path.setText(str(Path(name)))

    def export(self) -> None:
        from petdesk.services import interpreting

        if (out := file_to_write(self.path, self._browse, SUFFIXES)) is None:
            return
        first, last = self.period()
        if first > last:
            self.result_label.setText(self.tr("The first day is after the last."))
            return
        if (delimiter := delimiter_for(out, self)) is None:
            return
        db, locale = self.db, self.ui_locale

        def work() -> int:
            with db.reading() as session:
                found = interpreting.interpreting(session, first, last)
            return interpreting.write_list(found, out, locale, delimiter=delimiter, logged_in=db)

        def said(written: int) -> str:
            self.written = written
            return self.tr("%Ln row(s) written to %1.", "", written).replace("%1", str(out))

        self.run_export(work, said, locale=locale, context="exporting the interpreters' hours")
