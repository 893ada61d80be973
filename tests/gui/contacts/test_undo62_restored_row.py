"""Round 62: a contact deleted from the list (Delete, Undo bar) and brought back with Ctrl+Z is at
its old row, selected, with the focus on the table; before, the row below it was selected. And
after a delete the count ("4 contacts") never shows ahead of the rows: whenever the label says N,
the table has N rows."""

from __future__ import annotations

import time

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui import plurals
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, Qt, QTimer

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

NAMES = ("Bai", "Cao", "Du", "Fan", "Gu")


def _shown(page: ContactsPage, n: int) -> str:
    return plurals.ListCount().of(page.noun(n))


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> ContactsPage:
    with db.transaction() as s:
        s.add_all(m.Contact(family_name=name, given_name="Anna") for name in NAMES)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    contacts = window.show_page("contacts")
    assert isinstance(contacts, ContactsPage)
    qtbot.waitUntil(lambda: contacts.count_label.text() == _shown(contacts, 5), timeout=5000)
    return contacts


def _name(page: ContactsPage, row: int) -> str:
    return str(page.model.index(row, 0).data())


def test_undo62_ctrl_z_brings_the_contact_back_at_its_row_selected(
    qtbot: QtBot, page: ContactsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [_name(page, r) for r in range(5)]
    assert all(name in shown for name, shown in zip(NAMES, names, strict=True))  # by name
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Home)
    page.table.selectRow(2)
    gone = page.model.row_id(2)

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            QTest.keyClick(box, Qt.Key.Key_Y)
        else:
            QTimer.singleShot(10, answer_yes)

    QTimer.singleShot(0, answer_yes)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)  # the question, answered Yes above
    qtbot.waitUntil(lambda: page.undo_offered() and page.model.row_of(gone or "") < 0, timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and not page.model.refreshing, timeout=5000)
    qtbot.waitUntil(page.table.hasFocus, timeout=3000)
    page.table.selectRow(2)  # the row that took its place ("Fan"), as after a click or Down


    # The list's rows read slower than the restored row's place, as at 100,000 contacts.
    real = page.model.source.page
    monkeypatch.setattr(page.model.source, "page", lambda *a, **k: time.sleep(0.3) or real(*a, **k))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5 and page.model.row_of(gone or "") == 2, timeout=5000)
    qtbot.wait(800)  # every late answer (the reload, the selection) has come
    assert [_name(page, r) for r in range(5)] == names
    assert page.table.currentIndex().row() == 2
    assert page.selected_ids() == [gone]
    assert page.table.hasFocus()


def test_undo62_after_a_delete_the_count_shows_with_the_rows(
    qtbot: QtBot, page: ContactsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, int]] = []  # the count as each showing of it left it, and the rows then
    show = page._show_count

    def shown_with_rows() -> None:
        show()
        seen.append((page.count_label.text(), page.model.rowCount()))

    monkeypatch.setattr(page, "_show_count", shown_with_rows)
    page.model.counted.connect(lambda _n: seen.append((page.count_label.text(), page.model.rowCount())))
    real = page.model.source.page  # the rows read slowly, as at 100,000 contacts
    monkeypatch.setattr(page.model.source, "page", lambda *a, **k: time.sleep(0.3) or real(*a, **k))
    page.table.selectRow(1)
    page.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and page.undo_offered(), timeout=5000)
    qtbot.wait(400)
    assert (_shown(page, 4), 4) in seen
    assert [rows for text, rows in seen if text == _shown(page, 4)] == [4] * len(
        [t for t, _ in seen if t == _shown(page, 4)]
    )
