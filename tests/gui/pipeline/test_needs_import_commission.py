"""Field test 97 in the window: the commission's WPS needs list maps without a hand on every column,
and the City needs list shows each need's budget, sortable, so the largest needs come first."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.gui.technologies.import_file import map_catalogue_columns
from tests.helpers.lanzhou_needs import write_workbook

# the offscreen platform says so whenever a dialog is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_commissions_list_maps_and_its_largest_need_sorts_first(  # type: ignore[no-untyped-def]
    qtbot, translators, db: Database, tmp_path: Path
) -> None:
    translators("zh_CN")
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    page = window.show_page("needs")
    page.catalogue_mapping = None
    map_catalogue_columns(page, db, write_workbook(tmp_path / "需求清单.xlsx"), "needs", page.refresh)
    qtbot.waitUntil(lambda: page.catalogue_mapping is not None and page.catalogue_mapping.isVisible())
    dialog = page.catalogue_mapping
    # 序号 left out on purpose; every other column preselected (six were unknown before)
    assert [c.currentData() for c in dialog.combos] == [
        "",
        "city",
        "title_zh",
        "problem_zh",
        "budget_max",
        "deadline",
        "contact",
        "phone",
        "remarks",
    ]
    assert not dialog.warning.isVisible() and dialog.import_button.isEnabled()
    page.import_result = None
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.import_result is not None and page.import_result.isVisible(), timeout=10_000)
    page.import_result.accept()

    lst = page.list
    qtbot.waitUntil(lambda: lst.model.rowCount() == 5, timeout=10_000)
    keys = [k for k, _t in lst.model._headers]
    lst.table.sortByColumn(keys.index("budget"), Qt.SortOrder.DescendingOrder)
    titles = [lst.model.index(r, keys.index("title")).data() for r in range(5)]
    budgets = [lst.model.index(r, keys.index("budget")).data() for r in range(5)]
    assert titles[0] == "污水处理厂污泥干化"
    assert budgets == ["2,800万元", "1,200万元", "650.5万元", "500万元", "500万元"]


def test_the_preview_says_a_budget_is_in_ten_thousands(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """"1200" under "Budget up to" read as 1,200 yuan; the import stores 12,000,000 (万元)."""
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("needs")
    page.catalogue_mapping = None
    map_catalogue_columns(page, db, write_workbook(tmp_path / "needs.xlsx"), "needs", page.refresh)
    qtbot.waitUntil(lambda: page.catalogue_mapping is not None and page.catalogue_mapping.isVisible())
    dialog = page.catalogue_mapping
    assert "Budget up to (×10,000)" in dialog.preview_model.headers
    assert "Deadline" in dialog.preview_model.headers
    dialog.reject()
