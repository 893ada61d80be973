"""The Trainings page: the SQL-paged list of trainings with a toolbar to create, open and delete."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.gui import pages
from petdesk.gui.qt import QAction, QMessageBox, QTableView, QToolBar, QVBoxLayout, QWidget, Signal
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.services import trainings as training_service


class TrainingsPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.locale = locale
        self.editors: list[TrainingEditor] = []
        self.toolbar = QToolBar(self)
        new = QAction(self.tr("New training…"), self)
        new.triggered.connect(lambda _c=False: self.open_training(None))
        open_ = QAction(self.tr("Open"), self)
        open_.triggered.connect(self._open_selected)
        delete = QAction(self.tr("Delete…"), self)
        delete.triggered.connect(self._delete_selected)
        for action in (new, open_, delete):
            self.toolbar.addAction(action)
        self.list = pages.trainings_page(db, locale)
        self.list.activated.connect(self.open_training)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.list, 1)

    @property
    def table(self) -> QTableView:
        """The list's table (as on the shell's plain list pages)."""
        return self.list.table

    def refresh(self) -> None:
        self.list.refresh()

    def open_training(self, training_id: str | None) -> TrainingEditor:
        editor = TrainingEditor(self.db, locale=self.locale, training_id=training_id, parent=self)
        editor.saved.connect(lambda _id: (self.refresh(), self.changed.emit()))
        editor.finished.connect(lambda _r, e=editor: self.editors.remove(e) if e in self.editors else None)
        self.editors.append(editor)
        editor.show()
        return editor

    def _open_selected(self) -> None:
        for training_id in self.list.selected_ids()[:5]:
            self.open_training(training_id)

    def _delete_selected(self) -> None:
        ids = self.list.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete trainings"),
            self.tr("Delete %n training(s) with their sessions and attendance?", "", len(ids)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.db.transaction() as s:
            for training_id in ids:
                training_service.delete_training(s, training_id)
        self.refresh()
        self.changed.emit()
