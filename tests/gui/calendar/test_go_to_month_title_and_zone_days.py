"""Go to date and the calendar's zone box (field test 24, defects 2 and 3).

"Go to date" 26 Mar 2027 moved the mini month's grid to March, but its title still read
"2026年12月"; and the zone box read "Berlin (UTC+01:00)" on a week that crosses the change to
summer time (28 Mar 2027).
"""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.calendar.page import WEEK
from petdesk.gui.qt import QDate, QLabel
from tests.gui.calendar.test_time_grid import open_page, shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_go_to_date_names_the_new_month_in_the_mini_month(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db, "Europe/Berlin")
    shown(qtbot, page, WEEK, dt.date(2026, 12, 7))
    title = page.findChild(QLabel, "mini_month_title")
    assert title.text() == "December 2026"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.go_to_date.setDate(QDate(2027, 3, 26))  # as the date box's own change does
    assert page.mini_month.selectedDate() == QDate(2027, 3, 26)
    assert title.text() == "March 2027"
    assert page.current == dt.date(2027, 3, 26)


def test_the_zone_box_shows_the_offsets_of_the_days_shown(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db, "Europe/Berlin")
    shown(qtbot, page, WEEK, dt.date(2027, 3, 26))  # Mon 22 – Sun 28 Mar: summer time from the 28th
    assert page.zone_box.currentText() == "Berlin, Germany (UTC+01:00 → UTC+02:00)"
    shown(qtbot, page, WEEK, dt.date(2027, 7, 14))
    assert page.zone_box.currentText() == "Berlin, Germany (UTC+02:00)"
    assert page.zone_box.zone() == "Europe/Berlin"
