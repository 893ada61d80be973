"""Edit › Manage Tags…: the tags in use with their counts; rename, merge or delete one, with Undo.

Everything runs through :mod:`petdesk.services.tag_cleanup`, off the GUI thread: the counts are
read, a change is first counted (the confirmation names how many records it changes), then written
as one operation whose announcement refreshes the lists and their Tag filters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from petdesk.db import Database
from petdesk.gui.a11y import label_for, name_clear_button, named
from petdesk.gui.operations import CONTACT, ORGANISATION, Changes, Operation, write_op
from petdesk.gui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPushButton,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.sync.common import locale_of
from petdesk.services import tag_cleanup
from petdesk.services.tag_cleanup import TagCount, TagEdit

Index = QModelIndex | QPersistentModelIndex


class TagCountModel(QAbstractTableModel):
    """The tags in use: tag, organisations, contacts, total (numbers as numbers, so they sort)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TagCount] = []

    def set_rows(self, rows: list[TagCount]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Tag"), self.tr("Organisations"), self.tr("Contacts"), self.tr("Total"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.tag, row.organisations, row.contacts, row.total)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ManageTagsDialog(QDialog):
    """Select one tag to rename or delete it, several to merge them into the name typed."""

    #: Emitted when the counts were read (at opening and after each change).
    loaded = Signal()
    #: Emitted with the ``TagEdit`` written (or None after an Undo).
    edited = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale_of(parent)
        self.last_edit: TagEdit | None = None
        self.operation: Operation | None = None
        self.setObjectName("manage_tags_dialog")
        self.setWindowTitle(self.tr("Manage Tags"))
        resize_within_screen(self, 640, 480)
        info = QLabel(
            self.tr(
                "Select a tag to rename or delete it, or several to merge them into one. Tags match "
                "whatever their case. Each record changed keeps the change in its history, and the "
                "other offices receive it with the next exchange."
            ),
            self,
        )
        info.setWordWrap(True)

        self.find_field = QLineEdit(self)
        self.find_field.setObjectName("find_tag")
        self.find_field.setClearButtonEnabled(True)
        name_clear_button(self.find_field)
        named(self.find_field, self.tr("Find a tag"))
        self.model = TagCountModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.find_field.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setObjectName("tags_table")
        named(self.table, self.tr("Tags in use"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the name and the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("new_tag_name")
        named(self.new_name, self.tr("New name"))
        self.rename_button = self._button("rename_tag", self.tr("&Rename…"), self.rename_selected)
        self.merge_button = self._button("merge_tags", self.tr("&Merge…"), self.merge_selected)
        self.delete_button = self._button("delete_tag", self.tr("&Delete…"), self.delete_selected)
        self.undo_button = self._button("undo_tags", self.tr("&Undo"), self.undo_last)
        self.status = QLabel(self)
        self.status.setObjectName("tags_status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        find_row = QHBoxLayout()
        find_row.addWidget(label_for(self.tr("&Find:"), self.find_field))
        find_row.addWidget(self.find_field)
        name_row = QHBoxLayout()
        name_row.addWidget(label_for(self.tr("&New name:"), self.new_name))
        name_row.addWidget(self.new_name)
        action_row = QHBoxLayout()
        for button in (self.rename_button, self.merge_button, self.delete_button, self.undo_button):
            action_row.addWidget(button)
        action_row.addStretch(1)
        layout = QVBoxLayout(self)
        for part in (info, find_row, self.table, name_row, action_row, self.status, buttons):
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        self.setTabOrder(self.find_field, self.table)
        self.setTabOrder(self.table, self.new_name)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_name.textChanged.connect(self._update)
        self.load()

    def _button(self, name: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in the name field must not rename by surprise
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- reading ---------------------------------------------------------------------------
    def load(self) -> None:
        """Read the counts off the GUI thread; the tags selected before stay selected if still there."""
        db = self.db

        def read() -> list[TagCount]:
            with db.reading() as session:
                return tag_cleanup.tag_counts(session)

        Operation(read, on_success=self._loaded, parent=self).start()

    def _loaded(self, rows: list[TagCount]) -> None:
        kept = self.selected_tags()
        self.model.set_rows(rows)
        self.select_tags(*kept)
        self._update()
        self.loaded.emit()

    def selected_tags(self) -> list[str]:
        """The selected tags, the most used first (as listed)."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [str(i.data()) for i in rows]

    def select_tags(self, *tags: str) -> None:
        """Select exactly these tags (any case)."""
        wanted = {t.casefold() for t in tags}
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        self.table.clearSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if str(index.data()).casefold() in wanted:
                selection.select(index, flags)
                selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)

    def _selection_changed(self, *_args: Any) -> None:
        # The name field starts from the tag to keep: the selected one, or the most used of several.
        tags = self.selected_tags()
        if tags:
            self.new_name.setText(tags[0])
        self._update()

    def _update(self, *_args: Any) -> None:
        tags, name = self.selected_tags(), self.new_name.text().strip()
        busy = self.operation is not None
        self.rename_button.setEnabled(not busy and len(tags) == 1 and bool(name) and name != tags[0])
        self.merge_button.setEnabled(not busy and len(tags) > 1 and bool(name))
        self.delete_button.setEnabled(not busy and len(tags) == 1)
        self.undo_button.setEnabled(not busy and self.last_edit is not None)

    # --- changing --------------------------------------------------------------------------
    def rename_selected(self) -> None:
        tags, name = self.selected_tags(), self.new_name.text().strip()
        if len(tags) != 1 or not name:
            return
        old = tags[0]
        self._change(
            lambda s, dry: tag_cleanup.rename(s, old, name, dry_run=dry, locale=self.ui_locale),
            self.tr("Rename “%1” to “%2” on %3?").replace("%1", old).replace("%2", name),
            self.tr("Renamed “%1” to “%2” on %3.").replace("%1", old).replace("%2", name),
        )

    def merge_selected(self) -> None:
        tags, name = self.selected_tags(), self.new_name.text().strip()
        if len(tags) < 2 or not name:
            return
        listed = self.tr(", ").join(f"“{t}”" for t in tags)
        self._change(
            lambda s, dry: tag_cleanup.merge(s, tags, into=name, dry_run=dry, locale=self.ui_locale),
            self.tr("Merge %1 into “%2” on %3?").replace("%1", listed).replace("%2", name),
            self.tr("Merged %1 into “%2” on %3.").replace("%1", listed).replace("%2", name),
        )

    def delete_selected(self) -> None:
        tags = self.selected_tags()
        if len(tags) != 1:
            return
        tag = tags[0]
        self._change(
            lambda s, dry: tag_cleanup.delete(s, tag, dry_run=dry, locale=self.ui_locale),
            self.tr("Take the tag “%1” off %3?").replace("%1", tag),
            self.tr("Took the tag “%1” off %3.").replace("%1", tag),
        )

    def _change(self, work: Callable[[Any, bool], TagEdit], question: str, said: str) -> None:
        """Count what ``work`` changes, ask (naming the counts), then write it as one operation.
        ``question`` and ``said`` take the records changed as %3 (last: a tag may hold "%1")."""
        db = self.db

        def count() -> TagEdit:
            with db.reading() as session:
                return work(session, True)

        def ask(planned: TagEdit) -> None:
            self.operation = None
            if not planned.total:
                self._say(self.tr("No records changed."))
                return
            records = planned.records(self.ui_locale)
            if not self.confirm(question.replace("%3", records)):
                self._update()
                return
            self._write(lambda s: work(s, False), said)

        self._start(Operation(count, on_success=ask, on_failure=self._failed, parent=self).start())

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Manage Tags"),
            question + "\n\n" + self.tr("You can undo this right after."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _write(self, work: Callable[[Any], TagEdit], said: str) -> None:
        def changes(edit: TagEdit) -> Changes:
            return Changes.of(ORGANISATION, CONTACT, ids=[*edit.ids(ORGANISATION), *edit.ids(CONTACT)])

        def done(edit: TagEdit) -> None:
            self.operation = None
            self.last_edit = edit if edit.total else None
            self._say(
                said.replace("%3", edit.records(self.ui_locale))
                if edit.total
                else self.tr("No records changed.")
            )
            self.edited.emit(edit)
            self.load()

        self._start(
            write_op(self.db, work, changes=changes, on_success=done, on_failure=self._failed, owner=self)
        )

    def undo_last(self) -> None:
        edit = self.last_edit
        if edit is None:
            return

        def done(_n: int) -> None:
            self.operation = None
            self.last_edit = None
            self._say(self.tr("Undone."))
            self.edited.emit(None)
            self.load()

        changes = Changes.of(ORGANISATION, CONTACT, ids=[*edit.ids(ORGANISATION), *edit.ids(CONTACT)])
        self._start(
            write_op(
                self.db,
                lambda s: tag_cleanup.undo(s, edit),
                changes=changes,
                on_success=done,
                on_failure=self._failed,
                owner=self,
            )
        )

    def _start(self, operation: Operation) -> None:
        self.operation = operation
        self._update()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self._update()
        from petdesk.messages import plain_error

        reason = plain_error(exc, self.ui_locale, database=self.db.path, context="managing tags")
        # plain_error gives a clause for a sentence ("writing to … failed: …"): shown bare, the box
        # began in lower case and ended without a full stop (shots53b).
        said = self.tr("Could not change the tags: %1.").replace("%1", reason)
        QMessageBox.information(self, self.tr("Manage Tags"), said)
