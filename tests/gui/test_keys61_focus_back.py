"""Field test 61: after an editor closes by keyboard (Esc, or Ctrl+S saving), the focus is back on
the list's row it was opened from, so the officer's next key (Down, Return, Ctrl+Z) works on the list."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, Qt, QTimer
from petdesk.gui.record_list import RecordListPage
from petdesk.gui.visits.list import VisitsPage
from tests.helpers.editors import loaded

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> MainWindow:
    win = MainWindow(demo_db, locale="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    return win


@pytest.mark.parametrize(("kind", "key"), [("organisations", Qt.Key.Key_2), ("contacts", Qt.Key.Key_3)])
def test_esc_in_the_editor_gives_the_focus_back_to_the_row(
    qtbot: QtBot, window: MainWindow, kind: str, key: Qt.Key
) -> None:
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    page = window.show_page(kind)
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() > 3, timeout=10000)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    row = page.table.currentIndex().row()
    closed: list[str] = []

    def in_editor() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, in_editor)
            return
        loaded(qtbot, dialog)
        closed.append(type(QApplication.focusWidget()).__name__)
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        if dialog.isVisible():  # not to hang the test
            dialog.reject()

    QTimer.singleShot(0, in_editor)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert closed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    assert QApplication.focusWidget() is page.table
    assert page.table.currentIndex().row() == row


def test_ctrl_s_then_ctrl_z_on_the_list_by_keys_alone(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    """Alt+M to the nickname, type, Ctrl+S: the list has the focus again and Ctrl+Z takes the save back."""
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.show_page("contacts")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() > 3, timeout=10000)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    record_id = page.current_id()
    typed: list[str] = []

    def in_editor() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, in_editor)
            return
        loaded(qtbot, dialog)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
        typed.append(QApplication.focusWidget().objectName())
        QTest.keyClicks(QApplication.focusWidget(), "Xiao Liu")
        with qtbot.waitSignal(dialog.save_finished, timeout=10000):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        if dialog.isVisible():  # not to hang the test
            dialog.reject()

    QTimer.singleShot(0, in_editor)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert typed == ["nickname"]

    def nickname() -> str:
        with demo_db.reading() as s:
            from petdesk import models as m

            return s.get(m.Contact, record_id).nickname or ""

    assert nickname() == "Xiao Liu"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=3000)
    QTest.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: nickname() == "", timeout=10000)


def test_esc_in_the_visit_editor_gives_the_focus_back_to_the_list(qtbot: QtBot, window: MainWindow) -> None:
    """The visit editor is not modal (the calendar stays usable beside it): closed, no window was active."""
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.show_page("visits")
    assert isinstance(page, VisitsPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() > 1, timeout=10000)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.editors), timeout=10000)
    editor = loaded(qtbot, page.editors[0])
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    QTest.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=3000)
