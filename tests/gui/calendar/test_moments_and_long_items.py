"""The week and month views: two moments at one time side by side, and an item over several days
one bar across them, marked "→" where it goes on (round 52: the second 14:00 departure was drawn
over the first; a three-day expo read "09:00 Expo" each morning, cut at each day's end)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.calendar.model import EventRole
from petdesk.gui.calendar.page import MONTH, WEEK
from petdesk.gui.calendar.timegrid import lane_widths
from petdesk.services import visits as vs
from tests.gui.calendar.test_time_grid import open_page, shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MONDAY = dt.date(2027, 5, 10)


@pytest.fixture
def expo_week(db: Database) -> dict[str, str]:
    """A three-day expo (Monday 09:00 to Wednesday 18:00, Shanghai) and two moments at 14:00."""
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Expo delegation", title_zh="博览会代表团", start_date=MONDAY,
            end_date=MONDAY + dt.timedelta(days=4), timezone="Asia/Shanghai",
        )  # fmt: skip
        expo = vs.add_item(
            s, v.id, title_en="Expo", title_zh="环保技术博览会",
            start=dt.datetime(2027, 5, 10, 9), end=dt.datetime(2027, 5, 12, 18),
        )  # fmt: skip
        at = dt.datetime(2027, 5, 10, 14)
        bus = vs.add_item(s, v.id, title_en="Bus leaves", title_zh="大巴出发", start=at, end=at)
        guide = vs.add_item(s, v.id, title_en="Guide meets the group", title_zh="导游接团", start=at, end=at)
        return {"expo": expo.id, "bus": bus.id, "guide": guide.id}


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_moments_side_by_side_and_the_expo_one_bar(  # type: ignore[no-untyped-def]
    qtbot, translators, db: Database, expo_week: dict, locale: str
) -> None:
    translators(locale)
    page = open_page(qtbot, db, "Asia/Shanghai", locale, size=(1024, 640))
    shown(qtbot, page, WEEK, MONDAY)
    grid = page.week_grid.grid
    monday = dict((e.id, rect) for rect, e in grid.boxes_on(MONDAY))
    bus, guide = monday[expo_week["bus"]], monday[expo_week["guide"]]
    assert bus.height() > 0 and guide.height() > 0
    assert not bus.intersects(guide), (bus, guide)  # neither hides the other
    assert not bus.intersects(monday[expo_week["expo"]])
    # The expo: a box on each of its three days, its words saying where it goes on.
    days = [MONDAY + dt.timedelta(days=n) for n in range(3)]
    words = [grid.words(next(e for _r, e in grid.boxes_on(d) if e.id == expo_week["expo"]), d) for d in days]
    title = "Expo" if locale == "en" else "环保技术博览会"
    assert words == [f"09:00 {title} →", f"→ {title} →", f"→ {title}"], words
    assert not [e for _r, e in grid.boxes_on(MONDAY + dt.timedelta(days=3)) if e.id == expo_week["expo"]]
    # Tuesday's part runs the whole day, top to bottom, as one bar from Monday to Wednesday.
    tuesday = next(r for r, e in grid.boxes_on(days[1]) if e.id == expo_week["expo"])
    assert tuesday.top() == grid.y_of(0) and tuesday.bottom() >= grid.y_of(24 * 60) - 1

    # The month view: the same marks on each day's line.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.set_mode(MONTH)
    model, delegate = page.month_model, page.month_delegate
    for day, expected in zip(days, words, strict=True):
        week = next(n for n, w in enumerate(model.weeks) if day in w)
        index = model.index(week, model.weeks[week].index(day))
        expo = next(e for e in index.data(EventRole) if e.id == expo_week["expo"])
        assert delegate.line_of(expo, day) == expected
    # A narrow cell cuts the title short, never the mark that it goes on.
    metrics = page.month_view.fontMetrics()
    cut = delegate.elided(words[0], metrics, metrics.horizontalAdvance(words[0]) // 2)
    assert cut.endswith("… →") and metrics.horizontalAdvance(cut) <= metrics.horizontalAdvance(words[0]) // 2


def test_the_week_opens_at_the_expos_start_not_at_its_midnight_parts(  # type: ignore[no-untyped-def]
    qtbot, db: Database, expo_week: dict
) -> None:
    """shots52: the expo's Tuesday and Wednesday parts begin at 00:00 without anything starting, yet
    the week opened there: at 1024×640 its 09:00 start and the 14:00 moments were out of sight."""
    from tests.gui.calendar.test_time_grid import _top_shown

    page = open_page(qtbot, db, "Asia/Shanghai", size=(1024, 640))
    shown(qtbot, page, WEEK, MONDAY)
    view = page.week_grid
    start = view.grid.event_rect(expo_week["expo"])  # its Monday box, from 09:00
    assert start.top() == view.grid.y_of(9 * 60)
    top, bottom = _top_shown(view), view.verticalScrollBar().value() + view.viewport().height()
    assert top <= start.top(), (top, start.top())  # opened at 08:00, not at midnight
    bus = view.grid.event_rect(expo_week["bus"])
    assert bus.bottom() <= bottom, (bus, bottom)  # the afternoon's moments in sight too


def test_lanes_give_an_item_over_several_days_a_readable_width() -> None:
    assert lane_widths(120, 3, set(), 80) == [40, 40, 40]  # moments alone: equal shares
    assert lane_widths(120, 3, {0}, 80) == [60, 30, 30]  # at most half the room
    assert lane_widths(300, 3, {0}, 80) == [100, 100, 100]  # a share already wide enough
    assert lane_widths(400, 4, {0}, 120) == [120, 280 / 3, 280 / 3, 280 / 3]
    assert lane_widths(120, 2, {0, 1}, 80) == [60, 60]  # all long: equal


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_expo_beside_two_moments_is_readable_at_1024(  # type: ignore[no-untyped-def]
    qtbot, translators, db: Database, expo_week: dict, locale: str
) -> None:
    """Round 53: beside the bus and the guide at 14:00 the expo was a strip of about 30 px."""
    translators(locale)
    page = open_page(qtbot, db, "Asia/Shanghai", locale, size=(1024, 640))
    shown(qtbot, page, WEEK, MONDAY)
    grid = page.week_grid.grid
    monday = dict((e.id, rect) for rect, e in grid.boxes_on(MONDAY))
    expo, bus, guide = (monday[expo_week[k]] for k in ("expo", "bus", "guide"))
    column = grid.column_rect(grid.days.index(MONDAY))
    assert column.width() / 3 < grid.long_least()  # equal shares would be too narrow here
    assert expo.width() >= min(grid.long_least(), column.width() // 2) - 4, (expo, column)
    # The moments share the rest, side by side, inside the day's column.
    for a, b in ((expo, bus), (expo, guide), (bus, guide)):
        assert not a.intersects(b), (a, b)
    for box in (expo, bus, guide):
        assert column.left() <= box.left() and box.right() <= column.right() and box.width() >= 8
