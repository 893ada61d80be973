"""The history of a record: every change with its office and staff member, and revert."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from petdesk.db import Database
from petdesk.gui.a11y import named
from petdesk.gui.history.model import EntryRole, HistoryModel, viewer_zone
from petdesk.gui.operations import Operation
from petdesk.gui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import hold, writes
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.messages import explain
from petdesk.services import history as history_service
from petdesk.services.undo_save import SavedEdit, change_mark, saved_since


class HistoryDialog(QDialog):
    """Changes newest first; "Revert this field" and "Revert record to before this change" make
    a new change, which travels to the other offices like any edit."""

    #: Emitted (on the GUI thread) after a revert was saved.
    reverted = Signal()
    #: Emitted after ``reverted`` with the changes the revert logged (``undo_save.SavedEdit``)
    #: and what it said it did, so that the page's Undo can take the revert back like a save.
    reverted_edit = Signal(object, str)

    def __init__(
        self, db: Database, entity: str, row_id: str, *, locale: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.entity = entity
        self.row_id = row_id
        self.ui_locale = locale
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("History"))
        resize_within_screen(self, 900, 480)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.model = HistoryModel([], self, locale=locale)
        self.table = QTableView(self)
        self.table.setObjectName("history_table")
        named(self.table, self.tr("Changes"))  # a screen reader read the table as nothing (field test 62)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.revert_field_button = QPushButton(self.tr("Revert This Field"), self)
        self.revert_field_button.setObjectName("revert_field")
        self.revert_field_button.clicked.connect(self.revert_field)
        self.revert_record_button = QPushButton(self.tr("Revert Record to Before This Change"), self)
        self.revert_record_button.setObjectName("revert_record")
        self.revert_record_button.clicked.connect(self.revert_record)
        writes(self.revert_field_button)
        writes(self.revert_record_button)
        hold(self, db.path)  # a read-only window shows the history; a revert would fail at saving
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.revert_field_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.revert_record_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("revert_result")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.operation: Operation | None = None
        #: The record's label, as the heading names it.
        self.record_label = ""
        self.load()

    def load(self) -> None:
        with self.db.reading() as session:
            ref = history_service.resolve_record(session, self.row_id, locale=self.ui_locale)
            self.record_label = ref.label
            entries = history_service.record_history(
                session, self.entity, self.row_id, locale=self.ui_locale, zone=viewer_zone()
            )
        changes = sum(e.count or 1 for e in entries if not e.is_creation)
        self.heading.setText(
            self.tr(
                "%1 — %Ln change(s), newest first (from the change log shared with the other offices)",
                "",
                changes,
            ).replace("%1", ref.label)
        )
        self.model.set_entries(entries)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> history_service.HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], EntryRole) if rows else None

    def select_change(self, change_id: str) -> None:
        for row, entry in enumerate(self.model.entries):
            if entry.id == change_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_args: Any) -> None:
        entry = self.selected()
        # A count of attendance marks stands for many changes: none of them is reverted from here.
        self.revert_field_button.setEnabled(entry is not None and bool(entry.field))
        # A position, e-mail or phone change too: the record is put back with its own child rows.
        self.revert_record_button.setEnabled(
            entry is not None and history_service.reverts_record_to(self.entity, entry)
        )

    def revert_field(self) -> Operation | None:
        entry = self.selected()
        if entry is None or not entry.field:
            return None
        label, locale = self.record_label, self.ui_locale

        def work(session: Any) -> str:
            # A change from another office goes back to this office's value: the words say so.
            reverted = history_service.revert_change(session, entry.id)
            return history_service.reverted_change_words(session, reverted, label, locale)

        return self._run(work, said=str)

    def revert_record(self) -> Operation | None:
        entry = self.selected()
        if entry is None:
            return None

        def work(session: Any) -> str:
            fields = history_service.revert_record(session, self.entity, self.row_id, before=entry.id)
            return history_service.reverted_words(self.entity, fields, self.ui_locale)

        return self._run(work, said=self._record_words)

    def _record_words(self, what: str) -> str:
        """What a revert to a point put back (fields, positions, e-mails), or that it found the
        record as it was then."""
        if not what:
            return self.tr("The record already is as it was then; nothing changed.")
        return self.tr("Reverted: %1").replace("%1", what)

    def _run(self, work: Callable[[Any], str], *, said: Callable[[str], str]) -> Operation:
        db = self.db

        def call() -> tuple[str, SavedEdit | None]:
            with db.transaction() as session:
                mark = change_mark(session)
                words = work(session)
                return words, saved_since(session, mark)

        def done(result: tuple[str, SavedEdit | None]) -> None:
            words, edit = result
            self.result_label.setText(said(words))
            self.load()
            self.reverted.emit()
            if edit is not None:
                self.reverted_edit.emit(edit, self.result_label.text())

        self.revert_field_button.setEnabled(False)
        self.revert_record_button.setEnabled(False)
        self.operation = Operation(call, on_success=done, on_failure=self._failed, parent=self).start()
        return self.operation

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        # The service's English sentence in the window's language (messages.explain), not str(exc).
        said = explain(exc, self.ui_locale)
        if isinstance(exc, history_service.HistoryError):
            QMessageBox.information(self, self.tr("History"), said)
        else:
            QMessageBox.warning(
                self, self.tr("History"), self.tr("The revert failed: %1").replace("%1", said)
            )
