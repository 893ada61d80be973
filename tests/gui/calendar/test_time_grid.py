"""The week and day views: an hour grid in the viewer's zone (a setting), go to date, a mini month,
and dragging an item to another time moves it through the services and reports the clash it makes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from petdesk.db import Database
from petdesk.gui.calendar.page import DAY, WEEK, CalendarPage
from petdesk.gui.qt import QDate, QLabel, QSettings, Qt, QToolButton
from petdesk.gui.viewer_zone import ZONE_KEY
from petdesk.models import ItineraryItem
from petdesk.services import visits as vs
from tests.core.visits.data import person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MONDAY = dt.date(2026, 12, 7)
SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def schedule(db: Database) -> dict[str, str]:
    """Anna is in a port visit at 09:00 and a banquet of another visit at 14:00 (Shanghai)."""
    with db.transaction() as s:
        anna = person(s, "Anna", "Schmidt")
        v1 = vs.create_visit(s, title_en="Nordic delegation", start_date=MONDAY, end_date=MONDAY)
        vs.add_participant(s, v1.id, anna.id, "staff")
        port = vs.add_item(
            s,
            v1.id,
            title_en="Port visit",
            start=dt.datetime(2026, 12, 7, 9),
            end=dt.datetime(2026, 12, 7, 10),
        )
        v2 = vs.create_visit(s, title_en="Korean delegation", start_date=MONDAY, end_date=MONDAY)
        vs.add_participant(s, v2.id, anna.id, "staff")
        vs.add_item(
            s, v2.id, title_en="Banquet", start=dt.datetime(2026, 12, 7, 14), end=dt.datetime(2026, 12, 7, 15)
        )
        return {"port": port.id}


def open_page(  # type: ignore[no-untyped-def]
    qtbot, db: Database, zone: str, locale: str = "en", size: tuple[int, int] | None = None
) -> CalendarPage:
    """The calendar page shown in ``zone`` (a setting), in ``locale``, at ``size`` if given."""
    QSettings().setValue(ZONE_KEY, zone)
    page = CalendarPage(db, locale)
    qtbot.addWidget(page)
    if size is not None:
        page.resize(*size)
    page.show()
    return page


def shown(qtbot, page: CalendarPage, mode: int, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.set_mode(mode)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.go_to(day)


def test_drag_in_week_view_moves_item_and_reports_clash(qtbot, db: Database, schedule: dict) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db, "Europe/Berlin", size=(1366, 700))
    assert page.zone_box.zone() == "Europe/Berlin" and "Berlin, Germany (UTC+" in page.zone_box.currentText()
    shown(qtbot, page, WEEK, MONDAY)
    grid = page.week_grid.grid
    assert len(grid.days) == 7 and MONDAY in grid.days
    # 09:00 in Shanghai is 02:00 in Berlin (the viewer's zone): the box starts there.
    box = grid.event_rect(schedule["port"])
    assert box.contains(grid.point_for(MONDAY, dt.time(2, 10)))
    assert not box.contains(grid.point_for(MONDAY, dt.time(9, 10)))
    # The viewer travels: the same item now sits at 09:00.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.set_viewer_zone("Asia/Shanghai")
    assert QSettings().value(ZONE_KEY) == "Asia/Shanghai"
    box = grid.event_rect(schedule["port"])
    assert box.contains(grid.point_for(MONDAY, dt.time(9, 10)))
    # Drag it by its top down to 14:00, onto the banquet Anna attends.
    grip = box.topLeft() + type(box.topLeft())(10, 2)
    target = grid.point_for(MONDAY, dt.time(14, 0))
    target.setY(target.y() + 2)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grip)
    qtbot.mouseMove(grid, pos=target)
    with qtbot.waitSignal(page.moved, timeout=5000) as moved:
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
    with db.reading() as s:
        item = s.get(ItineraryItem, schedule["port"])
        assert item is not None
        assert item.starts_at.astimezone(SHANGHAI).replace(tzinfo=None) == dt.datetime(2026, 12, 7, 14)
        assert item.ends_at - item.starts_at == dt.timedelta(hours=1)  # the length is kept
    assert moved.args[0].clashes
    assert page.move_bar.isVisible()
    message = page.move_message.text()
    assert "moved to" in message and "Clash" in message and "Anna Schmidt" in message and "Banquet" in message
    # Undo (Edit › Undo asks the page the same way) puts it back, with no clash left.
    assert page.can_undo_last()
    with qtbot.waitSignal(page.moved, timeout=5000) as undone:
        page.undo_last()
    assert not undone.args[0].clashes and not page.can_undo_last()
    with db.reading() as s:
        item = s.get(ItineraryItem, schedule["port"])
        assert item is not None and item.starts_at.astimezone(SHANGHAI).hour == 9


def test_day_view_go_to_date_and_mini_month(qtbot, translators, db: Database, schedule: dict) -> None:  # type: ignore[no-untyped-def]
    translators("zh_CN")
    page = open_page(qtbot, db, "Asia/Shanghai", "zh_CN")
    shown(qtbot, page, DAY, MONDAY)
    grid = page.day_grid.grid
    assert grid.days == [MONDAY]
    assert page.period.text() == "2026年12月7日 星期一"
    assert grid.event_rect(schedule["port"]).contains(grid.point_for(MONDAY, dt.time(9, 30)))
    # Go to date: the date field and the mini month both move the view.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.go_to_date.setDate(QDate(2026, 12, 8))
    assert grid.days == [dt.date(2026, 12, 8)] and page.mini_month.selectedDate() == QDate(2026, 12, 8)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.mini_month.clicked.emit(QDate(2026, 12, 7))
    assert grid.days == [MONDAY] and page.go_to_date.date() == QDate(2026, 12, 7)
    # The mini month's title reads year then month in Chinese (Qt's own bar said "十二月 2026").
    title = page.findChild(QLabel, "mini_month_title")
    assert title.text() == "2026年12月" and not page.mini_month.isNavigationBarVisible()
    assert page.findChild(QToolButton, "mini_month_next").toolTip() == "下个月"
    page.findChild(QToolButton, "mini_month_next").click()
    assert title.text() == "2027年1月"
    # Zones are offered by city and country in the interface's language, none of them Etc/*.
    texts = [page.zone_box.itemText(i) for i in range(page.zone_box.count())]
    assert "北京时间（UTC+08:00）" in texts  # China's zone as its readers name it
    assert not any("Etc/" in t or "Factory" in t or "localtime" in t for t in texts)


def test_print_shows_the_range_in_a_print_preview(qtbot, db: Database, schedule: dict) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    page = open_page(qtbot, db, "Asia/Shanghai", "zh_CN")
    shown(qtbot, page, WEEK, MONDAY)
    page.print_action.trigger()
    dialog = page.preview
    assert isinstance(dialog, QPrintPreviewDialog) and dialog.isVisible()
    assert dialog.windowTitle() == page.period.text()
    assert page.printed == (MONDAY, MONDAY + dt.timedelta(days=6), 4)  # two visits, their two items
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 1, timeout=5000)
    dialog.close()  # deletes itself on close (a child of the page until then)


NEW_YEAR = dt.date(2026, 12, 31)


@pytest.fixture
def course(db: Database) -> dict[str, str]:
    """A training over the new year (31 Dec-2 Jan, Shanghai) with an early session on its first
    day and a quarter-hour one on its second; nothing on its last day."""
    from petdesk.services import trainings as ts

    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Low-carbon study tour", start_date=NEW_YEAR, end_date=dt.date(2027, 1, 2)
        )
        early = ts.add_session(
            s,
            t.id,
            title_en="Site visit",
            start=dt.datetime(2026, 12, 31, 5),
            end=dt.datetime(2026, 12, 31, 7),
        )
        short = ts.add_session(
            s,
            t.id,
            title_en="Opening words of the director",
            start=dt.datetime(2027, 1, 1, 10),
            end=dt.datetime(2027, 1, 1, 10, 15),
        )
        return {"training": t.id, "early": early.id, "short": short.id}


def _top_shown(view) -> int:  # type: ignore[no-untyped-def]
    """The grid's y just below the day headers, which stay at the top of the visible part."""
    return view.verticalScrollBar().value() + view.grid.header


