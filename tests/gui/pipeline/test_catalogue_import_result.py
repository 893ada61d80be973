"""The window's catalogue import ends with what the command line says: the counts, the new
organisations, the warnings and every change (field test 26, §6: only "已导入 60 条记录。")."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.technologies.import_file import run_catalogue_import
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here

# the offscreen platform says so whenever a dialog is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEEDS = (
    "城市,需求名称,领域,问题描述\n"
    "杭州市,黑臭水体治理；污泥处置,污水处理,河道黑臭，污泥无处置出路\n"
    "杭州市,供水管网漏损控制,供水,\n"
)


def test_the_result_dialog_says_what_the_command_line_says(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("needs")
    path = tmp_path / "城市需求.csv"
    path.write_text(NEEDS, encoding="utf-8")

    page.import_result = None
    run_catalogue_import(page, db, path, "needs", lambda: None)
    qtbot.waitUntil(lambda: page.import_result is not None and page.import_result.isVisible(), timeout=10_000)
    result = page.import_result
    assert result.summary.text() == "Added 2 city needs; updated 0; new organisations: 1"
    assert result.warnings.isVisible()
    assert "黑臭水体治理；污泥处置 may be several needs in one cell" in result.warnings.text()
    assert result.details.toPlainText().splitlines() == [
        "  + 黑臭水体治理；污泥处置",
        "  + 供水管网漏损控制",
        "  + organisation: 杭州市",
    ]
    from tests.helpers.accessible_names import unnamed

    assert unnamed(result) == []  # the details box was unnamed (field test 32, §10)
    result.accept()


def test_new_providers_without_country_are_said_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, tree_catalogue: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's result says what ``import-technologies`` says of new providers without a country
    (field test: they came in silently and the market report counted them under 未注明国家)."""
    monkeypatch.setenv("PETDESK_LANG", "zh_CN")  # the result speaks the interface language chosen
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    page = window.show_page("technologies")
    path = tmp_path / "技术目录.csv"
    path.write_text("name_zh,provider,sector\n膜生物反应器,碧水源科技,wastewater\n", encoding="utf-8")

    page.import_result = None
    run_catalogue_import(page, db, path, "technologies", lambda: None)
    qtbot.waitUntil(lambda: page.import_result is not None and page.import_result.isVisible(), timeout=10_000)
    result = page.import_result
    assert result.warnings.isVisible()
    assert result.warnings.text().startswith("1 家新增提供方未注明国家（碧水源科技）")
    assert "合作机构" in result.warnings.text()
    result.accept()
