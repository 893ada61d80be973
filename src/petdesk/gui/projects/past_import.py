"""File › Import Past Projects…: an office workbook's project sheet (项目), read by
``services.past_projects``. First a preview, read off the GUI thread without writing: each status and
the stage it becomes (unknown ones said), each project with its funder and partners (new ones marked),
each row skipped and why, as ``petdesk import-projects --dry-run`` prints them. Import adds them as one
import; File › Undo an Earlier Import… takes it back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk.gui.operations import ORGANISATION, PROJECT, Changes, Operation, read_op, write_op
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
    from petdesk.services.past_projects import PastProjects


def _title() -> str:
    return QCoreApplication.translate("PastProjects", "Import Past Projects")


def install(window: MainWindow) -> None:
    action = writes(QAction(QCoreApplication.translate("PastProjects", "Import Past Pro&jects…"), window))
    action.setObjectName("action_import_past_projects")
    action.triggered.connect(lambda _checked=False: choose_file(window))
    window.add_file_action(action)


def choose_file(window: MainWindow) -> None:
    name, _filter = QFileDialog.getOpenFileName(
        window, _title(), "", QCoreApplication.translate("PastProjects", "Spreadsheets (*.xlsx *.csv)")
    )
    if name:
        preview_file(window, Path(name))


def _failed(window: MainWindow, locale: str) -> Any:
    return refusal(window, locale, title=_title(), name="past_projects_error")


def preview_file(window: MainWindow, path: Path) -> Operation:
    """Read ``path`` without writing and show what importing it would do, with an Import button."""
    from petdesk.services import past_projects

    assert window.db is not None
    locale = window.ui_locale

    def shown(plan: PastProjects) -> None:
        lines = past_projects.report_lines(plan, locale, dry_run=True)[:-1]
        dialog = PastProjectsDialog(plan, lines, preview=True, parent=window)
        dialog.accepted.connect(lambda: import_file(window, path))
        window.past_projects_preview = dialog  # type: ignore[attr-defined]
        dialog.open()

    return read_op(
        window.db,
        lambda session: past_projects.plan_past_projects(session, path),
        on_success=shown,
        on_failure=_failed(window, locale),
        owner=window,
    )


def import_file(window: MainWindow, path: Path) -> Operation:
    """Import ``path``'s projects, then show what came in and what was skipped."""
    from petdesk.services import past_projects

    assert window.db is not None
    locale = window.ui_locale

    def done(result: PastProjects) -> None:
        lines = past_projects.report_lines(result, locale)[:-1]
        dialog = PastProjectsDialog(result, lines, preview=False, parent=window)
        window.past_projects_result = dialog  # type: ignore[attr-defined]
        dialog.open()

    return write_op(
        window.db,
        lambda session: past_projects.import_past_projects(session, path),
        changes=Changes.of(PROJECT, ORGANISATION),  # funders and partners may be new organisations
        on_success=done,
        on_failure=_failed(window, locale),
        owner=window,
    )


class PastProjectsDialog(QDialog):
    """The preview (Import / Cancel) or the import's report (Close): the statuses and their stages,
    a line per project, per row skipped with the reason, then the counts."""

    def __init__(
        self, result: PastProjects, lines: list[str], *, preview: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("past_projects_preview" if preview else "past_projects_result")
        n, skipped = len(result.planned), len(result.skipped)
        if preview:
            self.setWindowTitle(self.tr("Import Past Projects: Preview"))
            counted = self.tr("%Ln project(s) to add from %1.", "", n)
        else:
            self.setWindowTitle(self.tr("Past Projects Imported"))
            counted = self.tr("%Ln project(s) added from %1.", "", n)
        new = self.tr("%Ln new funder(s), ", "", len(result.new_funders)) + self.tr(
            "%Ln new partner(s).", "", len(result.new_partners)
        )
        left_out = self.tr("%Ln row(s) skipped.", "", skipped)
        hint = (
            self.tr(
                "Nothing is written until you choose Import. Manager, remark and the status as typed go "
                "into each project's description."
            )
            if preview
            else self.tr("File › Undo an Earlier Import… takes the projects back.")
        )
        if preview:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_button.setObjectName("past_projects_import")
            self.import_button.setEnabled(n > 0)
            buttons.accepted.connect(self.accept)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.summary, self.text = report_body(
            self,
            name="past_projects",
            summary="\n".join((counted.replace("%1", result.sheet), new, left_out)),
            lines="\n".join(line.rstrip() for line in lines),
            hint=hint,
            buttons=buttons,
        )
        self.resize(760, 460)
