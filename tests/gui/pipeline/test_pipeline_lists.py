"""The Technologies, City needs and Projects lists in the window: they open A→Z on their names
(by pinyin in Chinese), search as the command line does, and say what to do before a row is chosen."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.models.enums import ProjectStatus
from petdesk.services import needs as need_service
from petdesk.services import projects as project_service
from petdesk.services import technologies as tech_service
from tests.helpers.pipeline_names import PINYIN_ORDER, ZH_NAMES, kunming

EN_NAMES = ("Wetland for sewage", "air sensors", "Leak detection", "Bike sharing")
EN_ORDER = ["air sensors", "Bike sharing", "Leak detection", "Wetland for sewage"]
PAGES = [("technologies", "name"), ("needs", "title"), ("projects", "title")]


@pytest.fixture
def lists_db(db: Database) -> Database:
    with db.transaction() as s:
        city = kunming(s)
        for zh, en in zip(ZH_NAMES, EN_NAMES, strict=True):
            tech_service.create_technology(s, name_en=en, name_zh=zh, sector="water")
            need_service.create_need(
                s, city_organisation_id=city.id, title_en=en, title_zh=zh, sector="water"
            )
            project_service.create_project(s, title_en=en, title_zh=zh, stage=ProjectStatus.IDEA)
    return db


def _list(window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    page = window.show_page(key)
    return page.list


def _column(lst, key: str) -> list[str]:  # type: ignore[no-untyped-def]
    column = [k for k, _t in lst.model._headers].index(key)
    return [lst.model.index(row, column).data() for row in range(lst.model.rowCount())]


@pytest.mark.parametrize(("page_key", "column_key"), PAGES)
def test_the_pipeline_lists_open_a_to_z_on_their_names(
    qtbot, lists_db: Database, page_key, column_key
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(lists_db, locale="en")
    qtbot.addWidget(window)
    lst = _list(window, page_key)
    header = lst.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert [k for k, _t in lst.model._headers][header.sortIndicatorSection()] == column_key
    assert _column(lst, column_key) == EN_ORDER
    # the order stays through a search and a refresh
    lst.search.setText("e")
    lst.apply_search()
    lst.search.setText("")
    lst.apply_search()
    lst.refresh()
    assert _column(lst, column_key) == EN_ORDER
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


@pytest.mark.parametrize(("page_key", "column_key"), PAGES)
def test_chinese_names_sort_by_pinyin_in_the_chinese_window(  # type: ignore[no-untyped-def]
    qtbot, translators, lists_db: Database, page_key, column_key
) -> None:
    translators("zh_CN")
    window = MainWindow(lists_db, locale="zh_CN")
    qtbot.addWidget(window)
    lst = _list(window, page_key)
    assert _column(lst, column_key) == PINYIN_ORDER
    lst.table.sortByColumn(lst.table.horizontalHeader().sortIndicatorSection(), Qt.SortOrder.DescendingOrder)
    assert _column(lst, column_key) == PINYIN_ORDER[::-1]


@pytest.mark.parametrize(
    ("page_key", "column_key", "typed", "found"),
    [
        ("technologies", "name", "wushui", ["Wetland for sewage"]),
        ("technologies", "name", "gongshui guanwang", ["Leak detection"]),
        ("needs", "title", "kongqi", ["air sensors"]),
        ("projects", "title", "zixingche", ["Bike sharing"]),
    ],
)
def test_the_search_box_understands_pinyin_as_the_command_line_does(  # type: ignore[no-untyped-def]
    qtbot, lists_db: Database, page_key, column_key, typed, found
) -> None:
    window = MainWindow(lists_db, locale="en")
    qtbot.addWidget(window)
    lst = _list(window, page_key)
    lst.search.setText(typed)
    lst.apply_search()
    assert _column(lst, column_key) == found


def test_the_catalogue_says_to_select_a_technology_until_one_is_selected(qtbot, lists_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(lists_db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("technologies")
    assert page.empty.isVisible()
    assert page.empty.text() == "Select a technology to see the details."
    assert not page.detail.isVisible()
    page.list.table.selectRow(0)
    assert not page.empty.isVisible()
    assert page.detail.isVisible() and "air sensors" in page.detail.toPlainText()


def test_the_needs_page_says_to_select_a_need_until_one_is_selected(qtbot, lists_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(lists_db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("needs")
    view = page.match_view
    assert view.empty.isVisible()
    assert view.empty.text() == "Select a city need to see the technologies that fit."
    assert not view.ranked.isVisible()
    page.list.table.selectRow(0)
    assert not view.empty.isVisible()
    assert view.ranked.isVisible() and "air sensors" in view.heading.text()


def test_the_hints_speak_chinese_in_the_chinese_window(qtbot, translators, lists_db: Database) -> None:  # type: ignore[no-untyped-def]
    translators("zh_CN")
    window = MainWindow(lists_db, locale="zh_CN")
    qtbot.addWidget(window)
    assert window.show_page("technologies").empty.text() == "选择技术以查看详细信息。"
    assert window.show_page("needs").match_view.empty.text() == "选择城市需求以查看适合的技术。"


@pytest.mark.parametrize(("page_key", "column_key"), PAGES[:2])  # (projects open on their board)
def test_the_name_column_keeps_a_readable_width_beside_the_detail_pane(  # type: ignore[no-untyped-def]
    qtbot, lists_db: Database, page_key: str, column_key: str
) -> None:
    """Stretched by Qt, the name took what six other columns left: 80-100 px at 1280 × 800, names cut
    to "Low-..."; it now keeps READABLE_WIDTH while the other columns fit beside it (no sideways
    scrolling, field test 6, defect 19), and it takes any room to spare. A width the user drags it
    to stays."""
    from petdesk.gui.column_fit import READABLE_WIDTH

    window = MainWindow(lists_db, locale="en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    lst = _list(window, page_key)
    header = lst.table.horizontalHeader()
    column = [k for k, _t in lst.model._headers].index(column_key)
    qtbot.waitUntil(lambda: header.sectionSize(column) >= READABLE_WIDTH)
    assert not lst.table.horizontalScrollBar().isVisible()
    window.resize(2400, 800)  # room to spare: the name takes it
    qtbot.waitUntil(
        lambda: (
            header.sectionViewportPosition(header.count() - 1) + header.sectionSize(header.count() - 1)
            >= lst.table.viewport().width() - 1
        )
    )
    header.resizeSection(column, 300)
    wide = lst.table.viewport().width()
    window.resize(1280, 800)
    # the fitter refits as the table's viewport is resized (a posted layout pass after the window's)
    qtbot.waitUntil(lambda: lst.table.viewport().width() < wide, timeout=5000)
    assert header.sectionSize(column) == 300
