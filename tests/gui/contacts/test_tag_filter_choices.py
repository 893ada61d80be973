"""The Tag filter offers the tags that exist now after a bulk Tag/Untag, keeping its choice while
that tag exists (field test 25, s8_tags.py: after 媒体 → media on all matching, the filter still
offered 媒体 and not media)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QComboBox
from petdesk.services import contacts as cs

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> ContactsPage:
    with db.transaction() as s:
        cs.create_contact(s, family_name="Zhang", tags=["媒体"])
        cs.create_contact(s, family_name="Li", tags=["媒体", "水务"])
        cs.create_contact(s, family_name="Wang", tags=["水务"])
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    shown = win.show_page("contacts")
    assert isinstance(shown, ContactsPage)
    qtbot.waitUntil(lambda: _offered(shown) == ["媒体", "水务"], timeout=5000)
    return shown


def _box(page: ContactsPage) -> QComboBox:
    box = page.filter_widgets["tag"]
    assert isinstance(box, QComboBox)
    return box


def _offered(page: ContactsPage) -> list[str]:
    box = _box(page)
    return sorted(str(box.itemData(i)) for i in range(1, box.count()))


def _filter_by(qtbot: QtBot, page: ContactsPage, tag: str, rows: int) -> None:
    _box(page).setCurrentIndex(_box(page).findData(tag))
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == rows, timeout=5000)


def test_a_renamed_tag_is_offered_by_its_new_name(qtbot: QtBot, page: ContactsPage) -> None:
    _filter_by(qtbot, page, "媒体", 2)
    page.table.selectAll()
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.tag_selected(["media"])
    qtbot.waitUntil(lambda: "media" in _offered(page), timeout=5000)
    assert _box(page).currentData() == "媒体"  # still there: kept
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.untag_selected(["媒体"])
    qtbot.waitUntil(lambda: _offered(page) == ["media", "水务"], timeout=5000)
    # The tag chosen exists no more: the filter says All, and the list shows all.
    assert _box(page).currentData() == ""
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 3, timeout=5000)


def test_the_choice_is_kept_while_its_tag_exists(qtbot: QtBot, page: ContactsPage) -> None:
    _filter_by(qtbot, page, "水务", 2)
    page.table.selectRow(0)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.tag_selected(["3iPET"])
    qtbot.waitUntil(lambda: "3iPET" in _offered(page), timeout=5000)
    assert _box(page).currentData() == "水务"
    assert page.model.rowCount() == 2
