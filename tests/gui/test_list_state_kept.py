"""Each list keeps its sort (column and order) and its column widths across restarts, as the
window keeps its size and page (field test 6, defect 12)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.gui.record_list import RecordListPage
from petdesk.services import contacts as cs
from petdesk.services import organisations
from petdesk.services import visits as vs

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def _page(qtbot: QtBot, window: MainWindow, name: str) -> RecordListPage:
    page = window.show_page(name)
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() > 0, timeout=5000)
    return page


def _column(page: RecordListPage, key: str) -> int:
    return [c.key for c in page.model.source.columns].index(key)


def _open(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def filled_db(db: Database) -> Database:
    with db.transaction() as s:
        for org_name, family in (("Chengdu Ecology Bureau", "Wang"), ("NRW Ministry", "Schröder")):
            org = organisations.create_organisation(s, name_en=org_name, country="CN")
            cs.create_contact(s, family_name=family, given_name="Fang", organisation_id=org.id)
        for day in (1, 14):
            vs.create_visit(
                s, title_en=f"Visit {day}", start_date=dt.date(2026, 12, day), end_date=dt.date(2026, 12, day)
            )
    return db


def test_sort_and_widths_come_back_after_a_restart(qtbot: QtBot, filled_db: Database) -> None:
    window = _open(qtbot, filled_db)
    contacts = _page(qtbot, window, "contacts")
    organisation = _column(contacts, "organisation")
    for _click in range(2):  # the user clicks the header twice: by organisation, descending
        qtbot.mouseClick(
            contacts.table.horizontalHeader().viewport(),
            Qt.MouseButton.LeftButton,
            pos=_header_point(contacts, organisation),
        )
    qtbot.waitUntil(lambda: not contacts.model.refreshing, timeout=5000)
    assert contacts.model.index(0, organisation).data() == "NRW Ministry"
    contacts.table.horizontalHeader().resizeSection(0, 260)
    visits = _page(qtbot, window, "visits")
    start = _column(visits, "start")
    visits.table.sortByColumn(start, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not visits.model.refreshing, timeout=5000)
    window.close()

    again = _open(qtbot, filled_db)
    contacts = _page(qtbot, again, "contacts")
    header = contacts.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        organisation,
        Qt.SortOrder.DescendingOrder,
    )
    assert contacts.model.descending and contacts.model.sort_key == "organisation"
    assert header.sectionSize(0) == 260
    assert contacts.model.index(0, organisation).data() == "NRW Ministry"
    visits = _page(qtbot, again, "visits")
    assert visits.table.horizontalHeader().sortIndicatorSection() == start
    assert visits.model.descending and visits.model.sort_key == "start"


def _header_point(page: RecordListPage, column: int):  # type: ignore[no-untyped-def]
    from petdesk.gui.qt import QPoint

    header = page.table.horizontalHeader()
    return QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
