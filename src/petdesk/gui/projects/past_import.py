"""File › Import Past Projects…: an office workbook's project sheet (项目), read by
``services.past_projects``. First a preview, read off the GUI thread without writing: a table of the
sheet's rows (each project with its funder and partners, new ones marked, its stage, amount and
deadline; each row skipped), with the warnings ``petdesk import-projects --dry-run`` prints under each,
those rows first. Import adds them as one
import; File › Undo an Earlier Import… takes it back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk.gui.a11y import label_for, named
from petdesk.gui.bidi import left_to_right
from petdesk.gui.colours import WARNING, tone
from petdesk.gui.number_cells import NUMBER_ALIGNMENT
from petdesk.gui.operations import ORGANISATION, PROJECT, Changes, Operation, read_op, write_op
from petdesk.gui.past_import_parts import refusal
from petdesk.gui.qt import (
    QAbstractItemView,
    QAction,
    QCheckBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.read_only import writes
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.table_model import ListTableModel, RawRole
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow
    from petdesk.services.past_projects import PastProjects
    from petdesk.services.past_projects_preview import PreviewRow


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
        dialog = PastProjectsDialog(plan, locale, preview=True, parent=window)
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
        dialog = PastProjectsDialog(result, locale, preview=False, parent=window)
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


AnyIndex = QModelIndex | QPersistentModelIndex

#: The preview's columns, marked for translation.
COLUMNS = (
    QT_TRANSLATE_NOOP("PastProjects", "Row"),
    QT_TRANSLATE_NOOP("PastProjects", "Project"),
    QT_TRANSLATE_NOOP("PastProjects", "Funder"),
    QT_TRANSLATE_NOOP("PastProjects", "Partners"),
    QT_TRANSLATE_NOOP("PastProjects", "Stage"),
    QT_TRANSLATE_NOOP("PastProjects", "Amount"),
    QT_TRANSLATE_NOOP("PastProjects", "Deadline"),
    # how a row was read with nothing to check ("taken as closed"), apart from its warnings (window63)
    QT_TRANSLATE_NOOP("PastProjects", "Notes"),
    QT_TRANSLATE_NOOP("PastProjects", "Warnings"),
)
ROW, NAME, FUNDER, PARTNERS, STAGE, AMOUNT, DEADLINE, NOTES, WARNINGS = range(len(COLUMNS))
#: The filter role: "warned" for a row with warnings, so "Only rows with warnings" is a fixed string.
WarnedRole = Qt.ItemDataRole.UserRole + 3
_WARNED = "warned"


class PreviewModel(ListTableModel):
    """The sheet's rows (``PreviewRow``s) as the service says them; sorted by their values (an
    amount as a number, a deadline as a date), rows with warnings in the warning colour."""

    def __init__(self, rows: list[PreviewRow], parent: QWidget | None = None) -> None:
        headers = [QCoreApplication.translate("PastProjects", c) for c in COLUMNS]
        super().__init__(headers, rows, parent)

    def cells(self, row: PreviewRow) -> list[Any]:
        # right-to-left names and notes ("15 رمضان 1448 is a Hijri date…") read in place (walk 58)
        said = [row.name, row.funder, row.partners, "\n".join(row.notes), "\n".join(row.warnings)]
        name, funder, partners, notes, warnings = (left_to_right(text) for text in said)
        stage, amount, deadline = row.stage, row.amount_text, row.deadline_text
        return [row.row, name, funder, partners, stage, amount, deadline, notes, warnings]

    def role_data(self, row_no: int, column: int, role: int) -> Any:
        row: PreviewRow = self.rows[row_no]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME:
                return left_to_right(row.title)  # both languages when the sheet gives both
            if column == STAGE and row.status:
                return row.status  # as the sheet types it
            if column == WARNINGS:
                return left_to_right("\n".join(row.warnings))
            if column == NOTES:
                return left_to_right("\n".join(row.notes))
            return self.display(self.cells(row)[column])
        if role == RawRole:
            return self._sort_value(row, column)
        if role == WarnedRole:
            return _WARNED if row.warnings else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ROW, AMOUNT):
            return NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ForegroundRole and column == WARNINGS and row.warnings:
            return tone(WARNING)
        return None

    def _sort_value(self, row: PreviewRow, column: int) -> Any:
        if column == ROW:
            return row.row
        if column == AMOUNT:
            return -1.0 if row.amount is None else row.amount
        if column == DEADLINE:
            return "" if row.deadline is None else row.deadline.isoformat()
        if column == WARNINGS:
            return len(row.warnings)
        if column == NOTES:
            return len(row.notes)
        return self.cells(row)[column].casefold()


class _RoomyWarnings(QStyledItemDelegate):
    """The warning cells a few pixels taller than their wrapped lines: a Chinese line is drawn a
    pixel or two taller than it is measured, and the cell sized to the measure cut its last line
    ("…但未设截止…", seen at 1366×768)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + option.fontMetrics.height() // 3)


