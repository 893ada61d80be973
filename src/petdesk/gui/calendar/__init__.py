"""The Calendar page (month, week, agenda, filters) with the reminders panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.qt import QCoreApplication

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from petdesk.gui.calendar.page import CalendarPage

    page = CalendarPage(window.db, window.locale, window)
    window.set_page("calendar", QCoreApplication.translate("MainWindow", "Calendar"), page)
    visits = window.page("visits") if "visits" in window.page_keys else None
    changed = getattr(visits, "changed", None)
    if changed is not None:
        changed.connect(page.refresh)
