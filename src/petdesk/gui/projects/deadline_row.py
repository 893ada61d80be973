"""The project editor's deadline: a date, a time of day that may stay empty (a whole-day deadline)
and the funder's time zone, with the moment on this office's clock said under them ("= 18 Mar 2027
05:00 here"; 0072_project_deadline_time). The checks are ``services.deadline_time``'s, made when
the project is saved, so the window and ``projects set --deadline-time`` refuse alike."""

from __future__ import annotations

import datetime as dt

from petdesk.gui.a11y import named
from petdesk.gui.qt import QComboBox, QDate, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, Signal
from petdesk.gui.tab_order import NO_DATE, OptionalDateEdit
from petdesk.gui.visits.widgets import ZoneBox, display_format
from petdesk.i18n import format_date
from petdesk.messages import localize
from petdesk.services import deadline_time


class DeadlineZoneBox(ZoneBox):
    """A zone box that starts empty (no zone: a whole-day deadline), not at this computer's zone;
    typing searches the IANA zones by city or country in either language."""

    def __init__(self, parent: QWidget | None, locale: str) -> None:
        super().__init__(parent, locale=locale)
        self.set_zone("", chosen=False)
        # the zone's label ("Washington, United States (UTC-05:00)") is long: the row keeps its width
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        if (edit := self.lineEdit()) is not None:
            edit.setPlaceholderText(self.tr("Funder's time zone"))

    def set_code(self, zone: str) -> None:
        """A zone stored or kept in a draft, as chosen (a draft put back through ``put_back``)."""
        self.set_zone(zone or "", chosen=bool(zone))


class DeadlineRow(QWidget):
    """The date, time and zone boxes on one line, the office's moment on the next."""

    changed = Signal()

    def __init__(self, parent: QWidget | None, locale: str) -> None:
        super().__init__(parent)
        self.ui_locale = locale
        # "21 Jan 2027", as everywhere else
        self.date = named(OptionalDateEdit(self, display_format()), self.tr("Deadline"))
        self.time = named(QLineEdit(self), self.tr("Deadline time"))
        self.time.setObjectName("deadline_time")
        self.time.setPlaceholderText(self.tr("HH:MM"))
        self.time.setToolTip(self.tr("The time of day the funder closes the call; empty for the whole day"))
        self.time.setMaximumWidth(self.time.fontMetrics().horizontalAdvance("00:00") * 2 + 16)
        self.zone = named(DeadlineZoneBox(self, locale), self.tr("Deadline time zone"))
        self.zone.setObjectName("deadline_zone")
        self.here = QLabel(self)
        self.here.setObjectName("deadline_here")
        # the clock-change sentence is longer than the boxes at 1024 or in a narrow editor (shots57)
        self.here.setWordWrap(True)
        boxes = QHBoxLayout()
        boxes.setContentsMargins(0, 0, 0, 0)
        boxes.addWidget(self.date)
        boxes.addWidget(self.time)
        boxes.addWidget(self.zone, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(boxes)
        column.addWidget(self.here)
        self.date.dateChanged.connect(lambda _d: self._changed())
        self.time.textChanged.connect(lambda _t: self._changed())
        self.zone.currentTextChanged.connect(lambda _t: self._changed())
        self._show_here()

    def _changed(self) -> None:
        self._show_offsets()
        self._show_here()
        self.changed.emit()

    def _show_offsets(self) -> None:
        """The zones' offsets at the deadline, not today: New York is UTC−04:00 for a call in late
        March though UTC−05:00 when it is written in winter; at its time too where one is given
        (the night of a clock change)."""
        day = self.day()
        if day is None:
            return
        try:
            time = deadline_time.check_time(self.time.text())
        except deadline_time.DeadlineTimeError:
            time = ""
        hour, minute = (int(x) for x in time.split(":")) if time else (12, 0)
        self.zone.set_days(dt.datetime.combine(day, dt.time(hour, minute)))

    def day(self) -> dt.date | None:
        value = self.date.date()
        return None if value == NO_DATE else dt.date(*value.getDate())

    def set_values(self, day: dt.date | None, time: str, zone: str) -> None:
        """A project's stored deadline: a zone stored is a choice, a suggestion leaves it alone."""
        if day is not None:
            self.date.setDate(QDate(day.year, day.month, day.day))
        self.time.setText(time)
        if zone:
            self.zone.set_zone(zone)

    def suggest_zone(self, zone: str) -> None:
        """The funder's zone (``deadline_time.funder_zone``), unless one was chosen or stored."""
        if zone:
            self.zone.suggest(zone)

    def _show_here(self) -> None:
        """ "= 18 Mar 2027 05:00 here" under the boxes for a timed deadline; nothing for a whole day
        or while the time or zone cannot be read (saving says why)."""
        try:
            time = deadline_time.check_time(self.time.text())
            zone = deadline_time.check_zone(self.zone.zone())
        except deadline_time.DeadlineTimeError:
            time = zone = ""
        if deadline_time.clock_change(self.day(), time, zone) == deadline_time.SKIPPED:
            # said while typing, as saving will refuse it: 02:30 on the spring night is no moment
            try:
                deadline_time.check_pair(self.day(), time, zone)
            except deadline_time.DeadlineTimeError as exc:
                # the service names the zone by its code for the command line; the window by its
                # city ("纽约", not "America/New_York" in the Chinese window: shots57)
                place = deadline_time.zone_place(zone, self.ui_locale)
                self.here.setText(localize(str(exc), self.ui_locale).replace(zone, place))
                self.here.show()
                return
        local = deadline_time.here(self.day(), time, zone)
        if local is None:
            self.here.clear()
            self.here.hide()  # empty, it kept a blank line under the boxes (shots56)
            return
        moment = f"{format_date(local.date(), self.ui_locale)} {local:%H:%M}"
        text = self.tr("= %1 here").replace("%1", moment)
        if note := deadline_time.clock_note(self.day(), time, zone, self.ui_locale):  # a doubled time
            text += f"（{note}）" if self.ui_locale.startswith("zh") else f" ({note})"
        self.here.setText(text)
        self.here.show()
