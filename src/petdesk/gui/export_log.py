"""File › Export Log…: the files of personal data written at this office, newest first ("06/12/2026
14:03  Wang Lei exported 12 contacts to partners.vcf"), so that a successor, or a person asking "to
whom did you send my data?", can be answered (field test 84). The lines are put into words by the
service (``services.export_log``), in the window's language; ``petdesk exports`` prints the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.log_lines import fill_log_dialog
from petdesk.gui.qt import QAction, QCoreApplication, QDialog, QWidget
from petdesk.services import export_log

if TYPE_CHECKING:
    from petdesk.db import Database
    from petdesk.gui.main_window import MainWindow

#: Lines shown: the newest; an office writes a few files a week.
SHOWN = 500


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("ExportLogDialog", "Export &Log…"), window)
    action.setObjectName("action_export_log")
    action.triggered.connect(lambda _checked=False: open_export_log(window))
    window.add_file_action(action)


def open_export_log(window: MainWindow) -> ExportLogDialog:
    assert window.db is not None
    dialog = ExportLogDialog(window.db, window.ui_locale, window)
    window.export_log = dialog  # type: ignore[attr-defined]  # (tests read it)
    dialog.open()
    return dialog


class ExportLogDialog(QDialog):
    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_log")
        self.setWindowTitle(self.tr("Export Log"))
        with db.reading() as session:  # a few hundred short rows at most
            lines = export_log.lines(session, limit=SHOWN)
        note = self.tr(
            "Files of personal data written at this office: contacts exported, registration lists "
            "and name cards. For one person's: petdesk exports --contact ID."
        )
        #: The lines as shown (tests read them here).
        self.text = fill_log_dialog(
            self,
            note=note,
            lines=((line.at, export_log.sentence(line, locale)) for line in lines),
            empty=self.tr("No files of personal data logged yet."),
            locale=locale,
            name="export_log_lines",
        )
