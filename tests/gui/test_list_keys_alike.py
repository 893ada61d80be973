"""Field test 13, defect 4: Ctrl+F, Delete and Ctrl+Z work the same on every page with a list.
Ctrl+F finds the page's search box wherever the focus is; Delete asks, then soft-deletes the
selected record, and Ctrl+Z on the list brings it back."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QLineEdit, QMessageBox, Qt, QTableView, QTimer, QWidget
from petdesk.services import needs as need_service
from petdesk.services import organisations
from petdesk.services import technologies as tech_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

#: Every page with a search box: Ctrl+F must put the focus in it.
SEARCH_PAGES = ("organisations", "contacts", "visits", "trainings", "projects", "technologies", "needs")
#: Page, its model, and the name of the one record made for it.
DELETE_PAGES = (
    ("organisations", m.Organisation, "Chengdu Ecology Bureau"),
    ("technologies", m.Technology, "Bag filter"),
    ("needs", m.CityNeed, "Clean river"),
)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="Chengdu Ecology Bureau", country="CN")
        tech_service.create_technology(s, name_en="Bag filter", sector="air", trl=9)
        need_service.create_need(s, title_en="Clean river", sector="water")
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    return win


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


@pytest.mark.parametrize("key", SEARCH_PAGES)
def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, window: MainWindow, key: str) -> None:
    page = window.show_page(key)
    window.nav.setFocus()  # focus elsewhere in the window, as after a click in the navigation
    qtbot.waitUntil(lambda: window.nav.hasFocus(), timeout=3000)
    QTest.keyClick(_focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focused = _focused()
    assert isinstance(focused, QLineEdit) and page.isAncestorOf(focused)
    assert focused.objectName() != "" or focused.placeholderText()  # the search box, not a filter


def _live(db: Database, model: type, name: str) -> bool:
    title = model.title_en if model is m.CityNeed else model.name_en  # type: ignore[attr-defined]
    with db.reading() as s:
        return s.scalar(select(model.id).where(title == name, model.deleted_at.is_(None))) is not None  # type: ignore[attr-defined]


@pytest.mark.parametrize(("key", "model", "name"), DELETE_PAGES)
def test_delete_asks_then_ctrl_z_restores(
    qtbot: QtBot, db: Database, window: MainWindow, key: str, model: type, name: str
) -> None:
    page = window.show_page(key)
    table = next(t for t in page.findChildren(QTableView) if t.model() is not None and t.isVisible())
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
    table.setFocus()
    table.selectRow(0)
    asked: list[str] = []

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Y)

    QTimer.singleShot(0, answer_yes)
    QTest.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not _live(db, model, name), timeout=5000)
    assert asked and name in asked[0]
    qtbot.waitUntil(lambda: table.model().rowCount() == 0, timeout=5000)

    window.activateWindow()
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _live(db, model, name), timeout=5000)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
