"""A click on the header of a column the list cannot sort by leaves the arrow (and the rows, and
the remembered sort) where they were (field test 25: Contacts' "Name (other script)" took the
arrow while the rows stayed sorted by name). Checked on every list of every page."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.list_page import ListPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QPoint, QSettings, Qt, QTableView, QToolTip
from petdesk.gui.record_list import RecordListPage
from petdesk.gui.sort_menu import cannot_sort_text
from petdesk.services import contacts

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    QSettings().remove("sort")
    with db.transaction() as s:
        contacts.create_contact(
            s, family_name="Zhang", given_name="Wei", family_name_zh="张", given_name_zh="伟"
        )
        contacts.create_contact(s, family_name="Becker", given_name="Andreas")
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    return win


def _click_header(qtbot: QtBot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    table.scrollTo(table.model().index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _indicator(table: QTableView) -> tuple[int, Qt.SortOrder]:
    header = table.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def test_contacts_other_script_header_keeps_arrow_and_order(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("contacts")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 2, timeout=5000)
    keys = [c.key for c in page.model.source.columns]
    other = keys.index("other_name")
    before, rows = _indicator(page.table), [page.model.row_text(r) for r in range(2)]
    for _twice in range(2):  # both directions of the click
        _click_header(qtbot, page.table, other)
        assert _indicator(page.table) == before
        assert [page.model.row_text(r) for r in range(2)] == rows
    assert QSettings().value("sort/contact/column") in (None, keys[before[0]])


def _tip(table: QTableView, column: int) -> object:
    return table.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_an_unsortable_header_says_it_cannot_sort(qtbot: QtBot, window: MainWindow) -> None:
    """Its tip says so, and a click shows it: the click did nothing visible (field test 47, defect 5)."""
    page = window.show_page("contacts")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 2, timeout=5000)
    keys = [c.key for c in page.model.source.columns]
    other = keys.index("other_name")
    assert _tip(page.table, other) == cannot_sort_text() == "The list cannot be sorted by this column."
    assert _tip(page.table, keys.index("name")) is None
    QToolTip.hideText()
    _click_header(qtbot, page.table, other)
    assert QToolTip.text() == cannot_sort_text()


def test_no_list_moves_its_arrow_to_a_column_it_cannot_sort(qtbot: QtBot, window: MainWindow) -> None:
    checked = 0
    for key in window.page_keys:
        page = window.show_page(key)
        for table in page.findChildren(QTableView):
            owner = table.parent()
            while owner is not None and not isinstance(owner, (RecordListPage, ListPage)):
                owner = owner.parent()
            if owner is None or not table.isSortingEnabled():
                continue
            sortable = owner.sortable if isinstance(owner, RecordListPage) else owner.model.is_sortable
            for column in range(table.model().columnCount()):
                if table.isColumnHidden(column):
                    continue
                before = _indicator(table)
                _click_header(qtbot, table, column)
                if sortable(column):
                    assert _indicator(table)[0] == column, (key, column)
                else:
                    checked += 1
                    assert _indicator(table) == before, (key, column)
                    assert _tip(table, column) == cannot_sort_text(), (key, column)
    assert checked >= 1  # at least Contacts' other-script name
