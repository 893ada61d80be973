"""Ctrl+Z after saving a contact edit that touched only the contact's position (a row of another
table) shows the restored position in the list and the detail pane, and says "Undone."
(field test 6, defect 4: the database went back, the screen kept the undone value)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QLabel, QTimer
from petdesk.services import contacts as cs
from petdesk.services import organisations
from tests.gui.contacts.test_contacts_workspace import _save

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def _position_cell(page: ContactsPage) -> str:
    column = [c.key for c in page.model.source.columns].index("position")
    return str(page.model.index(0, column).data())


def _detail_text(page: ContactsPage) -> str:
    return " ".join(label.text() for label in page.detail.findChildren(QLabel) if label.isVisible())


def test_undo_of_a_position_edit_shows_the_old_position(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        org = organisations.create_organisation(s, name_en="NRW Environment Ministry", country="DE")
        cs.create_contact(
            s, family_name="Schröder", given_name="Anna", organisation_id=org.id, position_en="Head of unit"
        )
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ContactEditDialog)
        if dialog.is_busy():
            with qtbot.waitSignal(dialog.loaded):
                pass
        dialog.position_en.setText("Head of circular economy")
        _save(qtbot, dialog)

    QTimer.singleShot(0, later)
    page.edit_current()
    qtbot.waitUntil(lambda: _position_cell(page) == "Head of circular economy", timeout=5000)
    qtbot.waitUntil(lambda: "Head of circular economy" in _detail_text(page), timeout=5000)

    page.table.setFocus()
    window.edit_actions["edit_undo"].trigger()  # Edit › Undo, as Ctrl+Z on the list
    qtbot.waitUntil(lambda: _position_cell(page) == "Head of unit", timeout=5000)
    qtbot.waitUntil(lambda: "Head of unit" in _detail_text(page), timeout=5000)
    assert "Head of circular economy" not in _detail_text(page)
    assert window.statusBar().currentMessage() == "Undone."
