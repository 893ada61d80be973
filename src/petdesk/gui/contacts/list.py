"""The contacts list: search as you type in SQL, sortable columns, detail pane, bulk actions.

The model asks ``services.search`` for one page of 200 rows at a time (``fetchMore``); filtering,
sorting and paging all happen in SQL on the search index, so a keystroke costs one indexed query
however many contacts there are. The matching count is computed in the background.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from petdesk.db import Database
from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractTableModel,
    QAction,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMessageBox,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.services import backups
from petdesk.services import contacts as contact_service
from petdesk.services import search as search_service
from petdesk.services.search import SearchRow

#: Rows per page fetched from SQL.
PAGE_SIZE = 200
#: Milliseconds of quiet typing before the search runs.
SEARCH_DELAY_MS = 120
#: Role returning the row's entity id.
IdRole = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex

#: (column key, sort key in ``search.SORTS`` or None, header text) of the contacts list.
CONTACT_COLUMNS: tuple[tuple[str, str | None, str], ...] = (
    ("name", "name", QT_TRANSLATE_NOOP("ContactColumns", "Name")),
    ("other_name", None, QT_TRANSLATE_NOOP("ContactColumns", "Name (other script)")),
    ("organisation", "organisation", QT_TRANSLATE_NOOP("ContactColumns", "Organisation")),
    ("position", "position", QT_TRANSLATE_NOOP("ContactColumns", "Position")),
    ("email", "email", QT_TRANSLATE_NOOP("ContactColumns", "E-mail")),
    ("phone", "phone", QT_TRANSLATE_NOOP("ContactColumns", "Phone")),
    ("tags", "tags", QT_TRANSLATE_NOOP("ContactColumns", "Tags")),
)


def _cell(row: SearchRow, key: str, language: str) -> str:
    if key == "name":
        return row.name(language)
    if key == "other_name":
        return row.other_name(language)
    if key == "organisation":
        return row.organisation(language)
    if key == "position":
        return row.position(language)
    if key == "city":
        return row.city(language)
    return str(getattr(row, key, "") or "")


class SearchTableModel(QAbstractTableModel):
    """Rows of one kind (contacts or organisations) matching the search text, fetched page by page."""

    #: Emitted with the number of matching rows once the background count finishes.
    counted = Signal(int)

    def __init__(
        self,
        db: Database,
        kind: str,
        columns: Sequence[tuple[str, str | None, str]],
        *,
        language: str = "en",
        context: str = "ContactColumns",
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.columns = list(columns)
        self.language = language
        self._context = context
        self._rows: list[SearchRow] = []
        self._more = True
        self._text = ""
        self._sort = "name"
        self._descending = False
        self._generation = 0
        self.total: int | None = None
        self.refresh()

    # --- loading ---------------------------------------------------------------------
    def _page(self, offset: int) -> list[SearchRow]:
        with self.db.reading() as session:
            return search_service.search(
                session,
                self._text,
                kind=self.kind,
                language=self.language,
                sort=self._sort,
                descending=self._descending,
                limit=PAGE_SIZE,
                offset=offset,
            )

    def refresh(self) -> None:
        """Load the first page again (after edits, a new search or a new sort) and recount."""
        self.beginResetModel()
        self._rows = self._page(0)
        self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()
        self._count()

    def _count(self) -> None:
        self._generation += 1
        generation, text, kind, db = self._generation, self._text, self.kind, self.db
        self.total = None if self._more else len(self._rows)
        if not self._more:
            self.counted.emit(len(self._rows))
            return

        def work() -> int:
            with db.reading() as session:
                return search_service.count(session, text, kind=kind)

        def done(n: int) -> None:
            if generation == self._generation:
                self.total = n
                self.counted.emit(n)

        run_in_background(work, on_success=done, parent=self)

    def set_search_text(self, text: str) -> None:
        if text.strip() != self._text:
            self._text = text.strip()
            self.refresh()

    @property
    def search_text(self) -> str:
        return self._text

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._page(len(self._rows))
        self._more = len(page) == PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # --- access ----------------------------------------------------------------------
    def row(self, row: int) -> SearchRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_id(self, row: int) -> str | None:
        record = self.row(row)
        return record.entity_id if record else None

    def row_of(self, entity_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.entity_id == entity_id), -1)

    # --- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self.columns[section][2])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.row(index.row())
        if record is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = _cell(record, self.columns[index.column()][0], self.language)
            return text if role == Qt.ItemDataRole.DisplayRole or len(text) > 30 else None
        if role == IdRole:
            return record.entity_id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if index.isValid()
            else Qt.ItemFlag.NoItemFlags
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column][1]
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()


class EntityListPage(QWidget):
    """Search box, sortable table and a detail pane, with actions on the selection.

    Subclasses give the kind, the columns, the detail widget and the create/edit/delete services.
    """

    #: Emitted after rows were created, edited or deleted (the window refreshes its status bar).
    changed = Signal()

    kind = search_service.CONTACT
    columns: Sequence[tuple[str, str | None, str]] = CONTACT_COLUMNS
    context = "ContactColumns"

    def __init__(self, db: Database, locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.locale = locale
        self._last_deleted: list[str] = []

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.search_placeholder())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

        self.model = SearchTableModel(
            db, self.kind, self.columns, language=locale, context=self.context, parent=self
        )
        self.model.counted.connect(self._show_count)
        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(self.column_widths()):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._show_detail(current.row())
        )

        self.detail = self.make_detail()
        self.detail.setObjectName("detail")

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search_entered)

        self.undo_bar = QWidget(self)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_button = QPushButton(self.tr("Undo"), self.undo_bar)
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.undo_delete)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()

        self.actions_by_name: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.search, 1)
        buttons.addWidget(self.count_label)
        for name, text, shortcut, slot in self.action_specs():
            action = QAction(text, self)
            action.setObjectName(f"action_{name}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, fn=slot: fn())
            self.addAction(action)
            self.actions_by_name[name] = action
            button = QToolButton(self)
            button.setObjectName(f"button_{name}")
            button.setDefaultAction(action)
            buttons.addWidget(button)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name in self.context_actions():
            self.table.addAction(self.actions_by_name[name])

        focus = QAction(self)
        focus.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        focus.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(focus)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.undo_bar)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        self._show_count(self.model.total) if self.model.total is not None else self.count_label.clear()
        self._update_actions()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    # --- hooks for subclasses ----------------------------------------------------------
    def search_placeholder(self) -> str:
        return self.tr("Search names (English, 中文, pinyin), e-mail, phone, organisation, tags…  (Ctrl+F)")

    def column_widths(self) -> list[int]:
        return [170, 120, 240, 150, 200, 140, 100]

    def make_detail(self) -> QWidget:
        from petdesk.gui.contacts.detail import ContactDetailView

        view = ContactDetailView(self.db, self.locale, self)
        view.edit_requested.connect(self.edit_current)
        view.changed.connect(self.after_change)
        view.open_organisation.connect(self._open_organisation)
        return view

    def action_specs(self) -> list[tuple[str, str, str, Callable[[], None]]]:
        return [
            ("new", self.tr("&New"), "Ctrl+N", self.create_new),
            ("edit", self.tr("&Edit…"), "F2", self.edit_current),
            ("delete", self.tr("&Delete"), "Delete", self.delete_selected),
            ("tag", self.tr("&Tag…"), "Ctrl+T", self.tag_selected),
            ("untag", self.tr("&Untag…"), "Ctrl+Shift+T", self.untag_selected),
            ("export", self.tr("E&xport…"), "Ctrl+E", self.export_selected),
            ("merge", self.tr("&Merge…"), "Ctrl+M", self.merge_selected),
        ]

    def context_actions(self) -> list[str]:
        return ["edit", "delete", "tag", "untag", "export", "merge"]

    def open_editor(self, entity_id: str | None) -> bool:
        from petdesk.gui.contacts.edit import ContactEditDialog

        dialog = ContactEditDialog(self.db, self.locale, entity_id, self)
        if dialog.exec():
            self._select_after_edit = dialog.saved_id
            return True
        return False

    def delete_ids(self, ids: list[str]) -> list[str]:
        with backups.guard_bulk(self.db.path, len(ids)), self.db.transaction() as session:
            return contact_service.delete_contacts(session, ids)

    def restore_ids(self, ids: list[str]) -> list[str]:
        with self.db.transaction() as session:
            return contact_service.restore_contacts(session, ids)

    def retag(self, ids: list[str], add: list[str], remove: list[str]) -> int:
        with self.db.transaction() as session:
            if add:
                return contact_service.add_tags(session, ids, add)
            return contact_service.remove_tags(session, ids, remove)

    def noun(self, n: int) -> str:
        return self.tr("%n contact(s)", "", n)

    # --- search ------------------------------------------------------------------------
    def apply_search(self) -> None:
        self._timer.stop()
        self.model.set_search_text(self.search.text())
        self._after_reload()

    def _search_entered(self) -> None:
        self.apply_search()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def refresh(self) -> None:
        self.model.refresh()
        self._after_reload()

    def _after_reload(self) -> None:
        if self.model.total is not None:
            self._show_count(self.model.total)
        else:
            self.count_label.setText(self.tr("counting…"))
        row = self.table.currentIndex().row()
        self._show_detail(row if row >= 0 else -1)
        self._update_actions()

    def _show_count(self, n: int) -> None:
        self.count_label.setText(self.noun(n))

    def _show_detail(self, row: int) -> None:
        self.detail.show_entity(self.model.row_id(row))  # type: ignore[attr-defined]

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            self.apply_search()
            return
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus() and self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.edit_current()
            return
        super().keyPressEvent(event)

    # --- selection and actions ---------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [rid for row in rows if (rid := self.model.row_id(row))]

    def selected_contact_ids(self) -> list[str]:
        """For File > Export contacts… of the import/export module."""
        return self.selected_ids() if self.kind == search_service.CONTACT else []

    def current_id(self) -> str | None:
        return self.model.row_id(self.table.currentIndex().row())

    def _update_actions(self) -> None:
        n = len(self.selected_ids())
        for name in ("delete", "tag", "untag", "export"):
            if name in self.actions_by_name:
                self.actions_by_name[name].setEnabled(n > 0)
        if "edit" in self.actions_by_name:
            self.actions_by_name["edit"].setEnabled(self.current_id() is not None)
        if "merge" in self.actions_by_name:
            self.actions_by_name["merge"].setEnabled(n == 2)

    def select_id(self, entity_id: str) -> None:
        row = self.model.row_of(entity_id)
        if row < 0 and self.search.text():
            # Not among the current results: show it by clearing the search.
            self.search.clear()
            self.apply_search()
            row = self.model.row_of(entity_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(entity_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def after_change(self) -> None:
        current = self.current_id()
        self.refresh()
        if current:
            row = self.model.row_of(current)
            if row >= 0:
                self.table.selectRow(row)
        self.changed.emit()

    def create_new(self) -> None:
        self._select_after_edit = None
        if self.open_editor(None):
            self.refresh()
            if self._select_after_edit:
                self.select_id(self._select_after_edit)
            self.changed.emit()

    def edit_current(self) -> None:
        entity_id = self.current_id()
        if entity_id is None:
            return
        self._select_after_edit = entity_id
        if self.open_editor(entity_id):
            self.refresh()
            self.select_id(entity_id)
            self.changed.emit()

    def delete_selected(self, *, confirm: bool = True) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if confirm:
            names = [self.model.row(self.model.row_of(i)).name(self.locale) for i in ids[:5]]  # type: ignore[union-attr]
            more = "" if len(ids) <= 5 else "\n…"
            answer = QMessageBox.question(
                self,
                self.tr("Delete"),
                self.tr("Delete %1?").replace("%1", self.noun(len(ids)))
                + "\n\n"
                + "\n".join(names)
                + more
                + "\n\n"
                + self.tr("You can undo this right after."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._last_deleted = self.delete_ids(ids)
        self.undo_label.setText(self.tr("Deleted %1.").replace("%1", self.noun(len(self._last_deleted))))
        self.undo_bar.show()
        self.refresh()
        self.changed.emit()

    def undo_delete(self) -> None:
        if not self._last_deleted:
            return
        restored = self.restore_ids(self._last_deleted)
        self._last_deleted = []
        self.undo_bar.hide()
        self.refresh()
        if restored:
            self.select_id(restored[0])
        self.changed.emit()

    def _ask_tags(self, title: str) -> list[str]:
        text, ok = QInputDialog.getText(self, title, self.tr("Tags (separate several with commas):"))
        if not ok:
            return []
        return contact_service.clean_tags(text.replace("，", ",").split(","))

    def tag_selected(self, tags: list[str] | None = None) -> None:
        ids = self.selected_ids()
        tags = tags if tags is not None else (self._ask_tags(self.tr("Tag")) if ids else [])
        if ids and tags:
            n = self.retag(ids, tags, [])
            self._report(self.tr("Tagged %1.").replace("%1", self.noun(n)))

    def untag_selected(self, tags: list[str] | None = None) -> None:
        ids = self.selected_ids()
        tags = tags if tags is not None else (self._ask_tags(self.tr("Untag")) if ids else [])
        if ids and tags:
            n = self.retag(ids, [], tags)
            self._report(self.tr("Removed tags from %1.").replace("%1", self.noun(n)))

    def _report(self, message: str) -> None:
        self.after_change()
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 6000)

    def export_selected(self) -> None:
        try:
            from petdesk.gui.contacts.import_dialog import choose_and_export
        except ImportError:
            QMessageBox.information(
                self, self.tr("Export"), self.tr("Export is not available in this version.")
            )
            return
        choose_and_export(self.window(), self.selected_ids())  # type: ignore[arg-type]

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return
        try:
            from petdesk.gui.contacts.merge_dialog import open_merge_for
        except ImportError:
            return
        dialog = open_merge_for(self, self.db, self.locale, ids, entity=self.kind)
        for name in ("merged", "undone"):
            signal = getattr(dialog, name, None)
            if signal is not None:
                signal.connect(lambda *_: self.after_change())

    def _open_organisation(self, organisation_id: str) -> None:
        window = self.window()
        if hasattr(window, "show_page") and "organisations" in getattr(window, "page_keys", []):
            page = window.show_page("organisations")
            page.select_id(organisation_id)


class ContactsPage(EntityListPage):
    """The Contacts navigation page."""


def install(window: Any) -> None:
    page = ContactsPage(window.db, window.locale, window)
    page.changed.connect(window.update_status)
    window.set_page("contacts", window.tr("Contacts"), page)
