"""Field test 61, follow-up: the training, project, technology and need editors left the focus
nowhere after they closed by Esc, as the contact, organisation and visit editors did before
(tests/gui/test_keys61_focus_back.py): the officer's next Down or Ctrl+Z did nothing until a click.
The focus is back on the list, board column or row the editor was opened from."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QAbstractItemView, QApplication, Qt, QWidget
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


def _list_of(page: QWidget, kind: str) -> QAbstractItemView:
    if kind == "projects":
        tabs = page.tabs  # type: ignore[attr-defined]
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(page.list)))  # type: ignore[attr-defined]
        return page.list.table  # type: ignore[attr-defined]
    if kind == "trainings":
        return page.table  # type: ignore[attr-defined]
    return page.list.table  # type: ignore[attr-defined]


def _editor_of(page: QWidget, kind: str) -> QWidget | None:
    if kind == "trainings":
        return page.editors[0] if page.editors else None  # type: ignore[attr-defined]
    return getattr(page, "dialog" if kind == "projects" else "editor", None)


@pytest.mark.parametrize("kind", ["trainings", "projects", "technologies", "needs"])
def test_esc_in_the_editor_gives_the_focus_back_to_the_list(
    qtbot: QtBot, window: MainWindow, kind: str
) -> None:
    page = window.show_page(kind)
    view = _list_of(page, kind)
    qtbot.waitUntil(lambda: view.model() is not None and view.model().rowCount() > 1, timeout=10000)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Down)
    row = view.currentIndex().row()
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _editor_of(page, kind) is not None, timeout=10000)
    editor = loaded(qtbot, _editor_of(page, kind))
    qtbot.waitUntil(lambda: editor.isVisible() and editor.isActiveWindow(), timeout=5000)
    QTest.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=3000)
    assert view.currentIndex().row() == row
