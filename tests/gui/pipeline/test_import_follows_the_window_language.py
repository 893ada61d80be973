"""A window opened in Chinese (``MainWindow(locale="zh_CN")``) while the settings say English: the
exchange import's "file from a newer petdesk" line, the catalogue import's summary and a refused
file's sentence spoke the settings' English; they follow the window, as the rest of it does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from petdesk.db import Database, open_database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox
from petdesk.gui.technologies.import_file import run_catalogue_import, run_exchange_import
from tests.core.pipeline.test_exchange_match_notes import NOTE, _hub_match
from tests.core.pipeline.test_exchange_versions import _newer
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def chinese_window(  # type: ignore[no-untyped-def]
    qtbot,
    tmp_path: Path,
    new_database_file: Callable[[Path], Path],
    tree_catalogue,
    tree_window_catalogue,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[MainWindow, Database]]:
    from petdesk.gui import translation

    monkeypatch.setattr(translation, "chosen_locale", lambda: "en")  # the settings say English
    here = open_database(new_database_file(tmp_path / "here.sqlite"))
    try:
        window = MainWindow(here, locale="zh_CN")
        qtbot.addWidget(window)
        window.show()
        yield window, here
        window.close()
    finally:
        here.close()


def test_a_newer_files_summary_speaks_the_windows_chinese(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, new_database_file: Callable[[Path], Path], chinese_window
) -> None:
    window, here = chinese_window
    hub = open_database(new_database_file(tmp_path / "hub.sqlite"))
    try:
        _hub_match(hub, NOTE)
        path = _newer(hub, tmp_path, "1.5")
    finally:
        hub.close()
    page = window.show_page("needs")
    run_exchange_import(page, here, path, page.refresh)
    qtbot.waitUntil(lambda: getattr(page, "import_summary", None) is not None, timeout=10_000)
    text = page.import_summary.text()
    assert "来自更新版本的 petdesk" in text and "comes from a newer petdesk" not in text
    page.import_summary.close()


def test_a_catalogue_import_and_a_refusal_speak_the_windows_chinese(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, chinese_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, here = chinese_window
    page = window.show_page("technologies")
    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_text("name_en,name_zh,sector\nRain gardens,雨水花园,wastewater\n", encoding="utf-8")
    run_catalogue_import(page, here, catalogue, "technologies", page.refresh)
    qtbot.waitUntil(lambda: getattr(page, "import_result", None) is not None, timeout=10_000)
    assert "新增" in page.import_message and "Added" not in page.import_message
    page.import_result.close()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _page, _title, text: said.append(text))
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "3ipet-exchange", ', encoding="utf-8")
    run_exchange_import(page, here, broken, page.refresh)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "broken.json" in said[0] and "不是有效的 JSON" in said[0]
