"""Models of the month, week and agenda views over ``services.calendar`` events.

Timed events are placed on the days and at the times of the *viewer's* zone (that is where the
calendar is read); the place's own time is in the tooltip and in the agenda's second time column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from babel import dates as babel_dates
from sqlalchemy.orm import Session

from petdesk import i18n, labels
from petdesk.gui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from petdesk.gui.visits.widgets import time_span
from petdesk.language import interface_language
from petdesk.services import calendar as cs

#: The CalendarEvent of a cell (week, agenda) or the list of a day's events (month).
EventRole = Qt.ItemDataRole.UserRole + 10
#: The date of a month cell.
DateRole = Qt.ItemDataRole.UserRole + 11

AnyIndex = QModelIndex | QPersistentModelIndex

#: Colours per kind of event (visit spans, items by itinerary kind, sessions).
COLOURS = {
    "visit": "#3b6fb6",
    "training": "#7a4fb0",
    "meeting": "#1f7a5a",
    "site_visit": "#2f8f3a",
    "banquet": "#b5651d",
    "transfer": "#6b7280",
    "training_session": "#7a4fb0",
    "free_time": "#8a8f2a",
    "deadline": "#c0392b",
}
#: A met application deadline: history, not the red of a deadline still to meet.
MET_DEADLINE = "#6b7280"


def colour(event: cs.CalendarEvent) -> QColor:
    if event.met:
        return QColor(MET_DEADLINE)
    key = event.kind if event.all_day and event.kind != cs.ITEM else event.item_kind
    return QColor(COLOURS.get(key, "#1f7a5a"))


def event_line(event: cs.CalendarEvent, locale: str, tz: dt.tzinfo, day: dt.date | None = None) -> str:
    """ "09:00 Meeting with …" (viewer's time) or the title alone for all-day spans. On ``day`` of a
    timed event over several days: "09:00 Expo →" on its first, "→ Expo" after (no start that day)."""
    title = event.title(interface_language(locale))
    if event.all_day:
        return title
    before, after = event.continues(day, tz) if day is not None else (False, False)
    text = title if before else f"{i18n.format_time(event.starts_at.astimezone(tz), locale)} {title}"
    return cs.continued_line(text, before=before, after=after)


def event_tooltip(event: cs.CalendarEvent, locale: str, tz: dt.tzinfo) -> str:
    """Title, the visit or training it belongs to, and the times at the place and for the viewer."""
    lang = interface_language(locale)
    lines = [event.title(lang)]
    if event.parent_id != event.id:
        lines.append(event.parent_title(lang))
    if event.all_day:
        lines.append(
            f"{i18n.format_date(event.start_date, locale)} – {i18n.format_date(event.end_date, locale)}"
        )
    else:
        place = event.local_start()
        mine = event.starts_at.astimezone(tz)
        span = (
            f"{i18n.format_datetime(place, locale, 'medium')} – {i18n.format_time(event.local_end(), locale)}"
        )
        lines.append(
            QCoreApplication.translate("CalendarModel", "At the place: %1 (%2)")
            .replace("%1", span)
            .replace("%2", labels.zone_place(event.timezone, locale))
        )
        if mine.utcoffset() != place.utcoffset():
            your_end = i18n.format_time(event.ends_at.astimezone(tz), locale)
            your = f"{i18n.format_datetime(mine, locale, 'medium')} – {your_end}"
            lines.append(QCoreApplication.translate("CalendarModel", "Your time: %1").replace("%1", your))
    city = event.city_zh or event.city_en if lang == "zh" else event.city_en or event.city_zh
    place_name = event.place_zh or event.place_en if lang == "zh" else event.place_en or event.place_zh
    where = ", ".join(p for p in (place_name, city) if p)
    if where:
        lines.append(where)
    return "\n".join(lines)


def weekday_names(locale: str, first_weekday: int, width: str = "abbreviated") -> list[str]:
    names = babel_dates.get_day_names(width, locale=i18n.babel_locale(locale))  # type: ignore[arg-type]
    return [names[(first_weekday + n) % 7] for n in range(7)]


class _Base(QAbstractTableModel):
    def __init__(self, *, locale: str, first_weekday: int, tz: dt.tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui_locale = locale
        self.first_weekday = first_weekday
        self.tz = tz
        self.events: list[cs.CalendarEvent] = []

    def event_count(self) -> int:
        return len(self.events)


class MonthModel(_Base):
    """Weeks as rows, weekdays as columns; each cell holds the day's events (painted by a delegate)."""

    def __init__(self, *, locale: str, first_weekday: int, tz: dt.tzinfo, parent: Any = None) -> None:
        super().__init__(locale=locale, first_weekday=first_weekday, tz=tz, parent=parent)
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self.weeks: list[list[dt.date]] = cs.month_grid(self.year, self.month, first_weekday)
        self.days: dict[dt.date, list[cs.CalendarEvent]] = {}
        self.headers = weekday_names(locale, first_weekday)

    def range(self, year: int, month: int) -> tuple[dt.date, dt.date]:
        weeks = cs.month_grid(year, month, self.first_weekday)
        return weeks[0][0], weeks[-1][-1]

    def load(self, session: Session, year: int, month: int, filters: cs.Filters | None = None) -> None:
        """Query and show a month (synchronously; the page does this in the background)."""
        first, last = self.range(year, month)
        self.set_events(year, month, cs.events_between_dates(session, first, last, self.tz, filters))

    def set_events(self, year: int, month: int, events: Sequence[cs.CalendarEvent]) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        self.weeks = cs.month_grid(year, month, self.first_weekday)
        self.events = list(events)
        self.days = cs.by_day(self.events, self.weeks[0][0], self.weeks[-1][-1], self.tz)
        self.endResetModel()

    def date_at(self, index: AnyIndex) -> dt.date:
        return self.weeks[index.row()][index.column()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.weeks)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        day = self.date_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DateRole:
            return day
        if role == EventRole:
            return self.days.get(day, [])
        if role == Qt.ItemDataRole.ToolTipRole:
            found = self.days.get(day, [])
            if not found:
                return None
            lines = [i18n.format_date_long_weekday(day, self.ui_locale)]
            lines += [event_line(e, self.ui_locale, self.tz, day) for e in found]
            return "\n".join(lines)
        return None


class WeekModel(_Base):
    """Seven day columns; row n of a column is the day's n-th event (spans first, then by time)."""

    def __init__(self, *, locale: str, first_weekday: int, tz: dt.tzinfo, parent: Any = None) -> None:
        super().__init__(locale=locale, first_weekday=first_weekday, tz=tz, parent=parent)
        self.week = cs.week_days(dt.date.today(), first_weekday)
        self.columns: list[list[cs.CalendarEvent]] = [[] for _ in range(7)]

    def load(self, session: Session, day: dt.date, filters: cs.Filters | None = None) -> None:
        week = cs.week_days(day, self.first_weekday)
        self.set_events(day, cs.events_between_dates(session, week[0], week[-1], self.tz, filters))

    def set_events(self, day: dt.date, events: Sequence[cs.CalendarEvent]) -> None:
        self.beginResetModel()
        self.week = cs.week_days(day, self.first_weekday)
        self.events = list(events)
        per_day = cs.by_day(self.events, self.week[0], self.week[-1], self.tz)
        self.columns = [
            sorted(per_day[d], key=lambda e: (not e.all_day, e.starts_at, e.title_en)) for d in self.week
        ]
        self.endResetModel()

    def event_at(self, index: AnyIndex) -> cs.CalendarEvent | None:
        column = self.columns[index.column()]
        return column[index.row()] if index.row() < len(column) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max((len(c) for c in self.columns), default=0)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            day = self.week[section]
            name = weekday_names(self.ui_locale, self.first_weekday)[section]
            return f"{name} {i18n.format_date(day, self.ui_locale, 'short')}"
        return None

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        event = self.event_at(index)
        if event is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return event_line(event, self.ui_locale, self.tz, self.week[index.column()])
        if role == EventRole:
            return event
        if role == Qt.ItemDataRole.ToolTipRole:
            return event_tooltip(event, self.ui_locale, self.tz)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(colour(event))
        return None


class AgendaModel(_Base):
    """One row per event in time order, with both the viewer's and the place's time."""

    def __init__(self, *, locale: str, first_weekday: int, tz: dt.tzinfo, parent: Any = None) -> None:
        super().__init__(locale=locale, first_weekday=first_weekday, tz=tz, parent=parent)
        self.headers = [
            QCoreApplication.translate("CalendarModel", "Date"),
            QCoreApplication.translate("CalendarModel", "Your time"),
            QCoreApplication.translate("CalendarModel", "Time at the place"),
            QCoreApplication.translate("CalendarModel", "Kind"),
            QCoreApplication.translate("CalendarModel", "Title"),
            QCoreApplication.translate("CalendarModel", "Visit or training"),
            QCoreApplication.translate("CalendarModel", "City"),
            QCoreApplication.translate("CalendarModel", "Status"),
        ]

    def load(
        self, session: Session, first: dt.date, last: dt.date, filters: cs.Filters | None = None
    ) -> None:
        self.set_events(cs.events_between_dates(session, first, last, self.tz, filters))

    def set_events(self, events: Sequence[cs.CalendarEvent]) -> None:
        self.beginResetModel()
        self.events = list(events)
        self.endResetModel()

    def event_at(self, index: AnyIndex) -> cs.CalendarEvent | None:
        return self.events[index.row()] if 0 <= index.row() < len(self.events) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def _cell(self, e: cs.CalendarEvent, column: int) -> str:
        lang = interface_language(self.ui_locale)
        if column == 0:
            day = e.start_date if e.all_day else e.starts_at.astimezone(self.tz).date()
            text = i18n.format_date_long_weekday(day, self.ui_locale)
            if e.all_day and e.end_date != e.start_date:
                text += f" – {i18n.format_date(e.end_date, self.ui_locale)}"
            return text
        if column == 1:
            if e.all_day:
                return QCoreApplication.translate("CalendarModel", "all day")
            mine = e.starts_at.astimezone(self.tz)
            return time_span(mine, e.ends_at.astimezone(self.tz), self.ui_locale)
        if column == 2:
            if e.all_day:
                return ""
            place = labels.zone_place(e.timezone, self.ui_locale)
            return f"{time_span(e.local_start(), e.local_end(), self.ui_locale)} {place}"
        if column == 3:
            return self._kind_label(e)
        if column == 4:
            return e.title(lang)
        if column == 5:
            return e.parent_title(lang) if e.parent_id != e.id else ""
        if column == 6:
            return e.city_zh or e.city_en if lang == "zh" else e.city_en or e.city_zh
        return self._status_label(e)

    def _kind_label(self, e: cs.CalendarEvent) -> str:
        """What the event is: a visit, a training, a project's deadline (by its milestone kind) or
        the item's kind (an all-day item too: field test 31 called its deadlines "Training")."""
        from petdesk.enums import MilestoneKind
        from petdesk.gui.visits.widgets import enum_label
        from petdesk.models.enums import ItineraryKind

        if e.kind == cs.VISIT:
            return QCoreApplication.translate("CalendarModel", "Visit")
        if e.kind == cs.TRAINING:
            return QCoreApplication.translate("CalendarModel", "Training")
        enum_cls: Any = MilestoneKind if e.kind == cs.DEADLINE else ItineraryKind
        try:
            return enum_label(enum_cls(e.item_kind), self.ui_locale)
        except ValueError:
            return e.item_kind

    def _status_label(self, e: cs.CalendarEvent) -> str:
        """The status in the interface's words: a project's for deadlines, else the visit's or
        training's (they share the words)."""
        from petdesk.enums import ProjectStatus
        from petdesk.gui.visits.widgets import enum_label
        from petdesk.models.enums import VisitStatus

        enum_cls: Any = ProjectStatus if e.kind == cs.DEADLINE else VisitStatus
        try:
            return enum_label(enum_cls(e.status), self.ui_locale)
        except ValueError:
            return e.status

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        e = self.events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(e, index.column())
        if role == EventRole:
            return e
        if role == Qt.ItemDataRole.ToolTipRole:
            return event_tooltip(e, self.ui_locale, self.tz)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4:
            return QBrush(colour(e))
        return None