def test_a_training_has_an_all_day_bar_across_its_days(qtbot, db: Database, course: dict) -> None:  # type: ignore[no-untyped-def]
    """Field test 2, item 13: visits had a bar across their days, trainings none, and the last
    day of a training without a session of its own was empty."""
    page = open_page(qtbot, db, "Asia/Shanghai", size=(1366, 700))
    shown(qtbot, page, WEEK, NEW_YEAR)
    grid = page.week_grid.grid
    for day in (NEW_YEAR, dt.date(2027, 1, 1), dt.date(2027, 1, 2)):
        bars = [e.id for e in grid.events if e.all_day and day in e.days()]  # as the strip paints them
        assert bars == [course["training"]], day
    assert not [e for e in grid.events if e.all_day and dt.date(2027, 1, 3) in e.days()]


def test_day_and_week_open_at_the_earliest_event_or_at_eight(  # type: ignore[no-untyped-def]
    qtbot, db: Database, course: dict, schedule: dict
) -> None:
    """They opened at 06:00 whatever was shown: a session at 05:00 was a block without its title."""
    page = open_page(qtbot, db, "Asia/Shanghai", size=(1366, 700))
    shown(qtbot, page, WEEK, NEW_YEAR)
    view = page.week_grid
    early = view.grid.event_rect(course["early"])
    assert _top_shown(view) <= early.top() <= _top_shown(view) + view.grid.fontMetrics().height()
    # A day whose first event is at 09:00 opens at 08:00 (its hour label in view).
    shown(qtbot, page, DAY, MONDAY)
    view = page.day_grid
    eight = view.grid.y_of(8 * 60)
    assert _top_shown(view) <= eight - view.grid.fontMetrics().height() // 2 <= _top_shown(view) + 8
    # The day of the early session opens at it.
    shown(qtbot, page, DAY, NEW_YEAR)
    early = view.grid.event_rect(course["early"])
    assert _top_shown(view) <= early.top() <= _top_shown(view) + view.grid.fontMetrics().height()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")
