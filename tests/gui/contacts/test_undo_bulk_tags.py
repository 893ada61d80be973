"""Field test 9, defect 3: a bulk tag or untag on the contacts list is undone in one step by
Ctrl+Z on the list (and Edit › Undo), back to exactly the tags each contact had."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QItemSelectionModel, Qt
from petdesk.services import contacts as cs

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def _tags(db: Database) -> dict[str, list[str]]:
    with db.reading() as s:
        return {c.family_name: list(c.tags) for c in s.scalars(select(m.Contact))}


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> ContactsPage:
    with db.transaction() as s:
        cs.create_contact(s, family_name="Zhang", tags=["3iPET深圳"])
        cs.create_contact(s, family_name="Li", tags=["水务"])
        cs.create_contact(s, family_name="Wang")
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    shown = win.show_page("contacts")
    assert isinstance(shown, ContactsPage)
    qtbot.waitUntil(lambda: not shown.model.refreshing and shown.model.rowCount() == 3, timeout=5000)
    return shown


def _select_two(page: ContactsPage) -> None:
    """Two of the three rows: the selected ids, not "all matching"."""
    page.table.selectRow(0)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectionModel().select(page.model.index(1, 0), flags)
    assert page.selection_count() == 2 and not page.all_matching_selected()


@pytest.mark.parametrize("everything", [False, True])
def test_ctrl_z_takes_a_bulk_tag_back(
    qtbot: QtBot, db: Database, page: ContactsPage, everything: bool
) -> None:
    before = _tags(db)
    if everything:
        page.table.selectAll()
    else:
        _select_two(page)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.tag_selected(["3iPET深圳", "水务"])
    assert _tags(db) != before
    assert page.undo_bar.isVisible()
    message = page.window().statusBar().currentMessage()
    assert message.startswith("Tagged ") and page.undo_label.text() == message

    page.table.setFocus()
    with qtbot.waitSignal(page.changed, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _tags(db) == before
    assert page.window().statusBar().currentMessage() == "Undone."
    assert not page.undo_bar.isVisible()


def test_edit_menu_undo_takes_a_bulk_untag_back(qtbot: QtBot, db: Database, page: ContactsPage) -> None:
    before = _tags(db)
    page.table.selectAll()
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.untag_selected(["水务", "3ipet深圳"])
    assert all(tags == [] for tags in _tags(db).values())
    page.table.setFocus()
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.window().edit_actions["edit_undo"].trigger()  # type: ignore[attr-defined]
    assert _tags(db) == before
