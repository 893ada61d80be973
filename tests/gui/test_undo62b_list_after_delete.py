"""Round 62: after a delete from a list (Delete, Yes) the row that took the deleted rows' place is
current and selected, the row above when the last went, with the focus on the table: the keyboard
user goes on without a click. Undo (Ctrl+Z) of a delete of several rows selects every one of them,
the first current. Contacts (the record lists' base: organisations, visits, trainings too) and
technologies (``ListPage``: projects and city needs too)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.list_page import ListPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, Qt, QTimer
from petdesk.gui.record_list import RecordListPage
from petdesk.services import technologies as tech_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

NAMES = ("Bai", "Cao", "Du", "Fan", "Gu")


@pytest.fixture(params=["contacts", "technologies"])
def page(request: pytest.FixtureRequest, qtbot: QtBot, db: Database) -> RecordListPage | ListPage:
    with db.transaction() as s:
        if request.param == "contacts":
            s.add_all(m.Contact(family_name=name, given_name="Anna") for name in NAMES)
        else:
            for name in NAMES:
                tech_service.create_technology(s, name_en=f"{name} filter", sector="air", trl=9)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    shown = window.show_page(request.param)
    listing = shown if isinstance(shown, RecordListPage) else getattr(shown, "list", None)
    assert isinstance(listing, RecordListPage | ListPage)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 5 and not _refreshing(listing), timeout=5000)
    return listing


def _refreshing(page: RecordListPage | ListPage) -> bool:
    return isinstance(page, RecordListPage) and page.model.refreshing


def _undo_offered(page: RecordListPage | ListPage) -> bool:
    return page.undo_offered() if isinstance(page, RecordListPage) else page.can_undo()


def _ids(page: RecordListPage | ListPage) -> list[str]:
    return [page.model.row_id(r) or "" for r in range(page.model.rowCount())]


def _current_id(page: RecordListPage | ListPage) -> str | None:
    return page.model.row_id(page.table.currentIndex().row())


def _select(page: RecordListPage | ListPage, first: int, last: int) -> list[str]:
    """Select rows ``first``..``last`` by keys (a click, then Shift+Down); their ids."""
    page.table.setFocus()
    page.table.selectRow(first)
    for _ in range(last - first):
        QTest.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = _ids(page)[first : last + 1]
    assert page.selected_ids() == chosen
    return chosen


def _delete_with_yes(qtbot: QtBot, page: RecordListPage | ListPage, gone: list[str]) -> None:
    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            QTest.keyClick(box, Qt.Key.Key_Y)
        else:
            QTimer.singleShot(10, answer_yes)

    QTimer.singleShot(0, answer_yes)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)  # the question, answered Yes above
    qtbot.waitUntil(lambda: _undo_offered(page) and page.model.rowCount() == 5 - len(gone), timeout=5000)
    qtbot.waitUntil(lambda: not _refreshing(page), timeout=5000)


@pytest.mark.parametrize(
    ("first", "last", "landed"),
    [(2, 2, 3), (4, 4, 3), (1, 2, 3), (3, 4, 2)],
    ids=["middle", "last", "several", "several-last"],
)
def test_undo62b_after_a_delete_the_next_row_is_current(
    qtbot: QtBot, page: RecordListPage | ListPage, first: int, last: int, landed: int
) -> None:
    before = _ids(page)
    gone = _select(page, first, last)
    _delete_with_yes(qtbot, page, gone)
    after = before[landed]  # the row after them, or the row above when the last went
    qtbot.waitUntil(lambda: _current_id(page) == after, timeout=5000)
    qtbot.wait(200)  # every late answer has come
    assert _current_id(page) == after
    assert page.selected_ids() == [after]
    assert page.table.hasFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Down)  # the keyboard goes on from there, no click
    below = _ids(page).index(after) + 1
    assert page.table.currentIndex().row() == min(below, page.model.rowCount() - 1)


@pytest.mark.parametrize("slow_rows", [False, True], ids=["quick", "slow-rows"])
def test_undo62b_ctrl_z_of_several_selects_them_all(
    qtbot: QtBot, page: RecordListPage | ListPage, monkeypatch: pytest.MonkeyPatch, slow_rows: bool
) -> None:
    before = _ids(page)
    gone = _select(page, 1, 3)
    _delete_with_yes(qtbot, page, gone)
    qtbot.waitUntil(page.table.hasFocus, timeout=3000)
    if slow_rows and isinstance(page, RecordListPage):  # the reload answers after the restored
        real = page.model.source.page  # record's place, as at 100,000 contacts
        monkeypatch.setattr(page.model.source, "page", lambda *a, **k: time.sleep(0.3) or real(*a, **k))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _ids(page) == before and page.selected_ids() == gone, timeout=5000)
    qtbot.wait(800)  # every late answer (the reload, the selection) has come
    assert page.selected_ids() == gone
    assert _current_id(page) == gone[0]
    assert page.table.hasFocus()