def test_a_block_too_small_for_its_title_shows_it_as_a_tooltip(qtbot, db: Database, course: dict) -> None:  # type: ignore[no-untyped-def]
    from petdesk.gui.qt import QEvent, QHelpEvent, QToolTip

    page = open_page(qtbot, db, "Asia/Shanghai", size=(1024, 560))
    shown(qtbot, page, WEEK, NEW_YEAR)
    grid = page.week_grid.grid
    box = grid.event_rect(course["short"])
    title = "Opening words of the director"
    assert grid.fontMetrics().horizontalAdvance(title) > box.width()  # too small to hold it
    page.week_grid.ensureVisible(box.center().x(), box.center().y(), 0, 200)
    grid.event(QHelpEvent(QEvent.Type.ToolTip, box.center(), grid.mapToGlobal(box.center())))
    assert title in QToolTip.text()
    QToolTip.hideText()


@pytest.fixture
def short_meetings(db: Database) -> dict[str, str]:
    """Items of 15, 30, 60 and 120 minutes on Monday (Shanghai), long titles in both languages."""
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Nordic delegation", title_zh="北欧代表团", start_date=MONDAY, end_date=MONDAY
        )
        ids = {}
        for key, hour, minutes, en, zh in (
            ("15", 9, 15, "Welcome coffee with the harbour master", "与港务局长的欢迎咖啡和简短交流"),
            ("30", 10, 30, "Briefing on the green shipping corridor", "绿色航运走廊情况介绍及问答环节"),
            (
                "60",
                11,
                60,
                "Port visit and tour of the automated container terminal and its control room",
                "参观港口、自动化集装箱码头及其中央控制室和岸电设施",
            ),
            ("120", 14, 120, "Workshop", "研讨会"),
        ):
            start = dt.datetime.combine(MONDAY, dt.time(hour))
            item = vs.add_item(
                s, v.id, title_en=en, title_zh=zh, start=start, end=start + dt.timedelta(minutes=minutes)
            )
            ids[key] = item.id
        return ids


