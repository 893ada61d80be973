"""The main window from the keyboard alone (field test D11, D12): Ctrl+F finds on the page shown
wherever the focus is, Ctrl+1…9 hand the page the focus, and Tab leaves a list's table."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, Qt
from petdesk.gui.record_list import RecordListPage
from petdesk.services import contacts as cs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    with db.transaction() as s:
        for family, given in (("Bakker", "Sem"), ("Visser", "Fleur"), ("Chen", "Ping")):
            cs.create_contact(s, family_name=family, given_name=given)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _digit(window: MainWindow, key: str) -> Qt.Key:
    """The key that goes to the page (Ctrl+3 for contacts in the default navigation)."""
    return Qt.Key(Qt.Key.Key_1.value + window.page_keys.index(key))


def test_ctrl_f_after_a_page_switch_focuses_the_search(qtbot: QtBot, db: Database) -> None:
    window = _window(qtbot, db)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, _digit(window, "contacts"), CTRL)
    page = window.page("contacts")
    assert isinstance(page, RecordListPage) and window.stack.currentWidget() is page
    assert page.isAncestorOf(QApplication.focusWidget())  # the page took the focus
    # Ctrl+F from the navigation list (where a click leaves the focus) reaches the shown page.
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.search
    # Another page shown: its own search answers, the hidden page's does not.
    qtbot.keyClick(page.search, _digit(window, "organisations"), CTRL)
    organisations = window.page("organisations")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is organisations.search  # type: ignore[attr-defined]
    # A page that is a splitter (the technology catalogue) takes the focus too.
    window.nav.setFocus()
    qtbot.keyClick(window.nav, _digit(window, "technologies"), CTRL)
    assert window.page("technologies").isAncestorOf(QApplication.focusWidget())


def test_tab_leaves_the_contacts_table(qtbot: QtBot, db: Database) -> None:
    window = _window(qtbot, db)
    page = window.show_page("contacts")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not page.table and focused is not None
    assert page.table.currentIndex().column() == 0  # not moved on to the next cell


def test_tab_leaves_an_empty_date_filter(qtbot: QtBot, db: Database) -> None:
    """The visits list's "From" box shows "—" for no date; Qt kept Tab inside it for ever."""
    window = _window(qtbot, db)
    page = window.show_page("visits")
    assert isinstance(page, RecordListPage)
    start = page.filter_widgets["from"]
    start.setFocus()
    for _ in range(3):  # a date with day, month and year sections is left after at most three
        if QApplication.focusWidget() is not start:
            break
        qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not start
