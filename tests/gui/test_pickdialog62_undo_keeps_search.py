"""Round 62 (polish62): on the technologies, city needs and projects lists (``ListPage``) an Undo
of a delete made while a search was typed cleared the search and showed every row; it keeps the
search text and its filtered rows, as the contacts list does."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.list_page import ListPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, Qt, QTimer
from petdesk.services import needs as need_service
from petdesk.services import projects as project_service
from petdesk.services import technologies as tech_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

MATCHING = ("Bai filter", "Cao filter", "Du filter")
OTHERS = ("Fan pump", "Gu pump")


def _add(s: object, kind: str, name: str) -> None:
    if kind == "technologies":
        tech_service.create_technology(s, name_en=name, sector="air", trl=9)  # type: ignore[arg-type]
    elif kind == "needs":
        need_service.create_need(s, title_en=name, sector="water")  # type: ignore[arg-type]
    else:
        project_service.create_project(s, title_en=name)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["technologies", "needs", "projects"])
def test_pickdialog62_undo_keeps_the_search_and_its_rows(qtbot: QtBot, db: Database, kind: str) -> None:
    with db.transaction() as s:
        for name in MATCHING + OTHERS:
            _add(s, kind, name)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    shown = window.show_page(kind)
    listing = getattr(shown, "list", None)
    if kind == "projects":  # the list tab, not the board
        shown.tabs.setCurrentWidget(listing)
    assert isinstance(listing, ListPage)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 5, timeout=5000)
    listing.search.setText("filter")
    listing.apply_search()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 3, timeout=5000)
    listing.table.setFocus()
    listing.table.selectRow(1)

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            QTest.keyClick(box, Qt.Key.Key_Y)
        else:
            QTimer.singleShot(10, answer_yes)

    if kind == "projects":  # the page's own delete and Undo bar
        shown.delete_projects(listing.selected_ids(), confirm=False)
    else:
        QTimer.singleShot(0, answer_yes)
        QTest.keyClick(listing.table, Qt.Key.Key_Delete)
    undo_offered = shown.undo_bar.isVisible if kind == "projects" else listing.can_undo
    qtbot.waitUntil(lambda: undo_offered() and listing.model.rowCount() == 2, timeout=5000)
    if kind == "projects":
        shown.undo_button.click()
    else:
        qtbot.waitUntil(listing.table.hasFocus, timeout=3000)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: listing.model.rowCount() >= 3, timeout=5000)
    qtbot.wait(300)  # every late answer has come
    assert listing.search.text() == "filter"
    shown = sorted(str(listing.model.index(r, 0).data()) for r in range(listing.model.rowCount()))
    assert len(shown) == 3 and all("filter" in name for name in shown), shown
