"""Undo an Earlier Import…: the recent imports (the service keeps the last 20), each with what it did
and whether it can still be undone; the chosen one is undone by :class:`ImportUndo`, which asks with
the counts and names the records changed since. Offices import several files in a row and notice a bad
one later."""

from __future__ import annotations

from typing import Any

from petdesk.db import Database
from petdesk.gui.import_undo import ImportUndo
from petdesk.gui.operations import read_op
from petdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    Qt,
    QVBoxLayout,
    QWidget,
)


class ImportHistoryDialog(QDialog):
    """The recent imports, newest first; Undo Import takes back the chosen one (at most 20 rows, so a
    plain list widget)."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_history")
        self.db, self.ui_locale = db, locale
        self.setWindowTitle(self.tr("Undo an Earlier Import"))
        #: The undo under way (for tests to follow), or None.
        self.undoing: ImportUndo | None = None
        self._past: list[Any] = []
        layout = QVBoxLayout(self)
        self.note = QLabel(self.tr("Loading the recent imports…"))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.list = QListWidget()
        self.list.setObjectName("import_history_list")
        self.list.setAccessibleName(self.tr("Recent imports"))  # Orca read it as nothing (field test 95)
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = buttons.addButton(self.tr("&Undo Import…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.setObjectName("import_history_undo")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_chosen)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._chosen)
        self.resize(720, 360)
        self.reload()

    def reload(self) -> None:
        from petdesk.services import import_undo

        read_op(self.db, import_undo.history, on_success=self._show, owner=self)

    def _show(self, past: list[Any]) -> None:
        from petdesk.services import import_undo

        self._past = past
        self.list.clear()
        for item in past:
            row = QListWidgetItem(import_undo.past_line(item, self.ui_locale))
            if not item.undoable:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(row)
        self.note.setText(
            self.tr("Choose an import to undo; the newest is first.")
            if past
            else self.tr("No import is recorded.")
        )
        first = next((i for i, p in enumerate(past) if p.undoable), -1)
        self.list.setCurrentRow(first)
        self._chosen(first)

    def _chosen(self, row: int) -> None:
        self.undo_button.setEnabled(0 <= row < len(self._past) and self._past[row].undoable)

    def undo_chosen(self) -> None:
        row = self.list.currentRow()
        if not (0 <= row < len(self._past)) or not self._past[row].undoable:
            return
        self.undoing = ImportUndo(self, self.db, self.ui_locale, mark=self._past[row].mark)
        self.undoing.finished.connect(lambda changed: self.reload() if changed else None)
        self.undoing.start()
