"""A cell or column title cut with "…" shows its whole text as a tooltip (field test 9: the visit
editor's itinerary read "Meeti…", "Cheng…" and "Host or ch…" with no way to read the rest)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.column_fit import cell_tip, title_tip
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QEvent, QHeaderView, QHelpEvent, QPoint, QTableView, QToolTip
from petdesk.gui.record_list import RecordListPage
from petdesk.gui.visits.edit import ITEM_TITLE, VisitEditor
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PLACE = "Chengdu Municipal Bureau of Ecology and Environment, Meeting Room 3"


def _tip_on_cell(table: QTableView, row: int, column: int) -> str:
    QToolTip.hideText()
    centre = table.visualRect(table.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def _tip_on_title(header: QHeaderView, column: int) -> str:
    QToolTip.hideText()
    at = QPoint(
        header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2
    )
    event = QHelpEvent(QEvent.Type.ToolTip, at, header.viewport().mapToGlobal(at))
    QApplication.sendEvent(header.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def _is_cut(table: QTableView, column: int) -> bool:
    index = table.model().index(0, column)
    return table.sizeHintForIndex(index).width() > table.visualRect(index).width()


@pytest.fixture
def visit_id(db: Database) -> str:
    day = dt.date(2026, 12, 14)
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Study tour to Chengdu", start_date=day, end_date=day, timezone="Asia/Shanghai"
        )
        start = dt.datetime(2026, 12, 14, 10)
        vs.add_item(
            s,
            v.id,
            title_en="Meeting with the bureau",
            place_en=PLACE,
            start=start,
            end=start + dt.timedelta(hours=2),
        )
    return v.id


def test_cut_itinerary_cells_and_titles_show_their_whole_text(  # type: ignore[no-untyped-def]
    qtbot: QtBot, translators, db: Database, visit_id: str
) -> None:
    translators("en")
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.resize(1050, 700)
    editor.show()
    editors.loaded(qtbot, editor)
    editor.tabs.setCurrentIndex(2)  # the itinerary
    table = editor.items_view
    qtbot.waitUntil(lambda: table.isVisible() and editor.items_model.rowCount() == 1)
    model = table.model()
    place = next(c for c in range(model.columnCount()) if model.index(0, c).data() == PLACE)
    header = table.horizontalHeader()
    header.resizeSection(place, 60)  # narrow, as at 1366×768 beside twelve others
    assert _is_cut(table, place)
    assert _tip_on_cell(table, 0, place) == PLACE
    assert not _is_cut(table, ITEM_TITLE)
    assert cell_tip(table, model.index(0, ITEM_TITLE)) == ""  # whole: no tooltip to repeat it
    header.resizeSection(place, 30)
    title = str(model.headerData(place, header.orientation()))
    assert _tip_on_title(header, place) == title
    assert title_tip(header, ITEM_TITLE) == ""


def test_cut_cells_of_a_list_page_show_their_whole_text(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("organisations")
    assert isinstance(page, RecordListPage)
    table = page.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=5000)
    table.horizontalHeader().resizeSection(0, 60)  # the name column, cut
    name = str(table.model().index(0, 0).data())
    assert _is_cut(table, 0)
    assert _tip_on_cell(table, 0, 0) == name
