"""Edit › Deleted Records…: find deleted records and bring them back."""

from __future__ import annotations

from typing import Any

from petdesk.db import Database
from petdesk.gui.a11y import named
from petdesk.gui.history.model import DeletedModel, EntryRole, load_kinds
from petdesk.gui.operations import Operation
from petdesk.gui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QLocale,
    QMessageBox,
    QPushButton,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import hold, writes
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.sync.common import locale_of
from petdesk.gui.table_model import SEARCH_DELAY_MS
from petdesk.messages import localize, plain_error
from petdesk.services import history as history_service


class DeletedDialog(QDialog):
    """Deleted contacts, organisations, visits, trainings (and their sessions and registrations),
    activities and projects, newest first. Several can be restored at once, and a search finds one
    among all of them, not only the newest shown (field test 69, defects 1 and 2)."""

    #: Emitted with the list of restored ``RecordRef``s.
    restored = Signal(object)
    #: The newest this many are listed; the search looks among all.
    shown_at_most = 500

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_kinds()
        self.db = db
        self.setObjectName("deleted_dialog")
        self.setWindowTitle(self.tr("Deleted Records"))
        resize_within_screen(self, 700, 420)
        #: The sentence above the list while one record (or none) is selected.
        self._one_record = self.tr(
            "Restoring a record also restores what was deleted with it, here and, "
            "with the next exchange, at the other offices."
        )
        self.info = QLabel(self._one_record, self)
        self.info.setWordWrap(True)
        self.model = DeletedModel([], self, locale=locale_of(self))
        self.table = QTableView(self)
        self.table.setObjectName("deleted_table")
        named(self.table, self.tr("Deleted records"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves for Restore and Close, arrows move rows
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restore_record")
        self.restore_button.clicked.connect(self.restore_selected)
        hold(writes(self.restore_button), db.path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        # Made after the buttons: Tab goes from the list to Restore first (field test 13, defect 2).
        self.search = QLineEdit(self)
        self.search.setObjectName("deleted_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a deleted record by name, among all of them…"))
        named(self.search, self.tr("Find deleted records"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        #: Why the list is empty (shots59: an empty table said nothing).
        self.empty_note = QLabel(self)
        self.empty_note.setObjectName("deleted_empty")
        self.empty_note.setWordWrap(True)
        self.shown_note = QLabel(self)
        self.shown_note.setObjectName("deleted_shown")
        self.shown_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.search)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table)
        layout.addWidget(self.shown_note)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update)
        # The current row is the one Restore takes: the dialog opened with a current cell and
        # Restore greyed out until Space selected it (field test 13, defect 2).
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._select(current.row())
        )
        self.operation: Operation | None = None
        self.load()

    def load(self) -> None:
        """Read the deleted records; the row where the cursor was (the first at opening) is
        selected, so Restore works on it at once and again after a restore."""
        row = max(self.table.currentIndex().row(), 0)
        matching = self.search.text().strip()
        with self.db.reading() as session:
            rows = history_service.deleted_records(
                session, locale=locale_of(self), matching=matching, limit=self.shown_at_most
            )
            total = history_service.count_deleted(session)
        self.model.set_rows(rows)
        if matching:
            self.empty_note.setText(self.tr("No deleted record matches this search."))
        else:
            self.empty_note.setText(
                self.tr("Nothing has been deleted in this file, so there is nothing to restore.")
            )
        self.empty_note.setVisible(not rows)
        self._select(min(row, self.model.rowCount() - 1))
        self._update()
        hidden = not matching and total > len(rows)
        self.shown_note.setVisible(hidden)
        if hidden:
            self.shown_note.setText(
                self.tr("The newest %1 of %2 deleted records; search to find any of the others.")
                .replace("%1", QLocale().toString(len(rows)))
                .replace("%2", QLocale().toString(total))
            )

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount() and not self.table.selectionModel().isRowSelected(row):
            self.table.selectRow(row)

    def _update(self, *_args: Any) -> None:
        """Restore, and the sentence above the list, say how many a restore takes (screenshot review:
        with three selected they still spoke of one record)."""
        n = len(self.table.selectionModel().selectedRows())
        self.restore_button.setEnabled(n > 0)
        # Greyed out, it says why (shots59)
        if n > 0:
            self.restore_button.setToolTip("")
        elif self.model.rowCount() == 0:
            self.restore_button.setToolTip(self.empty_note.text())
        else:
            self.restore_button.setToolTip(self.tr("Select a deleted record in the list to restore it."))
        if n > 1:
            self.restore_button.setText(self.tr("Restore %Ln Record(s)", "", n))
            self.info.setText(
                self.tr(
                    "Restoring these %Ln record(s) also restores what was deleted with them, here and, "
                    "with the next exchange, at the other offices.",
                    "",
                    n,
                )
            )
        else:
            self.restore_button.setText(self.tr("Restore"))
            self.info.setText(self._one_record)

    def restore_selected(self) -> Operation | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        idents = [self.model.data(r, EntryRole).row_id for r in sorted(rows, key=lambda r: r.row())]
        db, locale = self.db, locale_of(self)

        def restore() -> Any:
            return history_service.restore_records(db, idents, locale=locale)

        self.restore_button.setEnabled(False)
        self.operation = Operation(
            restore, on_success=self._done, on_failure=self._failed, parent=self
        ).start()
        return self.operation

    def _done(self, done: Any) -> None:
        self.load()
        if done.restored:
            self.restored.emit(done.restored)
        if done.refused:
            QMessageBox.information(
                self,
                self.tr("Deleted Records"),
                "\n\n".join(localize(reason, QLocale().name()) for _ident, reason in done.refused),
            )

    def _failed(self, exc: BaseException) -> None:
        self.load()
        said = plain_error(exc, QLocale().name(), database=self.db.path, context="restoring deleted records")
        QMessageBox.information(self, self.tr("Deleted Records"), said)
