"""Round 63 (window63): the projects list had no Delete of its own: the key reached the page's
board delete, whose Undo bar and Ctrl+Z belong to the board. It now deletes as the contacts and
organisations lists do (ListPage.allow_delete): the question, the rows gone, Ctrl+Z on the list and
Edit › Undo bring them back."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QMessageBox, Qt, QTimer
from petdesk.services import projects as project_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

TITLES = ("Air monitoring pilot", "Biogas for Suzhou", "Coastal wetland study")


def _alive(db: Database) -> set[str]:
    with db.reading() as s:
        return set(s.execute(text("select title_en from project where deleted_at is null")).scalars())


def test_window63_delete_on_the_projects_list_asks_deletes_and_undoes(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        for title in TITLES:
            project_service.create_project(s, title_en=title)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page = window.show_page("projects")
    listing = page.list
    page.tabs.setCurrentWidget(listing.parentWidget())
    qtbot.waitUntil(lambda: listing.model.rowCount() == 3, timeout=5000)
    listing.table.setFocus()
    listing.table.selectRow(1)
    chosen = str(listing.model.index(1, 0).data())
    asked: list[str] = []

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            QTest.keyClick(box, Qt.Key.Key_Y)
        else:
            QTimer.singleShot(10, answer_yes)

    QTimer.singleShot(0, answer_yes)
    QTest.keyClick(listing.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: listing.can_undo() and listing.model.rowCount() == 2, timeout=5000)
    assert asked and "Delete 1 project" in asked[0] and chosen in asked[0], asked
    assert chosen not in _alive(db)
    assert not page.undo_bar.isVisible()  # the list's own Undo, not the board's bar
    assert page.can_undo_last()  # Edit › Undo offers it too
    qtbot.waitUntil(listing.table.hasFocus, timeout=3000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 3, timeout=5000)
    assert _alive(db) == set(TITLES)
    assert page.can_redo_last()  # Edit › Redo deletes it again, without a second question
    page.redo_last()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 2, timeout=5000)
    assert chosen not in _alive(db)
