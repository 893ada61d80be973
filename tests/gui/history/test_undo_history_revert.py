"""Edit › Undo (Ctrl+Z) takes back a revert made in a contact's History, as it takes back a save:
the revert wrote ordinary changes, and the page's Undo puts their old values back."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.history.dialog import HistoryDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QLabel, Qt
from tests.core.privacy.test_history_revert_parts import _edit, _state, _wagner

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def _position_cell(page: ContactsPage) -> str:
    column = [c.key for c in page.model.source.columns].index("position")
    return str(page.model.index(0, column).data())


def _detail_text(page: ContactsPage) -> str:
    return " ".join(label.text() for label in page.detail.findChildren(QLabel) if label.isVisible())


def test_ctrl_z_takes_back_a_revert_from_the_history(qtbot: QtBot, db: Database) -> None:
    cid, aid = _wagner(db)
    _edit(db, cid, aid, "Director A", nickname="Andi")  # the first version
    _edit(db, cid, aid, "Director B", nickname="Andy")  # the second
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    page.select_id(cid)
    qtbot.waitUntil(lambda: "Director B" in _detail_text(page), timeout=10_000)

    history_button = page.detail.findChild(type(page.detail.edit_button), "history")
    qtbot.mouseClick(history_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.history_dialog
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    second = next(
        r
        for r, e in enumerate(dialog.model.entries)
        if e.field == "nickname" and e.new_value == "Andy"  # the second save's first change
    )
    dialog.table.selectRow(second)
    with qtbot.waitSignal(dialog.reverted, timeout=5000):
        qtbot.mouseClick(dialog.revert_record_button, Qt.MouseButton.LeftButton)
    assert _state(db, cid, aid)[:2] == ("Andi", "Director A")
    dialog.close()
    qtbot.waitUntil(lambda: _position_cell(page) == "Director A", timeout=5000)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=5000)
    window.menu("edit").aboutToShow.emit()
    undo = window.edit_actions["edit_undo"]  # type: ignore[attr-defined]
    assert undo.isEnabled()
    assert undo.text() == "&Undo Revert Andreas Wagner"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: _state(db, cid, aid)[:2] == ("Andy", "Director B"), timeout=5000)
    qtbot.waitUntil(lambda: _position_cell(page) == "Director B", timeout=5000)
    qtbot.waitUntil(lambda: "Director B" in _detail_text(page), timeout=5000)
    assert window.statusBar().currentMessage() == "Undone."
