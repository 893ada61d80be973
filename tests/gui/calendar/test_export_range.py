"""Calendar › Export to Calendar File… writes the days on show with the page's filters, as
``calendar --out`` does (the window could export single visits and trainings only): the month's own
days, the person picked, reminders on or off."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.calendar.export_dialog import CalendarExportDialog
from petdesk.gui.calendar.page import MONTH, CalendarPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from tests.helpers.calendar_range import FIRST, LAST, december

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _december_page(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> CalendarPage:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.page("calendar")
    assert isinstance(page, CalendarPage)
    window.show_page("calendar")
    with qtbot.waitSignal(page.filters_filled, timeout=10000):
        page.refresh()
    page.set_mode(MONTH)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.go_to(dt.date(2026, 12, 15))
    return page


def _export(qtbot: QtBot, page: CalendarPage, out: Path, *, remind: bool = True) -> list[object]:
    """Export… from the toolbar's button, the file typed, Export clicked: the file's events."""
    button = page.toolbar.widgetForAction(page.export_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert isinstance(dialog, CalendarExportDialog)
    assert dialog.days == (FIRST, LAST)  # the month's own days, not the grey ones around them
    assert dialog.path.text().endswith("calendar-2026-12-01-2026-12-31.ics")  # suggested
    dialog.path.setText(str(out))
    if not remind:
        qtbot.mouseClick(dialog.remind, Qt.MouseButton.LeftButton)
        assert not dialog.minutes.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert str(out) in dialog.result_label.text()
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert dialog.written == len(events)
    dialog.close()
    return events


def test_the_month_shown_for_everyone_then_for_one_person(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = december(db)
    page = _december_page(qtbot, db, monkeypatch)
    everyone = _export(qtbot, page, tmp_path / "all.ics")
    summaries = sorted(str(e["summary"]) for e in everyone)
    assert len(everyone) == 5, summaries  # two visits, the tour, the follow-up, the deadline
    assert any(e.walk("VALARM") for e in everyone)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.staff.setCurrentIndex(page.staff.findData(ids["li"]))
    hers = _export(qtbot, page, tmp_path / "li.ics", remind=False)
    assert sorted(str(e["summary"]) for e in hers) == [
        "Kunming delegation / 昆明代表团",
        "Plant tour / 参观水厂",
    ]
    assert not any(e.walk("VALARM") for e in hers)  # reminders off: none, not even the day before


def test_file_menu_opens_the_calendars_export(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    [action] = [a for a in window.menu("file").actions() if a.objectName() == "action_export_calendar"]
    assert action.text() == "Export to Calendar &File…"
    action.trigger()
    page = window.page("calendar")
    assert isinstance(page, CalendarPage) and window.nav.currentRow() == window.page_keys.index("calendar")
    assert isinstance(page.export_dialog, CalendarExportDialog) and page.export_dialog.isVisible()
    assert page.export_dialog.days == page.shown_days()
    page.export_dialog.close()


def test_a_folder_that_is_not_there_is_said_in_words_and_writes_nothing(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    december(db)
    page = _december_page(qtbot, db, monkeypatch)
    dialog = page.export_range()
    assert isinstance(dialog, CalendarExportDialog)
    out = tmp_path / "gone" / "december.ics"
    dialog.path.setText(str(out))
    description = dialog.result_label.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_label.text() != description, timeout=20000)
    said = dialog.result_label.text()
    assert dialog.written is None and not out.parent.exists()
    assert "Traceback" not in said and "Errno" not in said, said
    assert "gone" in said, said
    dialog.close()
