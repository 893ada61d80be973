"""Edit › Deleted Records from the keyboard alone (field test 13, defect 2): the row under the cursor
is selected from the start, so Restore is ready; Tab leaves the table for Restore and Close; the
arrows move the selection with the cursor."""

from __future__ import annotations

import sqlite3

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.history import open_deleted
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, Qt, QWidget
from petdesk.services import contacts as contact_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def deleted_contacts(db: Database, names: list[str]) -> list[str]:
    with db.transaction() as session:
        ids = [contact_service.create_contact(session, family_name=n, given_name="Ana").id for n in names]
    with db.transaction() as session:
        contact_service.delete_contacts(session, ids)
    return ids


def alive(db: Database) -> list[str]:
    con = sqlite3.connect(db.path)
    try:
        return [r[0] for r in con.execute("SELECT family_name FROM contact WHERE deleted_at IS NULL")]
    finally:
        con.close()


def press(qtbot: QtBot, key: Qt.Key) -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)
    return QApplication.focusWidget()


def test_restore_with_the_keyboard_alone(qtbot: QtBot, db: Database) -> None:
    deleted_contacts(db, ["Costa", "Pereira"])
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    dialog = open_deleted(window)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.table
    # The current row is selected: Restore is ready without Space.
    assert [i.row() for i in dialog.table.selectionModel().selectedRows()] == [0]
    assert dialog.restore_button.isEnabled()
    # Down moves the cursor and the selection with it.
    press(qtbot, Qt.Key.Key_Down)
    assert [i.row() for i in dialog.table.selectionModel().selectedRows()] == [1]
    second = dialog.model.index(1, 2).data()
    # Tab leaves the table (it went from cell to cell) and reaches Restore, then Close.
    seen = [press(qtbot, Qt.Key.Key_Tab) for _ in range(4)]
    assert dialog.table not in seen[:1]
    assert dialog.restore_button in seen
    while QApplication.focusWidget() is not dialog.restore_button:
        press(qtbot, Qt.Key.Key_Tab)
    with qtbot.waitSignal(dialog.restored, timeout=3000):
        press(qtbot, Qt.Key.Key_Space)
    assert any(name in second for name in alive(db))
    # The remaining record is selected again: Restore is ready for it too.
    assert dialog.model.rowCount() == 1
    assert [i.row() for i in dialog.table.selectionModel().selectedRows()] == [0]
    assert dialog.restore_button.isEnabled()
    dialog.close()


def test_nothing_deleted_leaves_restore_disabled(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    dialog = open_deleted(window)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    dialog.close()
