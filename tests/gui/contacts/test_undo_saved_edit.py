"""Ctrl+Z on the contacts list after saving an edit takes the whole save back (name, phone), and
a later delete is what Undo then offers, not the older edit."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QMessageBox, QTimer
from petdesk.services import contacts as cs
from petdesk.services import organisations
from petdesk.services.contacts import Method
from tests.gui.contacts.test_contacts_workspace import _save

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> ContactsPage:
    with db.transaction() as s:
        cs.create_contact(
            s, family_name="Zhang", given_name="Wei", methods=[Method("phone", "+86 532 8888 1234")]
        )
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    shown = win.show_page("contacts")
    assert isinstance(shown, ContactsPage)
    qtbot.waitUntil(lambda: not shown.model.refreshing and shown.model.rowCount() == 1, timeout=5000)
    shown.table.selectRow(0)
    return shown


def _edit(qtbot: QtBot, page: ContactsPage, family: str, phone: str) -> None:
    def later() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ContactEditDialog)
        if dialog.is_busy():
            with qtbot.waitSignal(dialog.loaded):
                pass
        dialog.family_name.setText(family)
        dialog.method_rows[0].value.setText(phone)
        _save(qtbot, dialog)

    QTimer.singleShot(0, later)
    page.edit_current()


def _person(db: Database) -> tuple[str, list[str]]:
    with db.reading() as s:
        person = s.scalars(select(m.Contact)).one()
        return person.family_name, [m.value for m in cs.live_methods(s, person.id)]


def test_undo_takes_back_the_saved_edit(qtbot: QtBot, db: Database, page: ContactsPage) -> None:
    _edit(qtbot, page, "Zhao", "+86 139 0000 1111")
    assert _person(db) == ("Zhao", ["+86 139 0000 1111"])
    assert page.undo_bar.isVisible() and page.undo_label.text() == "Changes saved."

    page.table.setFocus()
    page.window().edit_actions["edit_undo"].trigger()  # Edit › Undo, as Ctrl+Z on the list
    qtbot.waitUntil(lambda: _person(db)[0] == "Zhang", timeout=5000)
    assert _person(db) == ("Zhang", ["+86 532 8888 1234"])
    assert not page.undo_bar.isVisible()


def test_a_refused_undo_says_why(qtbot: QtBot, db: Database, page: ContactsPage, monkeypatch) -> None:
    _edit(qtbot, page, "Zhao", "+86 139 0000 1111")
    with db.transaction() as s:
        person = s.scalars(select(m.Contact)).one()
        cs.update_contact(s, person.id, family_name="Zhou")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    page.undo_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "changed again" in said[0] and _person(db)[0] == "Zhou"


def test_the_newest_action_is_the_one_undone(qtbot: QtBot, db: Database, page: ContactsPage) -> None:
    _edit(qtbot, page, "Zhao", "+86 139 0000 1111")
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.delete_selected(confirm=False)
    assert page.undo_label.text().startswith("Deleted 1 contact")
    page.undo_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert _person(db)[0] == "Zhao"  # the delete was undone, not the edit before it


def test_undo_after_a_field_change_and_a_delete_brings_back_the_delete(qtbot: QtBot, db: Database) -> None:
    """Undo offers only the newest of the page's actions: the delete, not the field change before it."""
    with db.transaction() as s:
        for name in ("Qingdao Water", "Hamburg Water"):
            organisations.create_organisation(s, name_en=name, country="CN")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("organisations")
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 2, timeout=5000)
    page.table.selectAll()
    page.set_field_selected("country", "DE")
    qtbot.waitUntil(page.undo_bar.isVisible, timeout=5000)
    page.table.selectRow(0)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.delete_selected(confirm=False)
    page.undo_delete()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    with db.reading() as s:
        assert sorted(s.scalars(select(m.Organisation.country))) == ["DE", "DE"]
