"""The Visits page: the SQL-paged list of visits with a toolbar to create, open and delete."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.gui import pages
from petdesk.gui.qt import QAction, QMessageBox, QTableView, QToolBar, QVBoxLayout, QWidget, Signal
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import visits as visit_service


class VisitsPage(QWidget):
    """List of visits (paged in SQL by the shell's table model); double-click opens the editor."""

    changed = Signal()

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.locale = locale
        self.editors: list[VisitEditor] = []
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("visits_toolbar")
        self.new_action = QAction(self.tr("New visit…"), self)
        self.new_action.setObjectName("action_new_visit")
        self.new_action.triggered.connect(lambda _c=False: self.open_visit(None))
        self.open_action = QAction(self.tr("Open"), self)
        self.open_action.triggered.connect(self._open_selected)
        self.delete_action = QAction(self.tr("Delete…"), self)
        self.delete_action.triggered.connect(self._delete_selected)
        for action in (self.new_action, self.open_action, self.delete_action):
            self.toolbar.addAction(action)
        self.list = pages.visits_page(db, locale)
        self.list.activated.connect(self.open_visit)
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

    def open_visit(self, visit_id: str | None, focus_item: str | None = None) -> VisitEditor:
        """Open the editor (not modal, so the calendar stays usable beside it)."""
        editor = VisitEditor(
            self.db, locale=self.locale, visit_id=visit_id, focus_item=focus_item, parent=self
        )
        editor.saved.connect(lambda _id: (self.refresh(), self.changed.emit()))
        editor.finished.connect(lambda _r, e=editor: self.editors.remove(e) if e in self.editors else None)
        self.editors.append(editor)
        editor.show()
        return editor

    def _open_selected(self) -> None:
        for visit_id in self.list.selected_ids()[:5]:
            self.open_visit(visit_id)

    def _delete_selected(self) -> None:
        ids = self.list.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete visits"),
            self.tr("Delete %n visit(s) with their itinerary and follow-ups?", "", len(ids)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.db.transaction() as s:
            for visit_id in ids:
                visit_service.delete_visit(s, visit_id)
        self.refresh()
        self.changed.emit()
