"""File › Export Log…: the files of personal data written at this office, newest first ("06/12/2026
14:03  Wang Lei exported 12 contacts to partners.vcf"), so that a successor, or a person asking "to
whom did you send my data?", can be answered (field test 84). The lines are put into words by the
service (``services.export_log``), in the window's language; ``petdesk exports`` prints the same.

A file written while its line could not be (the database locked by another program, or read-only)
is kept and its export reported done, as ever; a note beside it says the log missed it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from petdesk.export_log_missed import MISSED
from petdesk.gui.log_lines import fill_log_dialog
from petdesk.gui.qt import QAction, QCoreApplication, QDialog, QMessageBox, QObject, Qt, QWidget, Signal
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
    relay = MissedRelay(window)
    MISSED.append(relay.missed.emit)  # (from an export's worker thread too: the signal is queued)
    window.destroyed.connect(lambda _obj=None, emit=relay.missed.emit: _forget(emit))


def _forget(emit: Callable[[str], None]) -> None:
    if emit in MISSED:
        MISSED.remove(emit)


class MissedRelay(QObject):
    """Says in the window, beside the export's own "done", that the log missed a written file."""

    missed = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.owner = window
        self.missed.connect(self.tell)

    def tell(self, file_name: str) -> None:
        text = QCoreApplication.translate(
            "ExportLogDialog",
            "%1 was written, but the export log could not note it: the database is busy in another "
            "program or cannot be changed. The export itself is done.",
        ).replace("%1", file_name)
        title = QCoreApplication.translate("ExportLogDialog", "Export Log")
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.owner)
        box.setObjectName("export_log_missed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.owner.export_log_missed = box  # type: ignore[attr-defined]  # (tests read it)
        box.open()  # not modal to the export's own report: both are read


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
            "Files of personal data written at this office: contacts exported, registration lists, "
            "name cards, dossiers, certificates, yearly archives, hand-over and follow-up lists, "
            "a person's data, exchange files with contacts and attendance reports. For one person's: "
            "petdesk exports --contact ID."
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