class PastProjectsDialog(QDialog):
    """The preview (Import / Cancel) or the import's report (Close): the counts, then a table of the
    sheet's rows (a project each, or a row skipped) with what was not read or was taken some way,
    the rows with warnings first and a check box to show them alone."""

    def __init__(
        self, result: PastProjects, locale: str, *, preview: bool, parent: QWidget | None = None
    ) -> None:
        from petdesk.services import past_projects_preview

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
        if rule := past_projects_preview.years_rule(result, locale):
            hint = f"{rule}\n{hint}"
        rows = past_projects_preview.preview_rows(result, locale)
        warned = sum(1 for row in rows if row.warnings)

        # an Arabic sheet's name read in place
        self.summary = QLabel(left_to_right("\n".join((counted.replace("%1", result.sheet), new, left_out))))
        self.summary.setObjectName("past_projects_summary")
        self.summary.setWordWrap(True)
        self.model = PreviewModel(rows, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RawRole)
        self.proxy.setFilterRole(WarnedRole)
        self.proxy.setFilterKeyColumn(WARNINGS)
        self.table = named(
            QTableView(self),
            self.tr("Projects to import, with warnings")
            if preview
            else self.tr("Projects imported, with warnings"),
        )
        self.table.setObjectName("past_projects_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(
            -1, Qt.SortOrder.AscendingOrder
        )  # the service's order (warned first) until a click
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        for column in (NOTES, WARNINGS):
            self.table.setItemDelegateForColumn(column, _RoomyWarnings(self.table))
        # each warning on a line of its own, wrapped to the column: cut at the edge, a second one was lost
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        for column in (NAME, FUNDER, PARTNERS, NOTES):  # long names and notes are whole in the tooltip
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 240))
        self.only_warned = named(
            QCheckBox(self.tr("&Only the rows with warnings (%Ln)", "", warned), self),
            self.tr("Show only the rows with warnings"),
        )
        self.only_warned.setObjectName("past_projects_only_warned")
        self.only_warned.setEnabled(warned > 0)
        self.only_warned.toggled.connect(lambda on: self.proxy.setFilterFixedString(_WARNED if on else ""))
        table_label = label_for(self.tr("&Rows of the sheet:"), self.table)

        if preview:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_button.setObjectName("past_projects_import")
            self.import_button.setEnabled(n > 0)
            buttons.accepted.connect(self.accept)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        hint_label = QLabel(hint)
        hint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        labels = QHBoxLayout()
        labels.addWidget(table_label, 1)
        labels.addWidget(self.only_warned)
        layout.addLayout(labels)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint_label)
        layout.addWidget(buttons)
        self.table.setFocus()
        # eight columns want width; within the window it belongs to (a 1024 px window held 760 px)
        width, height = (min(1100, parent.width()), min(520, parent.height())) if parent else (1100, 520)
        resize_within_screen(self, width, height)
