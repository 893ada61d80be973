"""At 1024×640 in Chinese the Technologies and City needs lists show their columns (shots52): their
split was fixed in pixels for 1366 px, and a smaller window took all of its lack from the list (the
needs list cut off at its deadline, a horizontal scroll bar), the empty pane beside it kept whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QSplitter

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

#: Where a run may leave its screenshots to look at (unset: none are written).
_SHOTS = os.environ.get("PETDESK_SHOTS", "")


@pytest.mark.parametrize("key", ["technologies", "needs"])
def test_the_list_keeps_its_columns_in_a_small_window(  # type: ignore[no-untyped-def]
    qtbot: QtBot, translators, demo_db: Database, key: str
) -> None:
    translators("zh_CN")
    window = MainWindow(demo_db, locale="zh_CN")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page(key)
    assert isinstance(page, QSplitter)
    table = page.widget(0).table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() > 5, timeout=10000)
    list_width, pane_width = page.sizes()
    assert list_width >= 1.2 * pane_width, page.sizes()
    if key == "needs":  # five short columns: all of them in view, no scrolling sideways
        qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=10000)
    if _SHOTS:
        window.grab().save(str(Path(_SHOTS) / f"{key}_1024_zh.png"))
