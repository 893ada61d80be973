"""In the Chinese window the contacts list and the detail pane name Anna Lindqvist 安娜·林德奎斯特
(given·family, as cards and dossiers print her) and Taro Yamada 山田太郎 (his own Japanese name,
family first); typing her name with its middle dot finds her."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.record_list import RecordListPage
from petdesk.services import contacts

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        anna = contacts.create_contact(
            s, family_name="Lindqvist", given_name="Anna", family_name_zh="林德奎斯特", given_name_zh="安娜"
        )
        taro = contacts.create_contact(
            s, family_name="Yamada", given_name="Taro", family_name_zh="山田", given_name_zh="太郎"
        )
        taro.native_name_language = "ja"
        return {"anna": anna.id, "taro": taro.id}


def _page(qtbot: QtBot, db: Database) -> RecordListPage:
    win = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    page = win.show_page("contacts")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 2, timeout=5000)
    return page


def _names(page: RecordListPage) -> list[str]:
    return [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]


def test_list_and_detail_pane_show_given_dot_family(
    qtbot: QtBot, db: Database, people: dict[str, str]
) -> None:
    page = _page(qtbot, db)
    assert _names(page) == ["安娜·林德奎斯特", "山田太郎"]  # in pinyin order as written: an < shan
    for row, who, shown in ((0, "anna", "安娜·林德奎斯特"), (1, "taro", "山田太郎")):
        page.table.selectRow(row)
        qtbot.waitUntil(lambda who=who: page.detail.contact_id == people[who], timeout=5000)  # type: ignore[misc]
        qtbot.waitUntil(lambda shown=shown: shown in page.detail.title.text(), timeout=5000)  # type: ignore[misc]
    assert "太郎·山田" not in page.detail.title.text()


def test_typing_the_name_with_its_dot_finds_her(qtbot: QtBot, db: Database, people: dict[str, str]) -> None:
    page = _page(qtbot, db)
    # an input method commits the name at once (QTest cannot type characters off the keyboard)
    page.search.setFocus()
    page.search.setText("安娜·林德奎斯特")
    qtbot.waitUntil(lambda: not page.model.refreshing and _names(page) == ["安娜·林德奎斯特"], timeout=5000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.contact_id == people["anna"], timeout=5000)
    qtbot.waitUntil(lambda: "安娜·林德奎斯特" in page.detail.title.text(), timeout=5000)
