"""Field test 63 at the largest text size in a 1,024 × 640 window, in English and in Chinese: the
calendar's toolbar ran past the window and hid the time zone behind a » that a screen reader read
as nothing; the list pages' buttons were squeezed to "+ 新…" and "打…"; the week's day headings
showed "2026年" of each date."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui import text_size
from petdesk.gui.calendar.page import WEEK
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QLabel, QStyle, QStyleOptionComboBox, QToolBar, QToolButton, QWidget
from tests.helpers.accessible_names import spoken_name
from tests.helpers.tree_catalogue import TREE_CATALOGUES, tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
LOCALES = ["en", "zh_CN"]


@pytest.fixture
def window(  # type: ignore[no-untyped-def]
    qtbot: QtBot, translators, tree_catalogue, demo_db: Database, monkeypatch: pytest.MonkeyPatch, request
) -> Iterator[MainWindow]:
    """The main window at 1,024 × 640 with the largest text, in ``request.param``'s language."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_CATALOGUES.parent)
    translators(request.param)
    text_size.apply_text_size(max(text_size.SIZES))
    try:
        main = MainWindow(demo_db, locale=request.param)
        qtbot.addWidget(main)
        main.resize(1024, 640)
        main.show()
        qtbot.waitExposed(main)
        yield main
    finally:
        text_size.apply_text_size(text_size.ACTUAL_SIZE)


def whole(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() >= widget.sizeHint().width()


@pytest.mark.parametrize("window", LOCALES, indirect=True)
def test_the_calendar_toolbar_fits_and_its_overflow_button_is_named(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("calendar")
    toolbar: QToolBar = page.toolbar
    widgets = [toolbar.widgetForAction(action) for action in toolbar.actions() if not action.isSeparator()]
    qtbot.waitUntil(lambda: all(w is not None and w.isVisible() for w in widgets), timeout=5000)
    box = page.zone_box
    qtbot.waitUntil(lambda: box.isVisible() and page.zone_label.isVisible())
    qtbot.waitUntil(lambda: box.geometry().right() < page.width(), timeout=5000)  # once laid out
    # The whole page fits the window: its filters wrap (in one row they needed 970 px in English).
    assert window.minimumSizeHint().width() <= 1024
    for box in (page.staff, page.organisation, page.status):
        label = next(w for w in box.parentWidget().findChildren(QLabel) if w.buddy() is box)
        qtbot.waitUntil(lambda label=label: whole(label), timeout=5000)
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert not extension.isVisible()  # nothing behind it now
    # … and where it shows (a narrower window), it is read by name.
    expected = "更多工具" if window.ui_locale.startswith("zh") else "More tools"
    assert spoken_name(extension) == expected
    navigation = window.findChild(QToolBar, "navigation_toolbar")
    assert spoken_name(navigation.findChild(QToolButton, "qt_toolbar_ext_button")) == expected


@pytest.mark.parametrize("window", LOCALES, indirect=True)
def test_the_list_pages_buttons_show_their_whole_text(qtbot: QtBot, window: MainWindow) -> None:
    for key in ("organisations", "contacts", "visits", "trainings"):
        page = window.show_page(key)
        buttons = [b for b in page.findChildren(QToolButton) if b.objectName().startswith("button_")]
        assert len(buttons) >= 4, key
        qtbot.waitUntil(lambda buttons=buttons: all(b.isVisible() for b in buttons))
        cut = [b.text() for b in buttons if not whole(b)]
        assert cut == [], (key, cut)
        left = page.table.parentWidget()
        for b in buttons:  # within their side of the splitter, not under the detail pane
            assert b.mapTo(left, b.rect().bottomRight()).x() <= left.width(), (key, b.text())
            assert b.geometry().bottom() < page.table.geometry().top()  # above the list, not over it


@pytest.mark.parametrize("window", LOCALES, indirect=True)
def test_the_weeks_day_headings_are_whole(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("calendar")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.set_mode(WEEK)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.go_to(dt.date(2026, 12, 7))
    grid = page.week_grid.grid
    assert len(grid.days) == 7
    room = round(grid.column_width()) - 8
    headings = grid.day_headings(room)
    metrics = grid.fontMetrics()
    assert all(metrics.horizontalAdvance(text) <= room for text in headings), (room, headings)
    assert [str(day.day) in text for day, text in zip(grid.days, headings, strict=True)] == [True] * 7
    period = page.period
    assert period.width() >= period.fontMetrics().horizontalAdvance(period.text()), period.text()


def _shot(window: MainWindow, name: str) -> None:
    if shots := os.environ.get("PETDESK_SHOTS"):
        window.grab().save(f"{shots}/{name}_{window.ui_locale}.png")


@pytest.mark.parametrize("window", LOCALES, indirect=True)
def test_the_navigation_list_shows_every_page_name_without_a_scrollbar(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Polish 49: at 150 % the list kept its 150 px, "Organisations" was cut and a horizontal
    scrollbar appeared under the entries."""
    nav = window.nav
    qtbot.waitUntil(lambda: nav.isVisible() and nav.count() > 0)
    _shot(window, "large_text_nav")
    qtbot.waitUntil(lambda: not nav.horizontalScrollBar().isVisible(), timeout=5000)
    room = nav.viewport().width()
    widest = max(nav.visualItemRect(nav.item(row)).width() for row in range(nav.count()))
    assert widest <= room, (widest, room)
    names = [nav.item(row).text() for row in range(nav.count())]
    needed = max(nav.fontMetrics().horizontalAdvance(name) for name in names)
    assert needed < room, (needed, room, names)
    assert window.minimumSizeHint().width() <= 1024


@pytest.mark.parametrize("window", LOCALES, indirect=True)
def test_the_zone_box_shows_the_whole_zone_name(qtbot: QtBot, window: MainWindow) -> None:
    """Polish 49: the box stopped at its 300 px cap, showing "Coordinated Universal Time (UTC"."""
    page = window.show_page("calendar")
    box = page.zone_box
    page.set_viewer_zone("UTC")
    qtbot.waitUntil(lambda: box.isVisible() and box.geometry().right() < page.width(), timeout=5000)
    _shot(window, "large_text_zone")
    text = box.currentText()
    assert "UTC" in text or "协调世界时" in text, text
    # The text's room: the box less its arrow and frame, as the style lays them out.
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    qtbot.waitUntil(lambda: box.fontMetrics().horizontalAdvance(text) <= field.width(), timeout=5000)
    assert window.minimumSizeHint().width() <= 1024
