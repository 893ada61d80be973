"""File > Export Yearly Archive…: the window's ``petdesk export-archive`` (field test 69), one
workbook of every record kind created or changed in a year, written off the GUI thread with its
progress shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from petdesk.gui.qt import QAction, QCoreApplication, QWidget
from petdesk.gui.year_file_form import YearExportDialog, file_to_write

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


class ArchiveDialog(YearExportDialog):
    """The year and the file; Export writes the workbook in the background, its bar filling."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(db, locale, parent, name="archive")
        self.setWindowTitle(self.tr("Export Yearly Archive"))
        self.lay_out_year(
            self.tr(
                "Organisations, contacts, visits, trainings, projects, follow-ups and activities created "
                "or changed in the year, a sheet each, with the times they were created and last changed."
            ),
            progress=True,
        )
        #: Rows written by the last export, by table (None until one has finished).
        self.written: dict[str, int] | None = None

    def _browse(self) -> None:
        # "年度归档-2026.xlsx" in the Chinese window (field test 92)
        named = self.tr("archive-%1", "file name")
        self.save_year_file(named, self.tr("Save the Archive As"), ("*.xlsx",), (".xlsx",))

    def export(self) -> None:
        from petdesk.services import year_archive

        if (out := file_to_write(self.path, self._browse, (".xlsx",))) is None:
            return
        db, year, locale = self.db, self.year.value(), self.ui_locale

        def work(report: Any) -> dict[str, int]:
            with db.reading() as session:
                return year_archive.write_archive(session, year, out, locale, report)

        def said(written: dict[str, int]) -> str:
            self.written = written
            return self.tr("%Ln record(s) written to %1.", "", sum(written.values())).replace("%1", str(out))

        self.run_export(work, said, locale=locale, context="exporting the archive")
