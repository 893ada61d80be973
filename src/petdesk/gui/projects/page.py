"""The Projects page: the board and a list filtered by stage, with totals per currency."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from petdesk.db import Database
from petdesk.gui.focus_back import focus_back_after
from petdesk.gui.focus_mark import FocusMarkTabWidget
from petdesk.gui.list_page import ListPage
from petdesk.gui.operations import (
    PROJECT,
    Changes,
    Operation,
    announce,
    read_op,
    show_failure,
    subscribe,
    write_op,
)
from petdesk.gui.pages import enum_formatter
from petdesk.gui.plurals import PipelineLists
from petdesk.gui.projects.board import ProjectBoard, StageColumn
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import (
    QAction,
    QComboBox,
    QCoreApplication,
    QFileDialog,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMenu,
    QMessageBox,
    QPoint,
    QPushButton,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import hold, writes
from petdesk.gui.shortcut_log import ambiguity_logged
from petdesk.gui.sort_menu import add_sort_menu
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.gui.undo_bar import UndoBar
from petdesk.i18n import currency_name, format_money
from petdesk.language import interface_language, office_name
from petdesk.models.enums import ProjectStatus
from petdesk.services import deadline_time, pipeline_lists
from petdesk.services import projects as project_service
from petdesk.vocab import label

PROJECT_HEADERS = (
    ("title", QT_TRANSLATE_NOOP("Columns", "Title")),
    ("stage", QT_TRANSLATE_NOOP("Columns", "Stage")),
    ("funder", QT_TRANSLATE_NOOP("Columns", "Funder")),
    ("requested", QT_TRANSLATE_NOOP("Columns", "Requested")),
    ("currency", QT_TRANSLATE_NOOP("Columns", "Currency")),
    ("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline")),
    # the deadline or an open milestone, whichever is first: why a project is in a "due" list
    ("next_date", QT_TRANSLATE_NOOP("Columns", "Next deadline")),
)


class ProjectsPage(QWidget):
    #: Emitted when the totals (and whether there is any project) read in the background are shown.
    totals_shown = Signal()

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._announcing = False  # True while this page tells the others of its own board move
        self.db = db
        self._totals_generation = 0
        #: The project overview being made for File › Print Preview, and its preview once shown.
        self.print_operation: Operation | None = None
        self.preview: Any = None
        self.ui_locale = locale
        self.tabs = FocusMarkTabWidget(self)  # it opens with the focus on its tab bar
        self.board = ProjectBoard(db, locale, self)
        self.tabs.addTab(self.board, QCoreApplication.translate("ProjectsPage", "Board"))

        list_box = QWidget(self)
        self.stage_filter = QComboBox(list_box)
        self.stage_filter.addItem(QCoreApplication.translate("ProjectsPage", "All stages"), "")
        for stage in project_service.STAGES:
            self.stage_filter.addItem(label(stage, locale), stage.value)
        self.stage_filter.setAccessibleName(QCoreApplication.translate("ProjectsPage", "Stage"))
        # Field test 16 §9: the projects one partner takes part in, and what falls due soon.
        self.partner_filter = QComboBox(list_box)
        self.partner_filter.setObjectName("partner_filter")
        self.partner_filter.setAccessibleName(QCoreApplication.translate("ProjectsPage", "Partner"))
        self.partner_filter.addItem(QCoreApplication.translate("ProjectsPage", "All partners"), "")
        self.due_filter = QComboBox(list_box)
        self.due_filter.setObjectName("due_filter")
        self.due_filter.setAccessibleName(QCoreApplication.translate("ProjectsPage", "Due"))
        for text, value in (
            (QCoreApplication.translate("ProjectsPage", "Any deadline"), ""),
            (QCoreApplication.translate("ProjectsPage", "Deadline or milestone due this month"), "month"),
            (  # the reminders' span (field test 106)
                QCoreApplication.translate("ProjectsPage", "Deadline or milestone due in the next 14 days"),
                "14d",
            ),
            (
                QCoreApplication.translate("ProjectsPage", "Deadline or milestone due in the next 30 days"),
                "30d",
            ),
        ):
            self.due_filter.addItem(text, value)
        # The year of `petdesk projects --year` and the Market page's Year box (field test 65: the
        # annual report's projects could be listed only on the command line).
        self.year_filter = QComboBox(list_box)
        self.year_filter.setObjectName("year_filter")
        self.year_filter.setAccessibleName(QCoreApplication.translate("ProjectsPage", "Year"))
        self.year_filter.setToolTip(
            QCoreApplication.translate(
                "ProjectsPage",
                "Projects under way in the year: on the board by its end, not rejected or closed before",
            )
        )
        self.year_filter.addItem(QCoreApplication.translate("ProjectsPage", "All years"), None)
        self.query = pipeline_lists.projects(locale)
        headers = [(k, QCoreApplication.translate("Columns", t)) for k, t in PROJECT_HEADERS]
        self.list = ListPage(
            db,
            self.query,
            headers,
            locale=locale,
            formatters={
                "stage": enum_formatter(locale),
                # a timed deadline on this office's clock, the funder's beside it
                "deadline": lambda v: deadline_time.list_cell(v, locale),
                "next_date": lambda v: deadline_time.list_cell(v, locale),
            },
            money={"requested": "currency"},  # with its cents, as the board and the CLI (field test 37, §5)
            placeholder=QCoreApplication.translate("ProjectsPage", "Search titles, funders and programmes…"),
            noun=PipelineLists(self).projects,
            parent=list_box,
        )
        # Delete on a row asks, deletes and offers Ctrl+Z as the other lists do (window63: the key
        # reached only the board's delete, its Undo bar and Ctrl+Z belonging to the board).
        self.list.allow_delete(PROJECT, project_service.delete_projects, project_service.restore_projects)
        self.totals = QLabel(list_box)
        self.totals.setWordWrap(True)
        box = QVBoxLayout(list_box)
        filters = QHBoxLayout()
        for combo in (self.stage_filter, self.partner_filter, self.due_filter):
            filters.addWidget(combo, 1)
        filters.addWidget(self.year_filter)
        # The list as a spreadsheet, as the other lists export theirs (field test 37, §7). Alt+X: Alt+E
        # is the menu bar's Edit, and a button sharing it made the key ambiguous (neither ran at once).
        self.export_button = QPushButton(QCoreApplication.translate("ProjectsPage", "E&xport…"), list_box)
        self.export_button.setObjectName("export_projects")
        self.export_button.setToolTip(
            QCoreApplication.translate("ProjectsPage", "Save the projects listed here as XLSX or CSV")
        )
        self.export_button.clicked.connect(self.export_dialog)
        filters.addWidget(self.export_button)
        #: The last export, and what the page said about it.
        self.export_operation: Operation | None = None
        self.export_message = ""
        box.addLayout(filters)
        box.addWidget(self.list, 1)
        box.addWidget(self.totals)
        self.tabs.addTab(list_box, QCoreApplication.translate("ProjectsPage", "List"))
        for combo in (self.stage_filter, self.partner_filter, self.due_filter, self.year_filter):
            combo.currentIndexChanged.connect(self._filter)
        self.list.activated.connect(self.open_project)
        for column in self.board.columns.values():
            column.itemDoubleClicked.connect(
                lambda item: self.open_project(str(item.data(Qt.ItemDataRole.UserRole)))
            )
        for column in self.board.columns.values():
            # a card's menu (right click, the Menu key, Shift+F10): Open, Move to ▸, Delete
            column.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.customContextMenuRequested.connect(lambda pos, c=column: self._card_menu(c, pos))
            # Ctrl+←/→ moves the current card one column, as dragging it there does
            for key, step in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Right, 1)):
                shortcut = ambiguity_logged(
                    QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), column)
                )
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda c=column, s=step: self._step(c, s))
        # Ctrl+Z on the board undoes what Edit › Undo would: the last delete while its bar shows, else
        # the last move. The board's own Ctrl+Z undid moves only, so after a delete it did nothing
        # (field test 37). With the focus in the board only: the list tab has its own.
        undo_key = ambiguity_logged(QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self.board))
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self.undo_on_board)
        # Ctrl+F opens the List tab's search from the board too (the list's own action counts only
        # while the tab is shown; both at once would be ambiguous). Field test 13, defect 4.
        find = self.list.actions_by_name.pop("find")
        self.list.removeAction(find)
        self.addAction(find)
        find.triggered.disconnect()
        find.triggered.connect(lambda _checked=False: self._find_in_list(list_box))
        self.list.table.customContextMenuRequested.disconnect()  # the list's own menu: ours has more
        self.list.table.customContextMenuRequested.connect(self._row_menu)
        self.delete_action = writes(
            QAction(QCoreApplication.translate("ProjectsPage", "Delete Project…"), self)
        )
        self.delete_action.setObjectName("delete_project")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(lambda _checked=False: self.delete_current())
        self.board.addAction(self.delete_action)  # the board's cards; the list has its own (allow_delete)
        #: Projects of the last delete, for Undo (the bar below, Ctrl+Z, Edit › Undo).
        self._last_deleted: list[str] = []
        # The list pages' bar; its Ctrl+Z too: the focus may be on its Undo button after the last
        # card of a column went.
        self.undo_bar = UndoBar(self)
        self.undo_label = self.undo_bar.label
        self.undo_button = self.undo_bar.button
        self.undo_bar.undo_requested.connect(self.undo_delete)
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
        self.new_button = writes(
            QPushButton(QCoreApplication.translate("ProjectsPage", "New Project…"), self)
        )
        self.new_button.setObjectName("new_project")
        self.new_button.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_button.clicked.connect(lambda _checked=False: self.new_project())
        self.tabs.setCornerWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.empty_hint)
        self.empty_hint.hide()  # until the first read says there is no project
        self._update_totals()
        self._fill_partners()

    def chosen_filter(self, *, words: bool = True) -> project_service.ProjectFilter:
        """What the list shows, as one filter: the list reads it, the printed overview too (field
        test 25: the print ignored the partner and due filters). ``words``: the search box's too."""
        stage, due = self.stage_filter.currentData(), self.due_filter.currentData()
        year = self.year_filter.currentData()
        return project_service.ProjectFilter(
            stages=(ProjectStatus(stage),) if stage else (),
            query=self.list.search.text().strip() if words else "",
            partner_id=self.partner_filter.currentData() or None,
            due=project_service.due_window(due, dt.date.today()) if due else None,
            active=project_service.year_days(int(year)) if year is not None else None,
        )

    def _filter(self) -> None:
        # The words go through the list's own search (the same matching as the filter's).
        self.query.where = self.chosen_filter(words=False).clauses()
        self.list.refresh()
        self._update_totals()

    def _fill_partners(self) -> None:
        """Offer the organisations taking part in a project and the years (read in the background), the
        choices kept."""

        def arrived(choices: list[tuple[str, str, str]]) -> None:
            chosen = self.partner_filter.currentData()
            self.partner_filter.blockSignals(True)
            try:
                while self.partner_filter.count() > 1:
                    self.partner_filter.removeItem(1)
                for org_id, name_en, name_zh in choices:
                    self.partner_filter.addItem(
                        office_name(name_en or name_zh, name_zh, self.ui_locale), org_id
                    )
                self.partner_filter.setCurrentIndex(max(0, self.partner_filter.findData(chosen)))
            finally:
                self.partner_filter.blockSignals(False)
            if self.partner_filter.currentData() != chosen:
                self._filter()  # the partner chosen takes part in no project any more

        read_op(self.db, project_service.partner_choices, on_success=arrived, owner=self)
        read_op(self.db, project_service.project_years, on_success=self._offer_years, owner=self)

    def _offer_years(self, years: list[int]) -> None:
        """The years with stage moves, newest first, after "All years"; the chosen one stays chosen."""
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        try:
            while self.year_filter.count() > 1:
                self.year_filter.removeItem(1)
            for year in sorted(set(years) | ({int(chosen)} if chosen is not None else set()), reverse=True):
                self.year_filter.addItem(str(year), year)
            self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(chosen)))
        finally:
            self.year_filter.blockSignals(False)

    # --- a project's menu: open, move to another stage, delete ------------------------------------
    def _card_menu(self, column: Any, pos: QPoint) -> None:
        item = column.itemAt(pos) or column.currentItem()
        if item is None:
            return
        column.setCurrentItem(item)
        at = pos if column.itemAt(pos) is not None else column.visualItemRect(item).center()
        self.project_menu(str(item.data(Qt.ItemDataRole.UserRole))).popup(column.viewport().mapToGlobal(at))

    def _row_menu(self, pos: QPoint) -> None:
        table = self.list.table
        index = table.indexAt(pos)
        if index.isValid():
            table.selectRow(index.row())
        ids = self.list.selected_ids()
        menu = self.project_menu(ids[0], delete=self.list.delete_selected) if ids else QMenu(self)
        if ids:
            menu.addSeparator()
        # Sorting by keyboard, as on the other lists (field test 13, defect 7).
        add_sort_menu(menu, table, self.list.model.is_sortable)
        menu.popup(table.viewport().mapToGlobal(pos))

    def project_menu(self, project_id: str, *, delete: Callable[[], None] | None = None) -> QMenu:
        """Open, Move to ▸ (each other stage, dated as a drop on the board is) and Delete… (``delete``:
        the list's own, with its Ctrl+Z; else the board's)"""
        menu = QMenu(self)
        menu.setObjectName("project_menu")
        menu.addAction(
            QCoreApplication.translate("ProjectsPage", "Open"), lambda: self.open_project(project_id)
        )
        move = menu.addMenu(QCoreApplication.translate("ProjectsPage", "Move to"))
        move.setObjectName("move_to")
        writes(move.menuAction())
        found = self.board.item_of(project_id)
        for stage in project_service.STAGES:
            action = writes(move.addAction(label(stage, self.ui_locale)))
            action.setData(stage.value)
            action.setEnabled(found is not None and found[0] != stage)
            action.triggered.connect(lambda _checked=False, s=stage: self.board.move(project_id, s))
        menu.addSeparator()
        on_board = lambda: self.delete_projects([project_id])  # noqa: E731
        writes(menu.addAction(self.delete_action.text(), delete or on_board))
        hold(menu, self.db.path)  # a card's menu in a read-only window opens it, moves and deletes nothing
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def _step(self, column: Any, step: int) -> None:
        """Ctrl+←/→: the current card to the column before or after its own."""
        item = column.currentItem()
        stages = project_service.STAGES
        i = stages.index(column.stage) + step
        if item is not None and 0 <= i < len(stages):
            project_id = str(item.data(Qt.ItemDataRole.UserRole))

            def follow() -> None:  # the focus goes with the card to its new column
                self.board.rows_shown.disconnect(follow)
                self.select_project(project_id)

            self.board.rows_shown.connect(follow)  # the redraw after the move (or its failure)
            self.board.move(project_id, stages[i])

    def current_project(self) -> str | None:
        """The project of the focused card or list row."""
        if self.tabs.currentWidget() is self.board:
            for column in self.board.columns.values():
                if column.hasFocus() and column.currentItem() is not None:
                    return str(column.currentItem().data(Qt.ItemDataRole.UserRole))
            return None
        ids = self.list.selected_ids()
        return ids[0] if ids else None

    # --- delete, with Undo ---------------------------------------------------------------------
    def delete_current(self) -> None:
        project_id = self.current_project()
        if project_id:
            self.delete_projects([project_id])

    def confirm_delete(self, ids: list[str]) -> bool:
        """The list pages' question: "Delete 1 project?", the titles, and that Undo follows."""
        names = []
        for project_id in ids[:5]:
            found = self.board.item_of(project_id)
            if found is not None:
                names.append(str(found[1].text()).split("\n")[0])
        noun = PipelineLists(self).projects(len(ids))
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("RecordList", "Delete"),
            QCoreApplication.translate("RecordList", "Delete %1?").replace("%1", noun)
            + "\n\n"
            + "\n".join(names)
            + "\n\n"
            + QCoreApplication.translate("RecordList", "You can undo this right after."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_projects(self, ids: list[str], *, confirm: bool = True) -> None:
        """Delete the projects with their partners and milestones (Deleted Records keeps them)."""
        if not ids or (confirm and not self.confirm_delete(ids)):
            return
        column, next_card = self._card_after(ids)

        def done(deleted: list[str]) -> None:
            self._last_deleted = deleted
            if column is not None:  # once the board shows the delete (its refresh runs already)
                self.board.after_fill(lambda: self._focus_card(column, next_card))
            noun = PipelineLists(self).projects(len(deleted))
            self.undo_bar.show_message(
                QCoreApplication.translate("RecordList", "Deleted %1.").replace("%1", noun)
            )

        write_op(
            self.db,
            lambda s: project_service.delete_projects(s, ids),
            changes=lambda deleted: Changes.of(PROJECT, ids=deleted),
            on_success=done,
            on_failure=self._failed,
            owner=self,
        )

    def _card_after(self, ids: list[str]) -> tuple[StageColumn | None, str | None]:
        """The column of the first card deleted, and the card that takes the focus after the
        delete: the next one below, else the one above, else none (the column itself keeps it,
        so that the keys, Ctrl+Z among them, still reach the board; the focus went nowhere)."""
        found = self.board.item_of(ids[0])
        if found is None:
            return None, None
        column = self.board.columns[found[0]]
        row = column.row(found[1])
        kept = [
            (r, str(column.item(r).data(Qt.ItemDataRole.UserRole)))
            for r in range(column.count())
            if column.item(r).data(Qt.ItemDataRole.UserRole) not in ids
        ]
        below = [pid for r, pid in kept if r > row]
        above = [pid for r, pid in kept if r < row]
        return column, (below[0] if below else above[-1] if above else None)

    def _focus_card(self, column: StageColumn, project_id: str | None) -> None:
        found = self.board.item_of(project_id) if project_id else None
        if found is not None:
            column = self.board.columns[found[0]]
            column.setCurrentItem(found[1])
            column.scrollToItem(found[1])
        if self.tabs.currentWidget() is self.board:
            column.setFocus()

    def undo_on_board(self) -> None:
        """Ctrl+Z on the board: Edit › Undo's order, the last delete while its bar shows, else
        the board's last stage move."""
        if self.undo_bar.isVisible():
            self.undo_delete()
        else:
            self.board.undo()

    def undo_delete(self) -> None:
        ids, self._last_deleted = self._last_deleted, []
        self.undo_bar.hide()
        if not ids:
            return
        # A totals read still under way counted without these projects: dropped, or it would show
        # "No projects yet" (and move the focus there) until the restore's own read comes back.
        self._totals_generation += 1

        def done(restored: list[str]) -> None:
            if restored:
                self.select_project(restored[0])

        write_op(
            self.db,
            lambda s: project_service.restore_projects(s, ids),
            changes=lambda restored: Changes.of(PROJECT, ids=restored),
            on_success=done,
            on_failure=self._restore_failed,
            owner=self,
        )

    def _restore_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        self._update_totals()  # the read dropped above: the page shows what is there again

    def _failed(self, exc: BaseException) -> None:
        show_failure(self, exc)

    def can_undo_last(self) -> bool:
        """Edit › Undo: the board's last stage move while the board shows, the list's last delete
        while the list does."""
        if self._list_shown():
            return self.list.can_undo()
        return self.tabs.currentWidget() is self.board and self.board.undo_button.isEnabled()

    def undo_last(self) -> None:
        if self._list_shown():
            self.list.undo()
        else:
            self.board.undo()

    def can_redo_last(self) -> bool:
        """Edit › Redo: the list's delete its last Undo took back."""
        return self._list_shown() and self.list.can_redo()

    def redo_last(self) -> None:
        self.list.redo()

    def _list_shown(self) -> bool:
        return self.tabs.currentWidget() is self.list.parentWidget()

    def _find_in_list(self, list_box: QWidget) -> None:
        self.tabs.setCurrentWidget(list_box)
        self.list.focus_search()

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
        chosen = self.chosen_filter(words=False)
        value = "filtered" if chosen.narrows() else ""
        self._totals_generation += 1
        generation = self._totals_generation

        def work(s: Any) -> list[project_service.ProjectRow]:
            return chosen.rows(s)

        def arrived(rows: list[project_service.ProjectRow]) -> None:
            if generation == self._totals_generation:
                self._show_totals(value, rows)

        read_op(self.db, work, on_success=arrived, owner=self)

    def _show_totals(self, value: str, rows: list[project_service.ProjectRow]) -> None:
        self.totals.setText(money_totals(project_service.totals_by_currency(rows), self.ui_locale))
        if not value:
            # Not while the last delete can be undone: the hint would hide the board that has the
            # focus, and its Ctrl+Z would reach nothing (the board went whenever this read came
            # back before the key; the record lists keep their table the same way).
            empty = not rows and not self._last_deleted and not self.list.can_undo()
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
        focus_back_after(self.dialog)  # the card, row or list it was opened from
        self.dialog.open()  # what it stores is announced on the change bus, which refreshes the page

    def refresh(self) -> None:
        self.board.refresh()
        self.list.refresh()
        self._update_totals()
        self._fill_partners()

    def export_dialog(self) -> None:
        """Ask where to save the list; the name's ending (.xlsx, .csv) chooses the format."""
        filters = ";;".join(
            (
                QCoreApplication.translate("ProjectsPage", "Excel workbook (*.xlsx)"),
                QCoreApplication.translate("ProjectsPage", "CSV file (*.csv)"),
            )
        )
        title = QCoreApplication.translate("ProjectsPage", "Export projects")
        name = QCoreApplication.translate("ProjectsPage", "projects", "file name") + ".xlsx"  # field test 92
        path, chosen = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), filters)
        if not path:
            return
        wanted = ".csv" if "*.csv" in chosen else ".xlsx"
        out = Path(path) if Path(path).suffix.lower() in (".csv", ".xlsx") else Path(path + wanted)
        delimiter = ","
        if out.suffix.lower() == ".csv":
            from petdesk.gui import csv_separator

            if (asked := csv_separator.ask_separator(self)) is None:
                return
            delimiter = asked
        self.export_to(out, delimiter=delimiter)

    def export_to(self, path: Path, *, delimiter: str = ",") -> Operation:
        """Write what the list shows (its filters and search) to ``path`` (.xlsx or .csv, its fields
        separated by ``delimiter``) off the GUI thread, in the window's language: ``petdesk report
        projects --out`` writes the same file."""
        from petdesk.dossier.project_report import build_project_report

        chosen = self.chosen_filter()
        lang = interface_language(self.ui_locale)

        def done(written: Path) -> None:
            self.export_message = QCoreApplication.translate(
                "ProjectsPage", "Projects exported to %1"
            ).replace("%1", written.name)
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.export_message, 8000)

        def work() -> Path:
            return build_project_report(self.db, path, chosen, lang=lang, delimiter=delimiter)

        def failed(exc: BaseException) -> None:
            show_failure(self, exc)

        self.export_operation = Operation(work, on_success=done, on_failure=failed, owner=self).start()
        return self.export_operation

    def print_document(self) -> Operation:
        """File › Print Preview: the project overview ``petdesk report projects`` writes (bilingual,
        the list's filters and search applied), not an image of the page (field test 16). Made off the GUI
        thread; the preview opens when it is ready (``self.preview``)."""
        from petdesk.dossier import DossierOptions
        from petdesk.dossier.project_report import build_project_report

        chosen = self.chosen_filter()
        options = DossierOptions(first_lang=self.ui_locale, restricted=False, contents=False)
        # The file stays until the next print or the end of the program (the folder object removes
        # it then); the preview has read its pages at once.
        self._print_folder = tempfile.TemporaryDirectory(prefix="petdesk-projects-")
        out = Path(self._print_folder.name) / "projects.pdf"

        def work() -> Path:
            return build_project_report(self.db, out, chosen, options=options)

        def show(path: Path) -> None:
            from petdesk.gui.print_preview import preview_pdf

            self.printed_path = path
            title = QCoreApplication.translate("ProjectsPage", "Project overview")
            self.preview = preview_pdf(path, self, title)

        def failed(exc: BaseException) -> None:
            show_failure(self, exc)

        self.print_operation = Operation(work, on_success=show, on_failure=failed, owner=self).start()
        return self.print_operation


def money_totals(totals: Mapping[str, tuple[float, float | None]], locale: str) -> str:
    """Money per currency, never summed across currencies: "EUR: requested €…, approved €… · …"
    (the Projects page's totals and the Market page's line)."""
    return " · ".join(
        QCoreApplication.translate("ProjectsPage", "%1: requested %2, approved %3")
        # "欧元：申请…" as the Chinese amounts name it, not the code (shots59b: "EUR：申请…")
        .replace("%1", currency_name(cur, locale))
        # exact: a total read for the budget is never rounded to 万 ("1,800,000.50元", not "180万元")
        .replace("%2", format_money(req, cur, locale, exact=True))
        .replace("%3", "—" if app is None else format_money(app, cur, locale, exact=True))  # none yet
        for cur, (req, app) in totals.items()
    )
