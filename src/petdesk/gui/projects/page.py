"""The Projects page: the board and a list filtered by stage, with totals per currency."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from petdesk.db import Database
from petdesk.gui.list_page import ListPage
from petdesk.gui.operations import PROJECT, Changes, announce, read_op, subscribe
from petdesk.gui.pages import enum_formatter
from petdesk.gui.plurals import PipelineLists
from petdesk.gui.projects.board import ProjectBoard
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QKeySequence,
    QLabel,
    QPushButton,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.i18n import format_currency, format_date
from petdesk.models.enums import ProjectStatus
from petdesk.services import pipeline_lists
from petdesk.services import projects as project_service
from petdesk.vocab import label

PROJECT_HEADERS = (
    ("title", QT_TRANSLATE_NOOP("Columns", "Title")),
    ("stage", QT_TRANSLATE_NOOP("Columns", "Stage")),
    ("funder", QT_TRANSLATE_NOOP("Columns", "Funder")),
    ("requested", QT_TRANSLATE_NOOP("Columns", "Requested")),
    ("currency", QT_TRANSLATE_NOOP("Columns", "Currency")),
    ("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline")),
)


class ProjectsPage(QWidget):
    #: Emitted when the totals (and whether there is any project) read in the background are shown.
    totals_shown = Signal()

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._announcing = False  # True while this page tells the others of its own board move
        self.db = db
        self._totals_generation = 0
        self.ui_locale = locale
        self.tabs = QTabWidget(self)
        self.board = ProjectBoard(db, locale, self)
        self.tabs.addTab(self.board, QCoreApplication.translate("ProjectsPage", "Board"))

        list_box = QWidget(self)
        self.stage_filter = QComboBox(list_box)
        self.stage_filter.addItem(QCoreApplication.translate("ProjectsPage", "All stages"), "")
        for stage in project_service.STAGES:
            self.stage_filter.addItem(label(stage, locale), stage.value)
        self.query = pipeline_lists.projects(locale)
        headers = [(k, QCoreApplication.translate("Columns", t)) for k, t in PROJECT_HEADERS]
        self.list = ListPage(
            db,
            self.query,
            headers,
            locale=locale,
            formatters={
                "stage": enum_formatter(locale),
                "requested": lambda v: "" if v is None else f"{v:,.0f}",
                "deadline": lambda v: "" if v is None else format_date(v, locale),
            },
            placeholder=QCoreApplication.translate("ProjectsPage", "Search titles, funders and programmes…"),
            noun=PipelineLists(self).projects,
            parent=list_box,
        )
        self.totals = QLabel(list_box)
        self.totals.setWordWrap(True)
        box = QVBoxLayout(list_box)
        box.addWidget(self.stage_filter)
        box.addWidget(self.list, 1)
        box.addWidget(self.totals)
        self.tabs.addTab(list_box, QCoreApplication.translate("ProjectsPage", "List"))
        self.stage_filter.currentIndexChanged.connect(self._filter)
        self.list.activated.connect(self.open_project)
        for column in self.board.columns.values():
            column.itemDoubleClicked.connect(
                lambda item: self.open_project(str(item.data(Qt.ItemDataRole.UserRole)))
            )
        self.board.changed.connect(self._board_changed)
        # A project saved anywhere (its dialog, an import) shows on the board and in the list.
        subscribe(self, self._on_changes)
        from petdesk.gui.empty_state import EmptyHint
        from petdesk.gui.technologies.import_file import import_exchange

        # Shown instead of the board and list while there is no project at all (issue 18).
        self.empty_hint = EmptyHint(
            QCoreApplication.translate("EmptyPage", "No projects yet"),
            QCoreApplication.translate(
                "EmptyPage",
                "Projects are fund applications and cooperation projects, followed from idea to "
                "closing. Start one here, or import them from a 3iPET exchange file sent by another office.",
            ),
            [
                ("new", QCoreApplication.translate("ProjectsPage", "New Project…"), self.new_project),
                (
                    "import",
                    QCoreApplication.translate("EmptyPage", "Import an exchange file…"),
                    lambda: import_exchange(self, db, self.refresh),
                ),
            ],
            self,
        )
        self.new_button = QPushButton(QCoreApplication.translate("ProjectsPage", "New Project…"), self)
        self.new_button.setObjectName("new_project")
        self.new_button.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_button.clicked.connect(lambda _checked=False: self.new_project())
        self.tabs.setCornerWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.empty_hint)
        self.empty_hint.hide()  # until the first read says there is no project
        self._update_totals()

    def _filter(self) -> None:
        value = self.stage_filter.currentData()
        self.query.where = [self.query.model.status == ProjectStatus(value)] if value else []
        self.list.refresh()
        self._update_totals()

    def can_undo_last(self) -> bool:
        """Edit › Undo: the board's last stage move, while the board shows."""
        return self.tabs.currentWidget() is self.board and self.board.undo_button.isEnabled()

    def undo_last(self) -> None:
        self.board.undo()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(PROJECT) and not self._announcing:
            self.refresh()

    def _board_changed(self) -> None:
        self.list.refresh()
        self._update_totals()
        # A stage move changes the calendar's deadlines and the organisations' project lists too;
        # this page has shown it already.
        self._announcing = True
        try:
            announce(Changes.of(PROJECT))
        finally:
            self._announcing = False

    def _update_totals(self) -> None:
        """Read the totals in the background; the newest answer is shown when it arrives."""
        value = self.stage_filter.currentData()
        self._totals_generation += 1
        generation = self._totals_generation

        def work(s: Any) -> list[project_service.ProjectRow]:
            return project_service.list_projects(s, stages=[ProjectStatus(value)] if value else ())

        def arrived(rows: list[project_service.ProjectRow]) -> None:
            if generation == self._totals_generation:
                self._show_totals(value, rows)

        read_op(self.db, work, on_success=arrived, owner=self)

    def _show_totals(self, value: str, rows: list[project_service.ProjectRow]) -> None:
        self.totals.setText(money_totals(project_service.totals_by_currency(rows), self.ui_locale))
        if not value:
            empty = not rows
            self.empty_hint.setVisible(empty)
            self.tabs.setVisible(not empty)
        self.totals_shown.emit()

    def select_project(self, project_id: str) -> bool:
        """Show the board with ``project_id``'s card selected (from a deadline or an organisation)."""
        self.tabs.setCurrentWidget(self.board)
        if not self.board.filled:  # the board's first read is still running: select once it is in
            self.board.after_fill(lambda: self.select_project(project_id))
            return True
        found = self.board.item_of(project_id)
        if found is None:
            return False
        stage, item = found
        column = self.board.columns[stage]
        column.setCurrentItem(item)
        column.scrollToItem(item)
        column.setFocus()
        return True

    def new_project(self) -> None:
        """Open the New Project dialog (not waited for); the board and list show the project made."""
        self._open_dialog(None)

    def open_project(self, project_id: str) -> None:
        """Open a project's fields (a double-click or Enter on a card or a row)."""
        self._open_dialog(project_id)

    def _open_dialog(self, project_id: str | None) -> None:
        self.dialog = ProjectDialog(self.db, self.ui_locale, self, project_id=project_id)
        self.dialog.open()  # what it stores is announced on the change bus, which refreshes the page

    def refresh(self) -> None:
        self.board.refresh()
        self.list.refresh()
        self._update_totals()


def money_totals(totals: Mapping[str, tuple[float, float]], locale: str) -> str:
    """Money per currency, never summed across currencies: "EUR: requested €…, approved €… · …"
    (the Projects page's totals and the Market page's line)."""
    return " · ".join(
        QCoreApplication.translate("ProjectsPage", "%1: requested %2, approved %3")
        .replace("%1", cur)
        .replace("%2", format_currency(req, cur, locale))
        .replace("%3", format_currency(app, cur, locale))
        for cur, (req, app) in totals.items()
    )
