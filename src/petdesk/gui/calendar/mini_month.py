"""The calendar page's small month: Qt's own title bar reads "十二月 2026" in Chinese (month, then
year, as in English), so the title is drawn here from the locale's year–month pattern instead
("December 2026", "2026年12月"), with previous and next buttons."""

from __future__ import annotations

import datetime as dt

from petdesk import i18n
from petdesk.gui.a11y import named
from petdesk.gui.qt import (
    QCalendarWidget,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QStyle,
    Qt,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def month_title_bar(calendar: QCalendarWidget, locale: str, parent: QWidget) -> QWidget:
    """Hide ``calendar``'s own navigation bar and return a bar to put above it."""
    calendar.setNavigationBarVisible(False)
    bar = QWidget(parent)
    bar.setObjectName("mini_month_bar")
    previous, following = QToolButton(bar), QToolButton(bar)
    previous.setObjectName("mini_month_previous")
    following.setObjectName("mini_month_next")
    previous.setIcon(bar.style().standardIcon(QStyle.StandardPixmap.SP_ArrowLeft))
    following.setIcon(bar.style().standardIcon(QStyle.StandardPixmap.SP_ArrowRight))
    previous.setToolTip(QCoreApplication.translate("MiniMonth", "Previous month"))
    following.setToolTip(QCoreApplication.translate("MiniMonth", "Next month"))
    # Icons only: the tooltips are also what a screen reader says.
    named(previous, previous.toolTip())
    named(following, following.toolTip())
    if view := calendar.findChild(QTableView, "qt_calendar_calendarview"):
        named(view, QCoreApplication.translate("MiniMonth", "Days of the month"))
    previous.setAutoRaise(True)
    following.setAutoRaise(True)
    title = QLabel(bar)
    title.setObjectName("mini_month_title")
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout = QHBoxLayout(bar)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(previous)
    layout.addWidget(title, 1)
    layout.addWidget(following)

    def show_page(year: int, month: int) -> None:
        title.setText(i18n.format_month_year(dt.date(year, month, 1), locale))

    previous.clicked.connect(calendar.showPreviousMonth)
    following.clicked.connect(calendar.showNextMonth)
    calendar.currentPageChanged.connect(show_page)
    show_page(calendar.yearShown(), calendar.monthShown())
    return bar


def with_title_bar(calendar: QCalendarWidget, locale: str, parent: QWidget) -> QWidget:
    """``calendar`` under its title bar, in one widget for a layout."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(month_title_bar(calendar, locale, box))
    layout.addWidget(calendar)
    return box
