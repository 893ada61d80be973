"""File > Export Yearly Events Report… (field test 89: the funding agency's report of the year's
visits and trainings with their people by gender was ``petdesk report events`` only): the year the
agency asks for and a workbook or CSV file, written by the same services off the GUI thread."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from petdesk.gui.qt import QAction, QCoreApplication, QWidget
from petdesk.gui.year_file_form import YearExportDialog, delimiter_for, file_to_write

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


class EventsReportDialog(YearExportDialog):
    """The year and the file; Export writes the visits and trainings starting in that year."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(db, locale, parent, name="events_report")
        self.setWindowTitle(self.tr("Export Yearly Events Report"))
        self.lay_out_year(
            self.tr(
                "The visits and trainings that start in the year, one row each with their people: women, "
                "men, delegates and attendees; and the totals. A workbook (.xlsx) or a CSV file (.csv)."
            )
        )
        #: (visits, trainings) written by the last export (None until one has finished).
        self.written: tuple[int, int] | None = None

    def _browse(self) -> None:
        filters = (self.tr("Workbook (*.xlsx)"), self.tr("CSV file (*.csv)"))
        self.save_year_file(
            self.tr("events-%1", "file name"), self.tr("Save the Report As"), filters, SUFFIXES
        )

    def export(self) -> None:
        from petdesk.services import year_events, year_events_report

        if (out := file_to_write(self.path, self._browse, SUFFIXES)) is None:
            return
        if (delimiter := delimiter_for(out, self)) is None:
            return
        db, year, locale = self.db, self.year.value(), self.ui_locale

        def work() -> tuple[int, int]:
            with db.reading() as session:
                found = year_events.year_events(
                    session, date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31)
                )
            year_events_report.write(found, out, locale, delimiter=delimiter)
            return len(found.of_kind(year_events.VISIT)), len(found.of_kind(year_events.TRAINING))

        def said(written: tuple[int, int]) -> str:
            from petdesk.labels import join_like

            self.written = written
            visits, trainings = written
            counts = join_like(
                (self.tr("%Ln visit(s)", "", visits), self.tr("%Ln training(s)", "", trainings)), locale
            )
            said = self.tr("Visits and trainings written to %1: %2.")
            return said.replace("%1", str(out)).replace("%2", counts)

        self.run_export(work, said, locale=locale, context="exporting the events report")
