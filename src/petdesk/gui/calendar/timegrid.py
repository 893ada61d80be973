"""The day and week views: an hour grid in the viewer's time zone, with drag to reschedule.

Timed events (itinerary items, training sessions) are boxes placed at their start and end in the
viewer's zone; events at the same time share the day's width. All-day spans (visits, trainings)
are listed in a strip above the grid. Dragging a box and letting go emits ``move_requested`` with
the new start (snapped to a quarter of an hour); the page does the move through the services and
reports clashes. The grid paints itself: a table of 24 × 7 cells could not show a meeting from
09:30 to 11:15 where it is.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from petdesk import i18n
from petdesk.gui.calendar.model import colour, event_line, event_tooltip
from petdesk.gui.colours import DRAGGED_MIX, EVENT_MIX, event_fill, today_fill
from petdesk.gui.qt import (
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPoint,
    QRect,
    QScrollArea,
    QSize,
    Qt,
    QTextLayout,
    QTextOption,
    QToolTip,
    QWidget,
    Signal,
)
from petdesk.services import calendar as cs
from petdesk.services.calendar_lanes import lanes

#: Minutes a dragged event snaps to.
SNAP_MINUTES = 15
#: Events that can be dragged (spans are moved in their editors, with their whole programme).
MOVABLE = (cs.ITEM, cs.SESSION)


def line_height(text: str, font: QFont) -> int:
    """The height of ``text`` on one line, with the fallback fonts it needs: Chinese from a fallback
    font can be higher than the interface font's line (the font metrics' height)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return max(QFontMetrics(font).height(), math.ceil(line.height()))


def _latin_letter(char: str) -> bool:
    """A letter of a script that marks a word cut at the end of a line with a hyphen."""
    return char.isalpha() and ord(char) < 0x2E80  # not Chinese, Japanese or Korean


