"""shots59: the City needs list at 1366 px in English kept its starting widths, Status ("S…") and
Deadline behind a sideways scroll bar, in the screenshot taken as the page was first shown. Its
table was sized before it counted as visible (when the fitter keeps the starting widths) and not
resized again once shown: the columns are fitted again when the table is shown."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from tests.helpers.window_walk import walk_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_city_needs_columns_fit_when_the_page_is_first_drawn(  # type: ignore[no-untyped-def]
    qtbot: QtBot, translators, demo_db: Database
) -> None:
    translators("en")
    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    widths = []

    class Reached(Exception):
        pass

    def drawn(page, label: str) -> None:  # type: ignore[no-untyped-def]
        window.grab()  # each page drawn as the screenshot walk draws it, the pages before too
        if label == "page City needs":
            table = page.list.table
            widths.append((table.horizontalHeader().length(), table.viewport().width()))
            raise Reached

    with pytest.raises(Reached):
        walk_window(window, qtbot=qtbot, on_page=drawn)
    [(columns, room)] = widths
    assert columns <= room
