"""Week and day views: the hour grid starts a margin below the day headers, so "00:00" and an item
at midnight show whole (window57: the label was cut in half, the item sat under the headers)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from petdesk.gui.calendar.timegrid import TimeGrid, TimeGridView
from petdesk.services import calendar as cs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_midnight_and_its_label_are_below_the_day_headers(qtbot, locale: str) -> None:  # type: ignore[no-untyped-def]
    grid = TimeGrid(locale=locale, tz=ZoneInfo("Asia/Shanghai"))
    qtbot.addWidget(grid)
    grid.set_days([dt.date(2026, 12, 7) + dt.timedelta(days=n) for n in range(7)], [])
    grid.resize(1000, grid.sizeHint().height())
    label_top = grid.y_of(0) - (grid.fontMetrics().height() + 2) // 2  # as paintEvent centres it
    assert label_top >= grid.header  # "00:00" whole under the headers
    assert grid.column_rect(0).top() == grid.y_of(0) > grid.header  # an item at 00:00 too
    # the whole day still fits, and a click just below the headers is midnight
    assert grid.minimumHeight() >= grid.y_of(24 * 60)
    moment = grid.moment_at(grid.column_rect(0).topLeft())
    assert moment is not None and moment.hour == 0 and moment.minute == 0


def test_a_week_starting_at_midnight_opens_with_00_00_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    tz = ZoneInfo("Asia/Shanghai")
    start = dt.datetime(2026, 12, 8, 0, 0, tzinfo=tz).astimezone(dt.UTC)
    night = cs.CalendarEvent(
        kind="item",
        id="night",
        parent_id="visit",
        title_en="Night train to Xi'an",
        title_zh="夜车",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        timezone="Asia/Shanghai",
        status="planned",
    )
    view = TimeGridView(locale="en", tz=tz, name="week")
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    view.show_days([dt.date(2026, 12, 7) + dt.timedelta(days=n) for n in range(7)], [night])
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    shown_top = view.verticalScrollBar().value() + view.grid.header  # just below the day headers
    assert view.grid.y_of(0) - (view.grid.fontMetrics().height() + 2) // 2 >= shown_top
    assert view.grid.event_rect("night").top() > shown_top