def _one_line(text: str, font: QFont, width: int) -> tuple[int, float]:
    """How many characters of ``text`` the first line wrapped to ``width`` holds, and its height."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    length, height = line.textLength(), line.height()
    layout.endLayout()
    return max(1, length), height


def fit_lines(text: str, font: QFont, width: int, height: int) -> list[str]:
    """The lines of ``text`` wrapped to ``width`` that fit in ``height``; the last one shown ends in
    "…" when more text follows. Always one line at least: a box lower than a line shows one whole
    line rather than the top half of two (a quarter-hour meeting's title was cut off at the bottom).
    A word wider than the box is cut with a hyphen: in a week column at 125 % with larger text,
    "Welcome meeting" read "Welco / me m…" (field test 83)."""
    width = max(1, width)  # a box in a lane narrower than its margins
    hyphen = QFontMetrics(font).horizontalAdvance("-")
    lines: list[str] = []
    used, start, last_start, text = 0.0, 0, 0, text.rstrip()
    while start < len(text):
        length, tall = _one_line(text[start:], font, width)
        end = start + length
        cut = end < len(text) and _latin_letter(text[end - 1]) and _latin_letter(text[end])
        if cut and width > 2 * hyphen:
            length, tall = _one_line(text[start:], font, width - hyphen)
            end = start + length
            cut = end < len(text) and _latin_letter(text[end - 1]) and _latin_letter(text[end])
            if cut and end - start > 2 and not _latin_letter(text[end + 1 : end + 2] or " "):
                end -= 1  # "meeti- / ng", not "meetin- / g": a letter alone reads as a word
        if lines and used + tall > height:
            # More than fits: the last line takes the rest, cut short with "…".
            rest = text[last_start:].strip()
            lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
            break
        used += tall
        last_start = start
        lines.append(text[start:end].rstrip() + ("-" if cut else ""))
        start = end
        while start < len(text) and text[start] == " ":
            start += 1
    return lines or [""]


def lane_widths(room: float, count: int, long_lanes: set[int], least: float) -> list[float]:
    """The width of each of ``count`` lanes sharing ``room``: equal shares, but a lane holding an
    item over several days at least ``least`` (at most half the room, the others sharing the
    rest). Beside two moments at 1024 px a three-day expo was a 30 px strip (round 53)."""
    count = max(1, count)
    share = room / count
    if not long_lanes or len(long_lanes) >= count or share >= least:
        return [share] * count
    wide = max(share, min(least, room / (len(long_lanes) + 1)))
    rest = (room - wide * len(long_lanes)) / (count - len(long_lanes))
    return [wide if n in long_lanes else rest for n in range(count)]


class TimeGrid(QWidget):
    """Hour rows × day columns; paints the events of ``days`` and lets timed ones be dragged."""

    #: (event, new aware start) when a dragged event is let go at another time.
    move_requested = Signal(object, object)
    #: The event double-clicked.
    open_requested = Signal(object)

    def __init__(self, *, locale: str, tz: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_locale = locale
        self.tz = tz
        self.days: list[dt.date] = [dt.date.today()]
        self.events: list[cs.CalendarEvent] = []
        self.hour_height = 44
        self.gutter = 60
        self.header = 2 * self.fontMetrics().height() + 10
        #: Room between the day headers and 00:00's line: half a line for "00:00", whose label is
        #: centred on its line, and an item at midnight clear of the headers (window57).
        self.top_margin = self.fontMetrics().height() // 2 + 6
        self._boxes: list[tuple[QRect, cs.CalendarEvent]] = []
        #: The day of each box: an event over several days has a box a day, its words per day.
        self._box_days: list[dt.date] = []
        #: Each event's words, the lowest its box may be, and its lines for a room of a size, worked
        #: out once per ``set_days`` (babel's times and the text layout made scrolling slow).
        self._words: dict[tuple[str, dt.date | None], str] = {}
        self._lowest: dict[str, int] = {}
        self._lines: dict[tuple[str, dt.date | None, int, int, bool], list[str]] = {}
        self._drag: cs.CalendarEvent | None = None
        self._drag_from = QPoint()
        self._drag_to = QPoint()
        self.setMouseTracking(True)
        self.setMinimumWidth(self.gutter + 7 * 60)

    # --- data --------------------------------------------------------------------------------
    def set_days(self, days: list[dt.date], events: list[cs.CalendarEvent]) -> None:
        self.days = list(days)
        self.events = list(events)
        self._forget_text()
        spans = [e for e in self.events if e.all_day]
        lines = max((sum(1 for e in spans if d in e.days()) for d in self.days), default=0)
        self.header = (2 + lines) * (self.fontMetrics().height() + 2) + 8
        self.setMinimumHeight(self.grid_top + 24 * self.hour_height + 1)
        self._layout_boxes()
        self.update()

    def timed(self) -> list[cs.CalendarEvent]:
        return [e for e in self.events if not e.all_day]

    def sizeHint(self) -> QSize:
        return QSize(self.gutter + len(self.days) * 140, self.grid_top + 24 * self.hour_height + 1)

    # --- geometry ----------------------------------------------------------------------------
    @property
    def grid_top(self) -> int:
        """The y of 00:00's line: below the day headers and the top margin."""
        return self.header + self.top_margin

    def column_width(self) -> float:
        return max(1.0, (self.width() - self.gutter) / max(1, len(self.days)))

    def column_rect(self, column: int) -> QRect:
        left = self.gutter + round(column * self.column_width())
        right = self.gutter + round((column + 1) * self.column_width())
        return QRect(left, self.grid_top, right - left, 24 * self.hour_height)

    def y_of(self, minutes: float) -> int:
        return self.grid_top + round(minutes * self.hour_height / 60)

    def point_for(self, day: dt.date, time: dt.time) -> QPoint:
        """Where on the grid ``day`` at ``time`` (viewer's zone) is: for tests and drops."""
        column = self.days.index(day)
        rect = self.column_rect(column)
        return QPoint(rect.center().x(), self.y_of(time.hour * 60 + time.minute))

    def moment_at(self, point: QPoint) -> dt.datetime | None:
        """The viewer's time at ``point``, snapped to :data:`SNAP_MINUTES` (None outside the grid)."""
        if point.x() < self.gutter or point.y() < self.header:
            return None
        column = min(int((point.x() - self.gutter) / self.column_width()), len(self.days) - 1)
        minutes = (point.y() - self.grid_top) * 60 / self.hour_height
        minutes = max(0, min(24 * 60 - SNAP_MINUTES, round(minutes / SNAP_MINUTES) * SNAP_MINUTES))
        day = self.days[column]
        naive = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)
        return naive.replace(tzinfo=self.tz)

    def _layout_boxes(self) -> None:
        """Boxes of the timed events; overlapping events of a day share its width in lanes
        (``calendar_lanes``: a box holds its lane as long as it is drawn, a moment's line too)."""
        self._boxes = []
        self._box_days = []
        for column, day in enumerate(self.days):
            start_of_day = dt.datetime.combine(day, dt.time(), self.tz)
            end_of_day = start_of_day + dt.timedelta(days=1)
            # (a moment at midnight, ending at its start, is on its own day)
            todays = [e for e in self.timed() if e.starts_at < end_of_day and day in e.days(self.tz)]
            parts = [(max(e.starts_at, start_of_day), min(e.ends_at, end_of_day)) for e in todays]
            lowest = [self._lowest_of(e) for e in todays]
            per_minute = 60 / self.hour_height  # the lowest box's time: its lane is held that long
            lane_of, count = lanes(parts, [dt.timedelta(minutes=px * per_minute) for px in lowest])
            rect = self.column_rect(column)
            long_lanes = {lane for e, lane in zip(todays, lane_of, strict=True) if len(e.days(self.tz)) > 1}
            widths = lane_widths(rect.width() - 4, count, long_lanes, self.long_least())
            lefts = [sum(widths[:n]) for n in range(len(widths))]
            for e, (top, bottom), least, lane in zip(todays, parts, lowest, lane_of, strict=True):
                y0 = self.y_of((top - start_of_day).total_seconds() / 60)
                # Never lower than one line of its words (within the margins of ``words_rect``).
                y1 = max(y0 + least, self.y_of((bottom - start_of_day).total_seconds() / 60))
                x0 = rect.left() + 2 + round(lefts[lane])
                self._boxes.append((QRect(x0, y0, max(8, round(widths[lane]) - 2), y1 - y0), e))
                self._box_days.append(day)

    def long_least(self) -> int:
        """The least width of an item over several days beside others: its mark and a few letters."""
        return self.fontMetrics().horizontalAdvance("→ 09:00 Expo →") + 8

    def _lowest_of(self, e: cs.CalendarEvent) -> int:
        """The lowest an event's box may be: one line of its words."""
        lowest = self._lowest.get(e.id)
        if lowest is None:
            lowest = self._lowest[e.id] = line_height(self.words(e), self.font()) + 2
        return lowest

    def _forget_text(self) -> None:
        for cache in (self._words, self._lowest, self._lines):
            cache.clear()

    def changeEvent(self, event: Any) -> None:
        if event.type() == event.Type.FontChange:  # the words take another room
            self._forget_text()
            self._layout_boxes()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:
        self._layout_boxes()
        super().resizeEvent(event)

    def boxes(self) -> list[tuple[QRect, cs.CalendarEvent]]:
        """The timed events' boxes (each day's part of an event is a box of its own)."""
        return list(self._boxes)

    def event_rect(self, event_id: str) -> QRect:
        """The box of an event (its first day's), for tests."""
        return next(rect for rect, e in self._boxes if e.id == event_id)

    def event_at(self, point: QPoint) -> cs.CalendarEvent | None:
        if point.y() < self.visibleRegion().boundingRect().top() + self.header:
            return None  # under the day headers that stay in view
        for rect, e in reversed(self._boxes):
            if rect.contains(point):
                return e
        return None

    # --- painting ----------------------------------------------------------------------------
    def words(self, e: cs.CalendarEvent, day: dt.date | None = None) -> str:
        """Start time (viewer's zone) and title: what an event's box says when it has room. On
        ``day`` of an event over several days, "→" marks where it goes on (``event_line``)."""
        words = self._words.get((e.id, day))
        if words is None:
            words = self._words[(e.id, day)] = event_line(e, self.ui_locale, self.tz, day)
        return words

    def box_days(self) -> list[dt.date]:
        """The day of each box of ``boxes()``, in the same order."""
        return list(self._box_days)

    def boxes_on(self, day: dt.date) -> list[tuple[QRect, cs.CalendarEvent]]:
        """The boxes of ``day``'s column."""
        return [box for box, d in zip(self._boxes, self._box_days, strict=True) if d == day]

    @staticmethod
    def words_rect(box: QRect) -> QRect:
        """Where an event's words go in its box: right of its colour bar, inside its frame."""
        return box.adjusted(7, 1, -3, -1)

    def block_lines(
        self, e: cs.CalendarEvent, font: QFont, width: int, height: int, day: dt.date | None = None
    ) -> list[str]:
        """The lines written in an event's box of ``width`` × ``height`` (the tooltip has all).

        Start time and title, wrapped in a box with room for several lines; on one line in a short
        box (a 15- or 30-minute meeting), cut short with "…", and the title alone when the time
        would leave no room for even the title's first character."""
        title = e.title(self.ui_locale)
        words = self.words(e, day)
        lines = fit_lines(words, font, width, height)
        if len(lines) == 1 and title:
            metrics = QFontMetrics(font)
            if metrics.horizontalAdvance(words[: len(words) - len(title) + 1] + "…") > width:
                return [metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)]
        return lines

    def _block_lines_once(self, e: cs.CalendarEvent, font: QFont, room: QRect, day: dt.date) -> list[str]:
        key = (e.id, day, room.width(), room.height(), font.strikeOut())
        lines = self._lines.get(key)
        if lines is None:
            if len(self._lines) > 5000:  # resized many times: start again
                self._lines.clear()
            lines = self._lines[key] = self.block_lines(e, font, room.width(), room.height(), day)
        return lines

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        palette = self.palette()
        p.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        line = self.fontMetrics().height() + 2
        grid = palette.color(QPalette.ColorRole.Mid)
        text = palette.color(QPalette.ColorRole.Text)
        faint = palette.color(QPalette.ColorRole.PlaceholderText)
        today = dt.datetime.now(self.tz).date()
        bold = QFont(self.font())
        bold.setBold(True)
        # Hour lines and labels.
        p.setPen(QPen(grid))
        for hour in range(24):
            y = self.y_of(hour * 60)
            p.setPen(QPen(grid))
            p.drawLine(self.gutter, y, self.width(), y)
            p.setPen(faint)
            label = i18n.format_time(dt.time(hour, 0), self.ui_locale)
            p.drawText(
                QRect(0, y - line // 2, self.gutter - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        for column in range(len(self.days) + 1):
            x = self.gutter + round(column * self.column_width())
            p.setPen(QPen(grid))
            p.drawLine(x, 0, x, self.height())
        # Events.
        shown_top = self.visibleRegion().boundingRect().top() + self.header
        for (rect, e), day in zip(self._boxes, self._box_days, strict=True):
            dragged = self._drag is not None and e.id == self._drag.id
            box = rect.translated(self._drag_to - self._drag_from) if dragged else rect
            c = colour(e)
            p.fillRect(box, event_fill(c, palette, DRAGGED_MIX if dragged else EVENT_MIX))
            p.fillRect(QRect(box.left(), box.top(), 4, box.height()), c)
            p.setPen(QPen(c.darker(120)))
            before, after = e.continues(day, self.tz)
            # One bar across its days: no frame where the day cuts it, the bar runs on over midnight.
            frame = box.adjusted(0, -2 if before else 0, -1, 1 if after else -1)
            p.setClipRect(box)
            p.drawRect(frame)
            p.setClipping(False)
            p.setPen(text)
            f = QFont(self.font())
            f.setStrikeOut(e.status == "cancelled")
            p.setFont(f)
            words_box = self.words_rect(box)
            if words_box.top() < shown_top < words_box.bottom() - line // 2:
                words_box.setTop(shown_top)  # its top is under the day headers: words below them
            p.drawText(
                words_box,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                "\n".join(self._block_lines_once(e, f, words_box, day)),
            )
        # Day headers and the all-day strip, painted last at the top of what is visible: they stay
        # in view while the hours scroll under them.
        top = self.visibleRegion().boundingRect().top()
        p.fillRect(QRect(0, top, self.width(), self.header), palette.color(QPalette.ColorRole.Window))
        dates = self.day_headings(round(self.column_width()) - 8)
        for column, day in enumerate(self.days):
            rect = self.column_rect(column)
            head = QRect(rect.left(), top, rect.width(), self.header)
            if day == today:
                p.fillRect(head, today_fill(palette))
            p.setPen(text)
            p.setFont(bold if day == today else self.font())
            p.drawText(
                QRect(head.left() + 4, top + 2, head.width() - 8, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                i18n.format_weekday(day, self.ui_locale, "abbreviated"),
            )
            p.setFont(self.font())
            p.drawText(
                QRect(head.left() + 4, top + 2 + line, head.width() - 8, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                dates[column],
            )
            y = top + 2 + 2 * line
            for e in (e for e in self.events if e.all_day and day in e.days()):
                box = QRect(head.left() + 2, y, head.width() - 4, line - 2)
                c = colour(e)
                p.fillRect(box, c.lighter(170))
                p.setPen(c.darker(140))
                title = self.fontMetrics().elidedText(
                    e.title(self.ui_locale), Qt.TextElideMode.ElideRight, box.width() - 6
                )
                p.drawText(box.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, title)
                y += line
        p.setPen(QPen(grid))
        p.drawLine(0, top + self.header - 1, self.width(), top + self.header - 1)
        p.end()

    def day_headings(self, room: int) -> list[str]:
        """The days' dates as long as every one fits in ``room`` pixels: "7 Dec 2026", else
        "7 Dec", else "7" (the weekday above and the period's title say the rest). At 1,024 px and
        the largest text each column showed "2026年" of "2026年12月7日" (field test 63)."""
        formats = (
            lambda day: i18n.format_date(day, self.ui_locale),
            lambda day: i18n.format_month_day(day, self.ui_locale),
            lambda day: i18n.format_date(day, self.ui_locale, "d"),
        )
        metrics = self.fontMetrics()
        for fmt in formats:
            texts = [fmt(day) for day in self.days]
            if all(metrics.horizontalAdvance(text) <= room for text in texts):
                return texts
        return texts

    # --- mouse -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        found = self.event_at(point)
        if event.button() == Qt.MouseButton.LeftButton and found is not None and found.kind in MOVABLE:
            self._drag, self._drag_from, self._drag_to = found, point, point
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is not None:
            self._drag_to = point
            self.update()
        else:
            found = self.event_at(point)
            self.setCursor(
                Qt.CursorShape.OpenHandCursor
                if found is not None and found.kind in MOVABLE
                else Qt.CursorShape.ArrowCursor
            )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged, self._drag = self._drag, None
        point = event.position().toPoint()
        self.update()
        if dragged is None or (point - self._drag_from).manhattanLength() < 4:
            return
        # The box's top moves as far as the mouse did: the start keeps its offset from the grip.
        rect = self.event_rect(dragged.id)
        moment = self.moment_at(QPoint(point.x(), rect.top() + point.y() - self._drag_from.y()))
        if moment is None:
            return
        grip_day = self.moment_at(QPoint(self._drag_from.x(), rect.top()))
        start = dragged.starts_at.astimezone(self.tz)
        if grip_day is not None and grip_day.date() != start.date():
            # A box continued from the day before: move by the distance dragged, not to the top.
            moment = start + (moment - grip_day)
        if moment != start:
            self.move_requested.emit(dragged, moment)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.event_at(event.position().toPoint())
        if found is not None:
            self.open_requested.emit(found)

    def event(self, e: Any) -> bool:
        if e.type() == e.Type.ToolTip:
            found = self.event_at(e.pos())
            if found is not None:
                QToolTip.showText(e.globalPos(), event_tooltip(found, self.ui_locale, self.tz), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)


#: Where the day and week views open when nothing starts earlier (minutes after midnight).
OPEN_AT_MINUTES = 8 * 60


class TimeGridView(QScrollArea):
    """The grid in a vertical scroll area that opens at the earliest event shown, or at 08:00
    when nothing starts earlier (at a fixed 06:00, earlier events were blocks without titles)."""

    def __init__(self, *, locale: str, tz: dt.tzinfo, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.grid = TimeGrid(locale=locale, tz=tz, parent=self)
        self.setWidget(self.grid)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The day headers stay at the top: repaint all, not the blitted strip, when scrolled.
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.grid.update())
        #: Where to scroll once the grid has its new height (None once there, or once the user
        #: scrolled).
        self._scroll_to: int | None = None
        self.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._scroll())
        self.verticalScrollBar().actionTriggered.connect(self._user_scrolled)

    def show_days(self, days: list[dt.date], events: list[cs.CalendarEvent]) -> None:
        self.grid.set_days(days, events)
        self._scroll_to = max(0, self.opening_y() - self.grid.header)
        self._scroll()

    def opening_y(self) -> int:
        """The grid's y to show first, just below the day headers: the top of the earliest box,
        or 08:00's line (with its hour label) when nothing starts earlier. A part carrying an event
        on from the day before starts at midnight without starting anything: a three-day expo opened
        the week at 00:00, its first day's start and that afternoon's moments out of sight."""
        grid = self.grid
        eight = grid.y_of(OPEN_AT_MINUTES) - grid.fontMetrics().height() // 2 - 2
        starts = [
            rect.top() - grid.top_margin  # its hour label in view too: at 00:00, scrolled to the top
            for (rect, e), day in zip(grid.boxes(), grid.box_days(), strict=True)
            if not e.continues(day, grid.tz)[0]
        ]
        return min([eight, *starts])

    def _scroll(self) -> None:
        if self._scroll_to is None:
            return
        bar = self.verticalScrollBar()
        bar.setValue(self._scroll_to)
        if bar.maximum() >= self._scroll_to:
            self._scroll_to = None  # there: a later resize leaves the user's place alone

    def _user_scrolled(self, _action: int) -> None:
        self._scroll_to = None
