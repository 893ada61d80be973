"""The Calendar page (month, week, agenda, filters) with the reminders panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.qt import QAction, QCoreApplication, QWidget

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    def make_page() -> QWidget:  # built when first shown (issue 18)
        from petdesk.gui.calendar.page import CalendarPage

        page = CalendarPage(window.db, window.locale, window)

        def follow(visits: QWidget) -> None:
            changed = getattr(visits, "changed", None)
            if changed is not None:
                changed.connect(page.refresh_when_shown)

        if "visits" in window.page_keys:
            window.when_page_built("visits", follow)
        return page

    window.set_page("calendar", QCoreApplication.translate("MainWindow", "Calendar"), make_page)


def install_export(window: MainWindow) -> None:
    """File › Export to Calendar File…: the Calendar page, then its export of the days it shows (the
    menu reaches it from the keyboard, as File › Print Preview reaches the page's Print…)."""
    action = QAction(QCoreApplication.translate("CalendarExport", "Export to Calendar &File…"), window)
    action.setObjectName("action_export_calendar")
    action.triggered.connect(lambda _checked=False: export_shown_days(window))
    window.add_file_action(action)


def export_shown_days(window: MainWindow) -> QWidget:
    from petdesk.gui.calendar.page import CalendarPage

    page = window.show_page("calendar")
    assert isinstance(page, CalendarPage)
    return page.export_range()
