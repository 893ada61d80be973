"""File › Import Past Visits… (field test 101): an office's own record of past delegation visits, a sheet
of a workbook or a CSV file, read by ``services.past_visits`` off the GUI thread; what came in and what
was skipped, and why, is shown as the command line prints it. File › Undo an Earlier Import… takes it back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk.gui.operations import VISIT, Changes, Operation, write_op
from petdesk.gui.qt import (
    QAction,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.read_only import writes

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow
    from petdesk.services.past_visits import PastVisitsResult


def install(window: MainWindow) -> None:
    action = writes(QAction(QCoreApplication.translate("PastVisits", "Imp&ort Past Visits…"), window))
    action.setObjectName("action_import_past_visits")
    action.triggered.connect(lambda _checked=False: choose_file(window))
    window.add_file_action(action)


def choose_file(window: MainWindow) -> None:
    name, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("PastVisits", "Import Past Visits"),
        "",
        QCoreApplication.translate("PastVisits", "Spreadsheets (*.xlsx *.csv)"),
    )
    if name:
        import_file(window, Path(name))


def import_file(window: MainWindow, path: Path) -> Operation:
    """Import ``path``'s past visits, then show the rows added and skipped."""
    from petdesk.services import past_visits

    assert window.db is not None
    locale = window.ui_locale

    def work(session: Any) -> PastVisitsResult:
        return past_visits.import_past_visits(session, path)

    def done(result: PastVisitsResult) -> None:
        dialog = PastVisitsResultDialog(past_visits.report_lines(result, locale), window)
        window.past_visits_result = dialog  # type: ignore[attr-defined]
        dialog.open()

    def failed(exc: BaseException) -> None:
        from petdesk.i18n import translator

        text = str(exc)
        if isinstance(exc, past_visits.PastVisitsError):
            text = translator(locale)(exc.sentence).format(**exc.values)
        window.past_visits_error = text  # type: ignore[attr-defined]
        QMessageBox.warning(window, QCoreApplication.translate("PastVisits", "Import Past Visits"), text)

    return write_op(
        window.db, work, changes=Changes.of(VISIT), on_success=done, on_failure=failed, owner=window
    )


class PastVisitsResultDialog(QDialog):
    """The import's report: a line per visit added, per row skipped with the reason, then the counts."""

    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("past_visits_result")
        self.setWindowTitle(self.tr("Past Visits Imported"))
        self.summary = QLabel(lines[-1])
        self.summary.setObjectName("past_visits_summary")
        self.summary.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(line.strip() for line in lines[:-1]))
        self.text.setReadOnly(True)
        self.text.setObjectName("past_visits_lines")
        hint = QLabel(
            self.tr(
                "Country, head count and host are in each visit's notes. "
                "File › Undo an Earlier Import… takes the visits back."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.text, hint, buttons):
            layout.addWidget(widget)
        self.resize(720, 420)
