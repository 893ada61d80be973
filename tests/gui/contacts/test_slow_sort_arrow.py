"""Field test 30, defect 3: sorting a million contacts by Position took 3-22 s while the arrow
already stood on Position over rows still in name order. A slow sort now says "sorting…" and its
arrow waits for its rows; a quick one moves the arrow at once."""

from __future__ import annotations

import os
import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QSettings, Qt
from petdesk.gui.record_list import RecordListPage
from petdesk.services import contacts, organisations

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> RecordListPage:
    QSettings().remove("sort")
    with db.transaction() as s:
        office = organisations.create_organisation(s, name_en="Ruitai Soil")
        s.flush()
        for family, position in (("Zhang", "Engineer"), ("Becker", "Advisor"), ("Adams", "Mayor")):
            contacts.create_contact(
                s, family_name=family, given_name="A", organisation_id=office.id, position_en=position
            )
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    contacts_page = win.show_page("contacts")
    assert isinstance(contacts_page, RecordListPage)
    qtbot.waitUntil(lambda: not contacts_page.model.refreshing and contacts_page.model.rowCount() == 3)
    return contacts_page


def _slow_position_sort(page: RecordListPage) -> threading.Event:
    """The page's reads sorted by position wait until the returned gate opens (a million rows)."""
    gate = threading.Event()
    source, read = page.model.source, page.model.source.page

    def page_read(session: Any, text: str, sort: str, descending: bool, offset: int, limit: int) -> Any:
        if sort == "position":
            assert gate.wait(20)
        return read(session, text, sort, descending, offset, limit)

    source.page = page_read  # type: ignore[method-assign]
    return gate


def _first_cells(page: RecordListPage) -> list[str]:
    return [page.model.record(row)[1][0] for row in range(page.model.rowCount())]  # type: ignore[index]


def test_a_slow_sort_says_sorting_and_moves_the_arrow_with_its_rows(
    qtbot: QtBot, page: RecordListPage
) -> None:
    header = page.table.horizontalHeader()
    keys = [c.key for c in page.model.source.columns]
    name_order = _first_cells(page)
    gate = _slow_position_sort(page)
    header.setSortIndicator(keys.index("position"), Qt.SortOrder.AscendingOrder)  # as a click does
    assert page.count_label.text() == "sorting…"
    # the arrow goes back to the rows on screen until the sorted rows arrive
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == keys.index("name"), timeout=3000)
    assert _first_cells(page) == name_order and page.model.refreshing
    if shots := os.environ.get("PETDESK_SHOTS"):
        page.window().grab().save(f"{shots}/sorting_position.png")
    gate.set()
    qtbot.waitUntil(lambda: not page.model.refreshing, timeout=5000)
    assert header.sortIndicatorSection() == keys.index("position")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert page.model.sort_key == "position"
    assert [page.model.record(r)[1][keys.index("position")] for r in range(3)] == [
        "Advisor",
        "Engineer",
        "Mayor",
    ]  # type: ignore[index]
    assert page.count_label.text() != "sorting…"


def test_a_quick_sort_moves_the_arrow_once(
    qtbot: QtBot, page: RecordListPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    header = page.table.horizontalHeader()
    keys = [c.key for c in page.model.source.columns]
    moves: list[int] = []
    header.sortIndicatorChanged.connect(lambda column, _order: moves.append(column))
    arrow_back = RecordListPage._arrow_back_while_sorting
    waited: list[bool] = []

    def recorded(self: RecordListPage) -> None:  # the real one, its call noted
        arrow_back(self)
        waited.append(True)

    monkeypatch.setattr(RecordListPage, "_arrow_back_while_sorting", recorded)
    header.setSortIndicator(keys.index("position"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not page.model.refreshing, timeout=5000)
    qtbot.waitUntil(lambda: bool(waited), timeout=5000)  # past the arrow's wait (SORT_ARROW_WAIT_MS)
    assert header.sortIndicatorSection() == keys.index("position")
    assert moves == [keys.index("position")]
