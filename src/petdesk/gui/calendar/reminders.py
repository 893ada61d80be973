"""Reminders beside the calendar: visits and trainings about to start, visits still unconfirmed
close to their date, follow-ups due or overdue. Double-click opens what the reminder is about."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import (
    QBrush,
    QColor,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.services import reminders as reminder_service
from petdesk.services.calendar import viewer_timezone

RefRole = Qt.ItemDataRole.UserRole + 20


class RemindersPanel(QWidget):
    #: (kind "visit", "training" or "project", row id, item to focus or None)
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
            self.days.addItem(self.tr("next %n day(s)", "", days), days)
        self.days.setCurrentIndex(1)
        self.days.currentIndexChanged.connect(lambda _i: self.reload())
        self.list = QListWidget(self)
        self.list.setObjectName("reminders")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
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
        today = dt.datetime.now(viewer_timezone()).date()
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
        self.list.clear()
        if not found:
            self.list.addItem(self.tr("Nothing due."))
        for r, text in found:
            entry = QListWidgetItem(("⚠ " if r.urgent else "") + text)
            if r.urgent:
                entry.setForeground(QBrush(QColor("#b54708")))
            target = (
                (r.ref_kind, r.ref_id)
                if r.ref_kind in ("training", "project")
                else ("visit", r.visit_id or r.ref_id)
            )
            entry.setData(RefRole, target if r.ref_kind != "follow_up" or r.visit_id else None)
            self.list.addItem(entry)
        self.loaded.emit()

    def _activated(self, entry: QListWidgetItem) -> None:
        target = entry.data(RefRole)
        if target:
            self.open_requested.emit(target[0], target[1], None)
