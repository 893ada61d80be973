"""At 1024×640 in Chinese the Technologies list shows its columns (shots52): its split was fixed in
pixels for 1366 px, and a smaller window took all of its lack from the list (every column cut to a
word), the empty 450 px detail pane beside it kept whole. (The City needs page keeps its split: at
1024 px its match view needs the room for the reasons, field test F9.)"""

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


def test_the_technologies_list_keeps_its_columns_in_a_small_window(  # type: ignore[no-untyped-def]
    qtbot: QtBot, translators, demo_db: Database
) -> None:
    translators("zh_CN")
    window = MainWindow(demo_db, locale="zh_CN")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("technologies")
    assert isinstance(page, QSplitter)
    table = page.widget(0).table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() > 5, timeout=10000)
    list_width, pane_width = page.sizes()
    assert list_width >= 1.2 * pane_width, page.sizes()
    header = table.horizontalHeader()  # the Chinese columns (name, sector, provider) a word or more each
    qtbot.waitUntil(lambda: min(header.sectionSize(c) for c in range(header.count())) >= 60, timeout=10000)
    if _SHOTS:
        window.grab().save(str(Path(_SHOTS) / "technologies_1024_zh.png"))
