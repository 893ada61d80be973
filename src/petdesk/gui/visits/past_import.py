"""File › Import Past Visits… (field test 101): an office's own record of past delegation visits, a sheet
of a workbook or a CSV file, read by ``services.past_visits`` off the GUI thread; what came in and what
was skipped, and why, is shown as the command line prints it. File › Undo an Earlier Import… takes it back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk.gui.operations import TRAINING, VISIT, Changes, Operation, write_op
from petdesk.gui.past_import_parts import refusal, report_body
from petdesk.gui.qt import (
    QAction,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QWidget,
)
from petdesk.gui.read_only import writes

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow
    from petdesk.services.past_visits import PastVisitsResult


def install(window: MainWindow) -> None:
    visits = writes(QAction(QCoreApplication.translate("PastVisits", "Imp&ort Past Visits…"), window))
    visits.setObjectName("action_import_past_visits")
    visits.triggered.connect(lambda _checked=False: choose_file(window, "visits"))
    window.add_file_action(visits)
    trainings = writes(QAction(QCoreApplication.translate("PastVisits", "Import Pa&st Trainings…"), window))
    trainings.setObjectName("action_import_past_trainings")
    trainings.triggered.connect(lambda _checked=False: choose_file(window, "trainings"))
    window.add_file_action(trainings)


def _title(kind: str) -> str:
    if kind == "trainings":
        return QCoreApplication.translate("PastVisits", "Import Past Trainings")
    return QCoreApplication.translate("PastVisits", "Import Past Visits")


def choose_file(window: MainWindow, kind: str) -> None:
    title = _title(kind)
    name, _filter = QFileDialog.getOpenFileName(
        window, title, "", QCoreApplication.translate("PastVisits", "Spreadsheets (*.xlsx *.csv)")
    )
    if name:
        import_file(window, Path(name), kind)


def import_file(window: MainWindow, path: Path, kind: str = "visits") -> Operation:
    """Import ``path``'s past visits (or trainings), then show the rows added and skipped."""
    from petdesk.services import past_visits

    assert window.db is not None
    locale = window.ui_locale

    def work(session: Any) -> PastVisitsResult:
        return past_visits.import_past_visits(session, path, kind=kind)

    def done(result: PastVisitsResult) -> None:
        # the counts are the dialog's own summary: the report's line said "Done: …" a second time
        counts = past_visits.status_counts(result, locale)
        lines = [line for line in past_visits.report_lines(result, locale)[:-1] if line != counts]
        dialog = PastVisitsResultDialog(result, lines, window)
        window.past_visits_result = dialog  # type: ignore[attr-defined]
        dialog.open()

    return write_op(
        window.db,
        work,
        changes=Changes.of(TRAINING if kind == "trainings" else VISIT),
        on_success=done,
        # a training's refusal was titled as a visit's
        on_failure=refusal(window, locale, title=_title(kind), name="past_visits_error"),
        owner=window,
    )


class PastVisitsResultDialog(QDialog):
    """The import's report: a line per visit added, per row skipped with the reason, then the counts."""

    def __init__(self, result: PastVisitsResult, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("past_visits_result")
        n, skipped = len(result.added), len(result.skipped)
        if result.kind == "trainings":
            self.setWindowTitle(self.tr("Past Trainings Imported"))
            added = self.tr("%Ln training(s) added from %1", "", n)
        else:
            self.setWindowTitle(self.tr("Past Visits Imported"))
            added = self.tr("%Ln visit(s) added from %1", "", n)
        # one sentence with a plural for each count, as the command line says it (it was split in two)
        # (%2 first: a sheet named with a "%2" stays as it is)
        said = self.tr("%1, %2.", "visits or trainings added, rows skipped")
        said = said.replace("%2", self.tr("%Ln row(s) skipped", "", skipped))
        said = said.replace("%1", added.replace("%1", result.sheet))
        if n:  # how many came in as planned: a sheet lists coming visits too (field test 108)
            planned = result.planned
            said += "\n" + self.tr("Done: %1 · planned (dated after today): %2").replace(
                "%1", str(n - planned)
            ).replace("%2", str(planned))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.summary, self.text = report_body(
            self,
            name="past_visits",
            summary=said,
            # indented as the report has them: a row's notes stand under it, as in the projects preview
            lines="\n".join(line.rstrip() for line in lines),
            hint=self._hint(result.kind),
            buttons=buttons,
        )
        self.resize(720, 420)

    def _hint(self, kind: str) -> str:
        if kind == "trainings":
            return self.tr(
                "Country or place, head count and host are in each record's notes. "
                "File › Undo an Earlier Import… takes the records back."
            )
        # since 0070 a visit's country and head count have fields of their own (the host stays a note)
        return self.tr(
            "Country and head count are in each visit's own fields, the host in its notes. "
            "File › Undo an Earlier Import… takes the records back."
        )
