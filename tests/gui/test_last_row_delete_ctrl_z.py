"""Delete a list's last row, then Ctrl+Z on the list: the row comes back. The projects board's
defect, checked on the record lists: their empty-page hint hid the table (which has the focus)
as soon as the count of no rows came in, and Ctrl+Z on a hidden table reaches nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QMessageBox, Qt, QTableView, QTimer
from petdesk.services import contacts as contact_service
from petdesk.services import trainings as training_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

DAY = dt.date(2026, 6, 1)


def _one_contact(s: Any) -> None:
    contact_service.create_contact(s, family_name="Zhao", given_name="Min")


def _one_training(s: Any) -> None:
    training_service.create_training(s, title_en="Port course", start_date=DAY, end_date=DAY)


def _answer_yes() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        QTest.keyClick(box, Qt.Key.Key_Y)
    else:  # the question is not up yet
        QTimer.singleShot(10, _answer_yes)


def _live(db: Database, model: Any) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count(model.id)).where(model.deleted_at.is_(None))) or 0)


@pytest.mark.parametrize(
    ("key", "model", "make"),
    [("contacts", m.Contact, _one_contact), ("trainings", m.Training, _one_training)],
)
def test_the_last_row_deleted_comes_back_with_ctrl_z(
    qtbot: QtBot, db: Database, key: str, model: Any, make: Any
) -> None:
    with db.transaction() as s:
        make(s)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page = window.show_page(key)
    table = next(t for t in page.findChildren(QTableView) if t.model() is not None and t.isVisible())
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
    table.setFocus()
    table.selectRow(0)
    QTimer.singleShot(0, _answer_yes)
    QTest.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _live(db, model) == 0 and page.undo_bar.isVisible(), timeout=5000)  # type: ignore[attr-defined]
    # the count of no rows has come in: the table stays while its delete can be undone
    qtbot.waitUntil(lambda: page.model.total == 0, timeout=5000)  # type: ignore[attr-defined]
    assert table.isVisible() and not page.empty_state.isVisible()  # type: ignore[attr-defined]
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=5000)
    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _live(db, model) == 1 and table.model().rowCount() == 1, timeout=5000)
