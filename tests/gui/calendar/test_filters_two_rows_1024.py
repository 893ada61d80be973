"""The calendar's filters at 1024 px in English: the organisation box took the width of the longest
name (420 px for "Shenzhen Municipal Bureau of Housing and Urban-Rural Development") and the filters
three rows, 50 px less of the month (shots54). The box shows 30 characters and "…"; its list every
name whole."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.calendar.page import CalendarPage
from petdesk.gui.elided_combo import shown_text
from petdesk.gui.main_window import MainWindow

#: The offscreen platform warns of what it cannot do for a popup (raise, keyboard grab): not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_filters_take_two_rows_and_a_long_name_is_elided(
    qtbot: QtBot, demo_db: Database, translators
) -> None:  # type: ignore[no-untyped-def]
    translators("en")
    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    page = window.show_page("calendar")
    assert isinstance(page, CalendarPage)
    with qtbot.waitSignal(page.filters_filled, timeout=10000):
        page.refresh()
    box = page.organisation
    longest = max((box.itemText(i) for i in range(box.count())), key=len)
    assert len(longest) > 50  # the demo's Shenzhen bureau
    rows = lambda: {b.parentWidget().y() for b in (page.staff, box, page.status)}  # noqa: E731
    qtbot.waitUntil(lambda: len(rows()) == 2 and box.isVisible(), timeout=10000)
    box.setCurrentIndex(box.findText(longest))
    said = shown_text(box)
    assert said.endswith("…") and longest.startswith(said[:-1])
    box.showPopup()  # the list: every name whole
    wanted = box.fontMetrics().horizontalAdvance(longest)
    qtbot.waitUntil(lambda: box.view().isVisible() and box.view().viewport().width() >= wanted, timeout=5000)
    box.hidePopup()
