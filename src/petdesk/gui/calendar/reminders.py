"""Reminders beside the calendar: visits and trainings about to start, visits still unconfirmed
close to their date, follow-ups due or overdue. Double-click opens what the reminder is about.

A list view over a model, laid out in batches, not an item per reminder: a hub at a million
contacts has 1,800 reminders, and the calendar's first show took 69 ms with an item each, 20-36 ms
without."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.gui.a11y import named
from petdesk.gui.colours import WARNING, tone
from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import (
    QAbstractListModel,
    QBrush,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.viewer_zone import viewer_zone
from petdesk.services import reminders as reminder_service

RefRole = Qt.ItemDataRole.UserRole + 20
#: Rows laid out per pass of the event loop.
LAYOUT_BATCH = 200


class RemindersModel(QAbstractListModel):
    """The reminders with their texts (described off the GUI thread); a placeholder row when none."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[reminder_service.Reminder, str]] = []
        self._placeholder = ""

    def set_rows(self, rows: list[tuple[reminder_service.Reminder, str]], placeholder: str) -> None:
        self.beginResetModel()
        self._rows, self._placeholder = rows, placeholder
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) or (1 if self._placeholder else 0)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        # (Qt hides a list model's column count; asking code that walks every view gets one.)
        return 0 if parent.isValid() else 1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not self._rows:
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        if not self._rows:
            return self._placeholder if role == Qt.ItemDataRole.DisplayRole else None
        reminder, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ("⚠ " if reminder.urgent else "") + text
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(tone(WARNING)) if reminder.urgent else None
        if role == RefRole:
            return _target(reminder)
        return None

    def texts(self) -> list[str]:
        return [str(self.data(self.index(row))) for row in range(self.rowCount())]


def _target(r: reminder_service.Reminder) -> tuple[str, str, str | None] | None:
    """(kind, id, follow-up to select) of the record a reminder opens: a follow-up opens its visit,
    else the contact, organisation or project it belongs to (field test 50, defect 1)."""
    if r.ref_kind in ("training", "project"):
        return (r.ref_kind, r.ref_id, None)
    if r.ref_kind == "follow_up" and not r.visit_id:
        return (r.partner_kind, r.partner_id, r.ref_id) if r.partner_kind else None
    return ("visit", r.visit_id or r.ref_id, None)


class RemindersPanel(QWidget):
    #: (kind "visit", "training", "project", "contact" or "organisation", row id, the item or
    #: follow-up to focus or None)
    open_requested = Signal(str, str, object)
    loaded = Signal()

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self._generation = 0
        title = QLabel(self.tr("Reminders"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.days = QComboBox(self)
        for days in (7, 14, 30, 90):
            self.days.addItem(self.tr("next %Ln day(s)", "", days), days)
        self.days.setCurrentIndex(1)
        self.days.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = RemindersModel(self)
        self.list = QListView(self)
        self.list.setObjectName("reminders")
        named(self.list, self.tr("Reminders"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(LAYOUT_BATCH)
        self.list.activated.connect(self._activated)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        today = dt.datetime.now(viewer_zone()).date()
        days = int(self.days.currentData())

        locale = self.ui_locale

        def work() -> list[tuple[reminder_service.Reminder, str]]:
            # Described here too: babel formatting 150 reminders took 45 ms of the GUI thread.
            with self.db.reading() as s:
                found = reminder_service.reminders(s, today=today, days=days)
            return [(r, r.describe(locale, today)) for r in found]

        run_in_background(work, on_success=lambda found: self._show(generation, found), parent=self)

    def _show(self, generation: int, found: list[tuple[reminder_service.Reminder, str]]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(found, self.tr("Nothing due."))
        self.loaded.emit()

    def _activated(self, index: QModelIndex) -> None:
        target = index.data(RefRole)
        if target:
            self.open_requested.emit(*target)