def _texts(grid) -> dict[str, tuple[list[str], int, int]]:  # type: ignore[no-untyped-def]
    """Each timed event's lines as ``paintEvent`` writes them, with the room they have."""
    out = {}
    for box, e in grid.boxes():
        room = grid.words_rect(box)
        out[e.id] = (
            grid.block_lines(e, grid.font(), room.width(), room.height()),
            room.width(),
            room.height(),
        )
    return out


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_short_blocks_write_one_whole_line_cut_short_with_an_ellipsis(  # type: ignore[no-untyped-def]
    qtbot, translators, db: Database, short_meetings: dict, locale: str
) -> None:
    """Field report: a 15- or 30-minute meeting showed the top half of a wrapped title."""
    from petdesk.gui.calendar.timegrid import line_height

    translators(locale)
    page = open_page(qtbot, db, "Asia/Shanghai", locale, size=(1024, 560))
    shown(qtbot, page, WEEK, MONDAY)
    grid = page.week_grid.grid
    font, metrics = grid.font(), grid.fontMetrics()
    texts = _texts(grid)
    for key in ("15", "30"):
        (line,), width, height = texts[short_meetings[key]]
        e = next(e for e in grid.events if e.id == short_meetings[key])
        assert line.startswith({"15": "09:00 ", "30": "10:00 "}[key]) and line.endswith("…"), line
        assert e.title(locale).startswith(line.split(" ", 1)[1].rstrip("…"))
        assert metrics.horizontalAdvance(line) <= width and line_height(line, font) <= height
    # An hour has room for two lines: wrapped, the second cut short; nothing below the box.
    lines, width, height = texts[short_meetings["60"]]
    assert len(lines) >= 2 and lines[-1].endswith("…") and lines[0].startswith("11:00")
    assert sum(line_height(line, font) for line in lines) <= height
    # A long block with a short title writes all of it, as before.
    lines, _width, _height = texts[short_meetings["120"]]
    assert " ".join(lines) == ("14:00 Workshop" if locale == "en" else "14:00 研讨会")
    # A lane too narrow for the time and a first character: the title alone.
    e = next(e for e in grid.events if e.id == short_meetings["15"])
    narrow = metrics.horizontalAdvance("09:00 W…") - 1
    (line,) = grid.block_lines(e, font, narrow, metrics.height())
    assert not line.startswith("09:00") and e.title(locale).startswith(line.rstrip("…")) and line


@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")
def test_a_quarter_hour_box_holds_a_whole_chinese_line(  # type: ignore[no-untyped-def]
    qtbot, translators, db: Database, short_meetings: dict
) -> None:
    """Chinese comes from a fallback font whose line can be higher than the interface font's: a
    quarter-hour box as high as the interface font's line cut the characters at the bottom."""
    from petdesk.gui.calendar.timegrid import line_height
    from petdesk.gui.qt import QEvent, QFont, QHelpEvent, QToolTip

    translators("zh_CN")  # registers the bundled Chinese fallback font
    page = open_page(qtbot, db, "Asia/Shanghai", "zh_CN", size=(1024, 560))
    grid = page.week_grid.grid
    latin = QFont(grid.font())
    latin.setFamilies(["DejaVu Sans", *grid.font().families()])  # lower than the fallback font here
    latin.setPixelSize(12)
    grid.setFont(latin)
    shown(qtbot, page, WEEK, MONDAY)
    box = grid.event_rect(short_meetings["15"])
    e = next(e for e in grid.events if e.id == short_meetings["15"])
    room = grid.words_rect(box)
    (line,) = grid.block_lines(e, grid.font(), room.width(), room.height())
    assert line_height(line, grid.font()) <= room.height(), (line_height(line, grid.font()), room)
    # The whole title is in the tooltip.
    page.week_grid.ensureVisible(box.center().x(), box.center().y(), 0, 200)
    grid.event(QHelpEvent(QEvent.Type.ToolTip, box.center(), grid.mapToGlobal(box.center())))
    assert "与港务局长的欢迎咖啡和简短交流" in QToolTip.text()
    QToolTip.hideText()
