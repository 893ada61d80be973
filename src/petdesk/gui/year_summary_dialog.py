"""File > Export Annual Summary… (field test 103: the office's annual report to the national agency
was ``petdesk report year`` only): the year and a workbook, CSV file or bilingual PDF, written by the
same services off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.qt import QAction, QCoreApplication, QWidget
from petdesk.gui.year_file_form import YearExportDialog, delimiter_for, file_to_write

if TYPE_CHECKING:
    from petdesk.db import Database
    from petdesk.gui.main_window import MainWindow

#: The files offered; a name without one of them is saved as a workbook.
SUFFIXES = (".xlsx", ".csv", ".pdf")


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("YearSummary", "Export Annual Summar&y…"), window)
    action.setObjectName("action_export_year_summary")
    action.triggered.connect(lambda _checked=False: open_year_summary(window))
    window.add_file_action(action)


def open_year_summary(window: MainWindow) -> YearSummaryDialog:
    assert window.db is not None
    dialog = YearSummaryDialog(window.db, window.ui_locale, window)
    window.year_summary_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


class YearSummaryDialog(YearExportDialog):
    """The year and the file; Export writes that year's figures."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(db, locale, parent, name="year_summary")
        self.setWindowTitle(self.tr("Export Annual Summary"))
        self.lay_out_year(
            self.tr(
                "The year's figures for the annual report: visits by partner country and type, training "
                "attendees by country and gender, projects by funder and currency and by stage, technology "
                "matches and new partners, counted as the lists count them. A workbook (.xlsx), a CSV file "
                "(.csv) or a bilingual PDF (.pdf)."
            )
        )
        #: The year written by the last export (None until one has finished).
        self.written: int | None = None

    def _browse(self) -> None:
        filters = (self.tr("Workbook (*.xlsx)"), self.tr("CSV file (*.csv)"), self.tr("PDF (*.pdf)"))
        named = self.tr("annual-summary-%1", "file name")
        self.save_year_file(named, self.tr("Save the Summary As"), filters, SUFFIXES)

    def export(self) -> None:
        from petdesk.services import year_summary, year_summary_report

        if (out := file_to_write(self.path, self._browse, SUFFIXES)) is None:
            return
        if (delimiter := delimiter_for(out, self)) is None:
            return
        db, year, locale = self.db, self.year.value(), self.ui_locale

        def work() -> int:
            with db.reading() as session:
                found = year_summary.year_summary(session, year)
            year_summary_report.write(found, out, locale, delimiter=delimiter)
            return year

        def said(written: int) -> str:
            self.written = written
            return (
                self.tr("Annual summary %1 written to %2.")
                .replace("%1", str(written))
                .replace("%2", str(out))
            )

        self.run_export(work, said, locale=locale, context="exporting the annual summary")
