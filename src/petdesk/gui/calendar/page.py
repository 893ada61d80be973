"""The Calendar page: month, week and agenda views with filters, and the reminders beside them.

Events are read in the background (``gui.operations``); a newer request makes older answers moot.
Double-click opens the visit (at the item) or the training.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui import plurals
from petdesk.gui.a11y import label_for, name_toolbar_extension, named
from petdesk.gui.calendar.mini_month import with_title_bar
from petdesk.gui.calendar.model import (
    AgendaModel,
    EventRole,
    MonthModel,
    WeekModel,
    colour,
    event_line,
)
from petdesk.gui.calendar.reminders import RemindersPanel
from petdesk.gui.calendar.timegrid import TimeGridView
from petdesk.gui.colours import SELECTED_MIX, WARNING, event_fill, tint, today_fill
from petdesk.gui.elided_combo import ElidedComboBox
from petdesk.gui.flow_layout import FlowLayout
from petdesk.gui.focus_back import focus_back_after
from petdesk.gui.focus_mark import mark_toolbar_focus
from petdesk.gui.operations import (
    PROJECT,
    TRAINING,
    VISIT,
    Changes,
    read_op,
    run_in_background,
    subscribe,
    write_op,
)
from petdesk.gui.qt import (
    QAbstractItemView,
    QAction,
    QActionGroup,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QFont,
    QFontMetrics,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMenu,
    QModelIndex,
    QPainter,
    QPalette,
    QPen,
    QPushButton,
    QRect,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.text_size import set_relative_font, text_scale
from petdesk.gui.viewer_zone import set_viewer_zone as remember_zone
from petdesk.gui.viewer_zone import viewer_zone
from petdesk.gui.visits.widgets import ZoneBox, date_edit, enum_label, from_qdate, to_qdate
from petdesk.language import interface_language
from petdesk.models.enums import VisitStatus
from petdesk.services import calendar as cs
from petdesk.services.home import FOLLOW_UP, Ref

MONTH, WEEK, AGENDA, DAY = 0, 1, 2, 3
#: Days the agenda shows from the current date.
AGENDA_DAYS = 30

#: The widest the calendar's zone box grows to show its zone's whole name, at the system's text
#: size (scaled with the text: at 150 % "Coordinated Universal Time (UTC)" was cut at 300 px).
ZONE_BOX_MAX = 300


class MonthDelegate(QStyledItemDelegate):
    """Paints a month cell: the day number, then one coloured line per event, "+n more" at the end."""

    def __init__(self, model: MonthModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        #: Each event's line by (event, language, zone): babel formats a time once, not on every
        #: paint of every cell (the month's first paint spent most of its time there).
        #: (A day too: an event over several days reads "→" where it goes on.)
        self._lines: dict[tuple[cs.CalendarEvent, str, str, dt.date], str] = {}

    def line_of(self, event: cs.CalendarEvent, day: dt.date) -> str:
        key = (event, self.model.ui_locale, str(self.model.tz), day)
        text = self._lines.get(key)
        if text is None:
            if len(self._lines) > 2000:  # months browsed for a long time: start again
                self._lines.clear()
            text = self._lines[key] = event_line(event, self.model.ui_locale, self.model.tz, day)
        return text

    def line_height(self, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.height() + 2

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        painter.save()
        rect: QRect = option.rect
        day: dt.date = index.data(Qt.ItemDataRole.UserRole + 11)
        in_month = day.month == self.model.month
        palette = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            painter.fillRect(rect, event_fill(highlight, palette, SELECTED_MIX))
        elif not in_month:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        line = self.line_height(option)
        font = QFont(option.font)
        if day == dt.date.today():
            font.setBold(True)
            painter.fillRect(rect.left() + 1, rect.top() + 1, rect.width() - 2, line, today_fill(palette))
        painter.setFont(font)
        painter.setPen(
            palette.color(QPalette.ColorRole.Text if in_month else QPalette.ColorRole.PlaceholderText)
        )
        painter.drawText(
            rect.adjusted(4, 1, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.day)
        )
        painter.setFont(option.font)
        events = index.data(EventRole) or []
        shown = self.shown(events, rect, line)
        y = rect.top() + line
        for event in shown:
            box = QRect(rect.left() + 3, y, rect.width() - 6, line - 1)
            c = colour(event)
            if event.all_day or event.continues(day, self.model.tz) != (False, False):
                # a timed event over several days is a bar on each of them, as a visit's span
                painter.fillRect(box, c.lighter(170))
                painter.setPen(c.darker(140))
            else:
                painter.fillRect(QRect(box.left(), box.top() + 3, 4, box.height() - 6), c)
                painter.setPen(palette.color(QPalette.ColorRole.Text))
            text = self.line_of(event, day)
            f = QFont(option.font)
            f.setStrikeOut(event.status == "cancelled")
            painter.setFont(f)
            elided = self.elided(text, option.fontMetrics, box.width() - 10)
            painter.drawText(box.adjusted(8, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, elided)
            y += line
        if len(shown) < len(events):
            painter.setFont(option.font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            more = plurals.CalendarPage().more(len(events) - len(shown))
            painter.drawText(
                QRect(rect.left() + 11, y, rect.width() - 14, line), Qt.AlignmentFlag.AlignVCenter, more
            )
        painter.restore()

    @staticmethod
    def elided(text: str, metrics: QFontMetrics, width: int) -> str:
        """The line cut short with "…" to ``width``, keeping a closing "→" (the event goes on into
        the next day): the mark matters more than the title's end."""
        mark = f" {cs.CONTINUES}"
        if not text.endswith(mark) or metrics.horizontalAdvance(text) <= width:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        head = text[: -len(mark)]
        return (
            metrics.elidedText(head, Qt.TextElideMode.ElideRight, width - metrics.horizontalAdvance(mark))
            + mark
        )

    @staticmethod
    def shown(events: list[cs.CalendarEvent], rect: QRect, line: int) -> list[cs.CalendarEvent]:
        """The events that fit in the cell; the last line says "+n more" when not all do."""
        room = max(0, (rect.height() - line) // line)
        return events if len(events) <= room else events[: max(0, room - 1)]

    def event_at(self, option_rect: QRect, index: QModelIndex, y: int, line: int) -> cs.CalendarEvent | None:
        """The event drawn at height ``y`` of a cell (the first one when the day number is hit);
        None below the drawn events, on the "+n more" line."""
        events = index.data(EventRole) or []
        shown = self.shown(events, option_rect, line)
        row = max((y - option_rect.top() - line) // line, 0)
        return shown[row] if row < len(shown) else None


class MonthView(QTableView):
    """The month grid; remembers where the mouse was pressed so a double-click opens the event
    drawn on that line of the cell."""

    last_y: int | None = None

    def mousePressEvent(self, event: Any) -> None:
        self.last_y = int(event.position().y())
        super().mousePressEvent(event)


class CalendarPage(QWidget):
    """Month / week / agenda of visits, itinerary items and training sessions."""

    #: Emitted after the events of a view have been shown (tests wait for it).
    loaded = Signal()
    #: Emitted with the event a double-click opened.
    opened = Signal(object)
    #: Emitted with the ``services.reschedule.Moved`` of a drag, after its clashes are shown.
    moved = Signal(object)
    #: Emitted once the staff and organisation filters hold their choices (read in the background).
    filters_filled = Signal()

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.tz = viewer_zone()
        # Visits and trainings saved anywhere (editor, list, sync) show here, and so do project
        # deadlines and milestones (in the reminders and as all-day events).
        subscribe(
            self,
            lambda changes: (
                self.refresh_when_shown() if changes.touches(VISIT, TRAINING, PROJECT, FOLLOW_UP) else None
            ),
        )
        self._stale = False
        self.first_weekday = i18n.first_weekday(locale)
        self.current = dt.date.today()
        self._generation = 0
        self.editors: list[QWidget] = []

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("calendar_toolbar")
        mark_toolbar_focus(self.toolbar)  # a clear outline where the keyboard is (field test 109)
        # Ctrl+N makes a visit, as on the Visits page, starting on the day selected here; a
        # training is in the button's menu. The button sits above the mini month (as in
        # Thunderbird's calendar): in the toolbar it pushed the time zone behind its » at 1,024 px.
        self.new_visit_action = self._new_action(self.tr("New visit…"), "visit")
        self.new_visit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_visit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_visit_action.setToolTip(
            self.tr("New visit starting on the selected day (%1)").replace(
                "%1", self.new_visit_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.new_training_action = self._new_action(self.tr("New training…"), "training")
        self.new_button = QToolButton(self)
        self.new_button.setObjectName("new_record")
        self.new_button.setDefaultAction(self.new_visit_action)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        new_menu = QMenu(self.new_button)
        new_menu.addAction(self.new_training_action)
        self.new_button.setMenu(new_menu)
        group = QActionGroup(self)
        self.view_actions: dict[int, QAction] = {}
        for mode, text in (
            (DAY, self.tr("Day")),
            (WEEK, self.tr("Week")),
            (MONTH, self.tr("Month")),
            (AGENDA, self.tr("Agenda")),
        ):
            action = QAction(text, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, m=mode: self.set_mode(m))
            group.addAction(action)
            self.toolbar.addAction(action)
            self.view_actions[mode] = action
        self.view_actions[MONTH].setChecked(True)
        self.toolbar.addSeparator()
        for text, step in (("◀", -1), (self.tr("Today"), 0), ("▶", 1)):
            action = QAction(text, self)
            action.triggered.connect(lambda _c=False, s=step: self.step(s))
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.go_to_date = date_edit(self)
        self.go_to_date.setObjectName("go_to_date")
        self.go_to_date.setToolTip(self.tr("Go to date (Ctrl+G)"))
        self.go_to_date.dateChanged.connect(lambda d: self.go_to(from_qdate(d)))
        self.toolbar.addWidget(label_for(self.tr("Go to:"), self.go_to_date))
        self.toolbar.addWidget(self.go_to_date)
        go_action = QAction(self.tr("Go to date"), self)
        go_action.setShortcut(QKeySequence("Ctrl+G"))
        go_action.triggered.connect(lambda: self.go_to_date.setFocus())
        self.addAction(go_action)
        # Print the shown range (issue 16): the bilingual PDF of dossier.calendar_print, previewed.
        self.print_action = QAction(self.tr("Print…"), self)
        self.print_action.setObjectName("print_range")
        self.print_action.setToolTip(self.tr("Print preview of the days shown"))
        self.print_action.triggered.connect(self.print_range)
        self.toolbar.addAction(self.print_action)
        # The shown range as an .ics file, as ``calendar --out`` writes it (only single visits and
        # trainings could be exported from the window).
        self.export_action = QAction(self.tr("Export to Calendar File…"), self)
        self.export_action.setObjectName("export_range")
        # "Export…" on the button: the whole name ran the toolbar past 1,024 px at the largest text
        self.export_action.setIconText(self.tr("Export…", "calendar file"))
        self.export_action.setToolTip(
            self.tr("Export the days shown, as filtered, to a calendar file (.ics) for a phone")
        )
        self.export_action.triggered.connect(self.export_range)
        self.toolbar.addAction(self.export_action)
        self.export_dialog: QWidget | None = None
        self.preview: QWidget | None = None
        self.printed: tuple[dt.date, dt.date, int] | None = None
        self.toolbar.addSeparator()
        self.zone_box = ZoneBox(self, getattr(self.tz, "key", "UTC"), locale=locale)
        self.zone_box.setObjectName("viewer_zone")
        self.zone_box.setToolTip(self.tr("Times are shown in this zone (yours when you travel)"))
        # Sized for a short name ("Berlin, Germany…"), not its longest entry: at 1024 pixels the box
        # went behind the toolbar's » and left "Time zone:" alone.
        self.zone_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone_box.setMinimumContentsLength(16)
        self.zone_box.activated.connect(lambda _i: self.set_viewer_zone(self.zone_box.zone()))
        # Beside the period's title, not on the toolbar: at the largest text size the toolbar ran
        # past 1,024 px and the zone went behind its » (field test 63).
        self.zone_label = QLabel(self.tr("Time zone:"), self)
        name_toolbar_extension(self.toolbar)
        self.period = QLabel(self)
        self.period.setObjectName("period")
        set_relative_font(self.period, 1.2, bold=True)

        self.staff = QComboBox(self)
        self.staff.setObjectName("staff_filter")
        self.organisation = ElidedComboBox(self)
        self.organisation.setObjectName("organisation_filter")
        self.status = QComboBox(self)
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("All statuses"), None)
        for member in VisitStatus:
            self.status.addItem(enum_label(member, locale), member.value)
        self._fill_filters()
        for box in (self.staff, self.organisation, self.status):
            box.currentIndexChanged.connect(lambda _i: self.reload())
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # An organisation's long English name made its box 420 px and the filters three rows at
        # 1024 px, 50 px less of the month (shots54): the box shows 30 characters ("…" after them),
        # its list every name whole.
        self.organisation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organisation.setMinimumContentsLength(30)

        self.month_model = MonthModel(
            locale=locale, first_weekday=self.first_weekday, tz=self.tz, parent=self
        )
        self.week_model = WeekModel(locale=locale, first_weekday=self.first_weekday, tz=self.tz, parent=self)
        self.agenda_model = AgendaModel(
            locale=locale, first_weekday=self.first_weekday, tz=self.tz, parent=self
        )
        self.month_view = named(self._view(self.month_model, "month_view"), self.tr("Month"))
        self.month_delegate = MonthDelegate(self.month_model, self.month_view)
        self.month_view.setItemDelegate(self.month_delegate)
        self.month_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week_grid = TimeGridView(locale=locale, tz=self.tz, name="week_grid", parent=self)
        self.day_grid = TimeGridView(locale=locale, tz=self.tz, name="day_grid", parent=self)
        for grid in (self.week_grid, self.day_grid):
            grid.grid.move_requested.connect(self.move_event)
            grid.grid.open_requested.connect(self.open_event)
        self.agenda_view = named(self._view(self.agenda_model, "agenda_view"), self.tr("Agenda"))
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setAlternatingRowColors(True)
        self.agenda_view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((200, 110, 190, 100, 260, 220, 90)):
            self.agenda_view.setColumnWidth(column, width)
        self.stack = QStackedWidget(self)
        for view in (self.month_view, self.week_grid, self.agenda_view, self.day_grid):
            self.stack.addWidget(view)
            if isinstance(view, QTableView):
                view.doubleClicked.connect(self._double_clicked)
        # What a drag did: the move, the clashes it made, and a way back.
        self.move_message = QLabel(self)
        self.move_message.setObjectName("move_message")
        self.move_message.setWordWrap(True)
        self.undo_move = QPushButton(self.tr("Undo move"), self)
        self.undo_move.setObjectName("undo_move")
        self.undo_move.clicked.connect(self._undo_move)
        self.move_bar = QWidget(self)
        bar = QHBoxLayout(self.move_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.move_message, 1)
        bar.addWidget(self.undo_move)
        self.move_bar.hide()
        self._last_move: Any = None
        self.mini_month = QCalendarWidget(self)
        self.mini_month.setObjectName("mini_month")
        self.mini_month.setFirstDayOfWeek(Qt.DayOfWeek(self.first_weekday + 1))
        self.mini_month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.mini_month.setGridVisible(False)
        self.mini_month.clicked.connect(lambda d: self.go_to(from_qdate(d)))

        self.reminders = RemindersPanel(db, locale, self)
        self.reminders.open_requested.connect(self._open_reference)

        heading = QHBoxLayout()
        heading.addWidget(self.period)
        heading.addStretch(1)
        heading.addWidget(self.zone_label)
        heading.addWidget(self.zone_box)
        # Each filter with its label, wrapping onto a second row: in one row they made the page
        # 970 px wide at the largest English text, past a 1,024-pixel window (field test 63).
        filters = FlowLayout()
        for text, box in (
            (self.tr("Staff or interpreter"), self.staff),
            (self.tr("Organisation"), self.organisation),
            (self.tr("Status"), self.status),
        ):
            pair = QWidget(self)
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(label_for(text, box))
            pair_layout.addWidget(box)
            filters.addWidget(pair)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.move_bar)
        left_layout.addWidget(self.stack, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(with_title_bar(self.mini_month, locale, right))
        right_layout.addWidget(self.reminders, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addLayout(heading)
        layout.addWidget(splitter, 1)
        self.mode = MONTH
        self.reload()

    def _new_action(self, text: str, kind: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_new_{kind}")
        action.triggered.connect(lambda _c=False: self.new_record(kind))
        return action

    def _view(self, model: Any, name: str) -> QTableView:
        view = MonthView(self) if name == "month_view" else QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # read-only: Tab leaves, arrows move in the table
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setShowGrid(name != "month_view")
        return view

    def _fill_filters(self) -> None:
        """Read the staff and organisations to filter by in the background (the page shows at once;
        the boxes offer "All …" until the choices arrive)."""

        def work(s: Any) -> tuple[list[cs.Choice], list[cs.Choice]]:
            return cs.staff_members(s), cs.organisations_in_schedule(s)

        read_op(self.db, work, on_success=lambda found: self._show_filters(*found), owner=self)

    def _show_filters(self, staff: list[cs.Choice], orgs: list[cs.Choice]) -> None:
        lang = interface_language(self.ui_locale)
        # "Everyone": "All staff" beside the label "Staff or interpreter" read as leaving interpreters out.
        for box, choices, everyone in (
            (self.staff, staff, self.tr("Everyone")),
            (self.organisation, orgs, self.tr("All organisations")),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for choice in choices:
                box.addItem(choice.label(lang), choice.id)
            index = box.findData(current)
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)
        self.filters_filled.emit()

    # --- navigation ----------------------------------------------------------------------------
    def filters(self) -> cs.Filters:
        status = self.status.currentData()
        return cs.Filters(
            contact_id=self.staff.currentData(),
            organisation_id=self.organisation.currentData(),
            statuses=(status,) if status else (),
            # A training's span too, as a visit's: a bar across its days (its last day, with no
            # session of its own, was empty).
            kinds=cs.DEFAULT_KINDS | {cs.TRAINING},
        )

    def set_mode(self, mode: int) -> None:
        self.mode = mode
        self.view_actions[mode].setChecked(True)
        self.stack.setCurrentIndex(mode)
        self.reload()

    def go_to(self, day: dt.date) -> None:
        self.current = day
        # The date box's own change would call this again; the mini month is not blocked: its title
        # bar follows its page (blocked, it kept the old month's name, field test 24), and setting
        # its date emits no ``clicked``, the one signal that calls this.
        self.go_to_date.blockSignals(True)
        self.go_to_date.setDate(to_qdate(day))
        self.go_to_date.blockSignals(False)
        self.mini_month.setSelectedDate(to_qdate(day))
        self.reload()

    def set_viewer_zone(self, name: str) -> None:
        """Show times in ``name`` from now on (a setting: staff take the calendar with them)."""
        if not remember_zone(name):
            return
        tz = ZoneInfo(name)
        self.tz = tz
        for model in (self.month_model, self.week_model, self.agenda_model):
            model.tz = tz
        for grid in (self.week_grid, self.day_grid):
            grid.grid.tz = tz
        self.zone_box.set_zone(name)
        self._fit_zone_box()
        self.reload()

    def step(self, direction: int) -> None:
        if direction == 0:
            self.current = dt.date.today()
        elif self.mode == MONTH:
            month = self.current.month - 1 + direction
            self.current = dt.date(self.current.year + month // 12, month % 12 + 1, 1)
        elif self.mode == WEEK:
            self.current += dt.timedelta(days=7 * direction)
        elif self.mode == DAY:
            self.current += dt.timedelta(days=direction)
        else:
            self.current += dt.timedelta(days=AGENDA_DAYS * direction)
        self.reload()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        if self.mode == MONTH:
            return self.month_model.range(self.current.year, self.current.month)
        if self.mode == WEEK:
            week = cs.week_days(self.current, self.first_weekday)
            return week[0], week[-1]
        if self.mode == DAY:
            return self.current, self.current
        return self.current, self.current + dt.timedelta(days=AGENDA_DAYS - 1)

    def shown_days(self) -> tuple[dt.date, dt.date]:
        """The days a print or an export covers: the day, the week, the agenda's days, or the
        month's own days (not the neighbours' in grey)."""
        first, last = self.visible_range()
        if self.mode == MONTH:
            first = self.current.replace(day=1)
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return first, last

    def shown_filters(self) -> str:
        """The filters in words, as their boxes say them ("Everyone · All organisations · …")."""
        return " · ".join(box.currentText() for box in (self.staff, self.organisation, self.status))

    def export_range(self) -> QWidget:
        """The export dialog for the days shown with the filters applied (``calendar --out``)."""
        from petdesk.gui.calendar.export_dialog import CalendarExportDialog

        dialog = CalendarExportDialog(
            self.db,
            self.ui_locale,
            days=self.shown_days(),
            filters=self.filters(),
            shown_filter=self.shown_filters(),
            tz=self.tz,
            parent=self,
        )
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def print_range(self) -> QWidget:
        """Print preview of what is shown: the day, the week, the month (its own days, not the
        neighbours' in grey) or the agenda's days, with the filters applied."""
        import tempfile
        from pathlib import Path

        from petdesk.dossier import calendar_print
        from petdesk.gui.print_preview import preview_pdf

        first, last = self.shown_days()
        with self.db.reading() as s:
            events = cs.events_between_dates(s, first, last, self.tz, self.filters())
        with tempfile.TemporaryDirectory(prefix="petdesk-calendar-") as folder:
            path = Path(folder) / "calendar.pdf"
            # the window's language first, as the dossiers (field test 58, item 8)
            calendar_print.render(events, first, last, self.tz, path, first_lang=self.ui_locale)
            self.preview = preview_pdf(path, self, self.period.text())  # pages are read at once
        #: What was printed last: first and last day and how many events (tests read it).
        self.printed = (first, last, len(events))
        return self.preview

    def refresh_when_shown(self) -> None:
        """Refresh now if shown, else on the next show: the page is built hidden in idle time,
        and three reads per change to a visit nobody looks at are GIL time taken from the window."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
        self._fit_zone_box()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_zone_box()

    def _fit_zone_box(self) -> None:
        """The zone box as wide as its zone's name where its row has room ("Coordinated Universal
        Ti" was cut at 1,366 px), never so wide that it pushes the period's title out (at 1,024 px)."""
        box = self.zone_box
        others = self.period.sizeHint().width() + self.zone_label.sizeHint().width()
        layout = self.layout()
        if layout is None:  # resized while being built
            return
        margins = layout.contentsMargins()
        spare = self.width() - margins.left() - margins.right() - others - 3 * layout.spacing()
        wanted = box.fontMetrics().horizontalAdvance(box.currentText()) + 48  # the arrow and margins
        widest = round(ZONE_BOX_MAX * text_scale())
        box.setFixedWidth(max(box.sizeHint().width(), min(wanted, spare, widest)))

    def refresh(self) -> None:
        self._fill_filters()
        self.reminders.reload()
        self.reload()

    def reload(self) -> None:
        """Read the visible range in the background and show it when it arrives."""
        first, last = self.visible_range()
        filters, mode, day = self.filters(), self.mode, self.current
        # the zone's offsets on the days shown (a week across the change to summer time: both)
        self.zone_box.set_days(first, last)
        self._fit_zone_box()
        self._generation += 1
        generation = self._generation
        self._set_period_label(first, last)

        def work() -> list[cs.CalendarEvent]:
            with self.db.reading() as s:
                return cs.events_between_dates(s, first, last, self.tz, filters)

        run_in_background(
            work, on_success=lambda events: self._show(generation, mode, day, events), parent=self
        )

    def _show(self, generation: int, mode: int, day: dt.date, events: list[cs.CalendarEvent]) -> None:
        if generation != self._generation:
            return
        if mode == MONTH:
            self.month_model.set_events(day.year, day.month, events)
        elif mode == WEEK:
            self.week_model.set_events(day, events)
            self.week_grid.show_days(cs.week_days(day, self.first_weekday), events)
        elif mode == DAY:
            self.day_grid.show_days([day], events)
        else:
            self.agenda_model.set_events(events)
        self.loaded.emit()

    def _set_period_label(self, first: dt.date, last: dt.date) -> None:
        loc = i18n.babel_locale(self.ui_locale)
        from babel import dates as babel_dates

        if self.mode == MONTH:
            text = babel_dates.format_skeleton("yMMMM", self.current, locale=loc)
        elif self.mode == DAY:
            text = i18n.format_date(self.current, self.ui_locale, "long")
        else:
            text = f"{i18n.format_date(first, self.ui_locale)} – {i18n.format_date(last, self.ui_locale)}"
        self.period.setText(text)
        self._fit_zone_box()  # a week's title is longer than a month's

    # --- opening -------------------------------------------------------------------------------
    def event_at(self, view: QTableView, index: QModelIndex, y: int | None = None) -> cs.CalendarEvent | None:
        if view is self.month_view:
            rect = view.visualRect(index)
            line = view.fontMetrics().height() + 2
            return self.month_delegate.event_at(rect, index, rect.top() + line if y is None else y, line)
        return index.data(EventRole)

    # --- drag to reschedule ----------------------------------------------------------------------
    def move_event(self, event: cs.CalendarEvent, start: dt.datetime, *, undo: bool = False) -> None:
        """Move an item or session to ``start`` through the services; say what clashes then."""
        from petdesk.services import reschedule

        changes = Changes.of(VISIT if event.kind == cs.ITEM else TRAINING)
        write_op(
            self.db,
            lambda s: reschedule.move_event(s, event.kind, event.id, start),
            changes=changes,
            on_success=lambda moved: self._moved(event, moved, undo),
            on_failure=self._move_failed,
            owner=self,
        )

    def _moved(self, event: cs.CalendarEvent, moved: Any, undo: bool) -> None:
        title = event.title(self.ui_locale)
        when = i18n.format_datetime(moved.new_start.astimezone(self.tz), self.ui_locale)
        text = self.tr("“%1” moved to %2.").replace("%1", title).replace("%2", when)
        if moved.clashes:
            lines = [c.describe(self.ui_locale, self.tz) for c in moved.clashes]
            text += " " + self.tr("Clash:") + " " + " ".join(lines)
            tint(self.move_message, WARNING)
        else:
            tint(self.move_message, None)
        self.move_message.setText(text)
        self._last_move = None if undo else (event, moved)
        self.undo_move.setVisible(not undo)
        self.move_bar.show()
        self.moved.emit(moved)

    def _move_failed(self, exc: BaseException) -> None:
        tint(self.move_message, WARNING)
        from petdesk.messages import plain_error

        # A full disk or a read-only file in plain words naming the database, never SQLite's statement.
        reason = plain_error(exc, self.ui_locale, database=self.db.path, context="moving a calendar event")
        self.move_message.setText(self.tr("The event was not moved: %1").replace("%1", reason))
        self.undo_move.hide()
        self.move_bar.show()

    def can_undo_last(self) -> bool:
        """Edit › Undo: the last drag of an event, while its undo button shows."""
        return self._last_move is not None and self.undo_move.isVisible()

    def undo_last(self) -> None:
        self._undo_move()

    def _undo_move(self) -> None:
        if self._last_move is not None:
            event, moved = self._last_move
            self._last_move = None
            self.move_event(event, moved.old_start, undo=True)

    def _double_clicked(self, index: QModelIndex) -> None:
        view = self.stack.currentWidget()
        y = self.month_view.last_y if view is self.month_view else None  # type: ignore[attr-defined]
        event = self.event_at(view, index, y)  # type: ignore[arg-type]
        if event is not None:
            self.open_event(event)
        elif view is self.month_view:
            # "+n more" or an empty part of a day: that day's agenda lists everything.
            day = self.month_model.date_at(index)
            self.mode = AGENDA
            self.view_actions[AGENDA].setChecked(True)
            self.stack.setCurrentIndex(AGENDA)
            self.go_to(day)

    def _open_follow_up(self, kind: str, record_id: str, follow_up_id: str) -> QWidget:
        """The record on its page with its follow-ups, the follow-up selected (Home does the same)."""
        navigator = getattr(self.window(), "navigator", None)
        if navigator is None:
            return self
        return navigator.open(Ref(FOLLOW_UP, follow_up_id), parent=Ref(kind, record_id)) or self

    def _show_project(self, project_id: str) -> QWidget:
        """A deadline opens the Projects page at its project (the board's card selected)."""
        window: Any = self.window()
        if "projects" not in getattr(window, "page_keys", []):
            return self
        page = window.show_page("projects")
        page.select_project(project_id)
        return page

    def open_event(self, event: cs.CalendarEvent) -> QWidget:
        """Open the visit (at the item) or the training (at the session) of ``event``."""
        if event.kind == cs.DEADLINE:
            editor = self._open_reference("project", event.parent_id)
        elif event.kind in (cs.VISIT, cs.ITEM):
            editor = self._open_reference(
                "visit", event.parent_id, event.id if event.kind == cs.ITEM else None
            )
        else:
            editor = self._open_reference(
                "training", event.parent_id, event.id if event.kind == cs.SESSION else None
            )
        self.opened.emit(event)
        return editor

    def selected_day(self) -> dt.date:
        """The day a new visit or training starts on: the day selected in the month view, else the
        day the calendar was moved to (Today, Go to, the mini month)."""
        if self.mode == MONTH:
            chosen = self.month_view.selectionModel().selectedIndexes()
            if chosen:
                return self.month_model.date_at(chosen[0])
        return self.current

    def new_record(self, kind: str) -> QWidget:
        """Open a new visit or training (``kind``) starting and ending on the selected day; the
        day is a suggestion, so closing the editor untouched asks nothing."""
        editor: Any = self._open_reference(kind, None)
        day = to_qdate(self.selected_day())
        for box in (editor.start_date, editor.end_date):
            box.setDate(day)
        editor.set_clean()
        return editor

    def _open_reference(self, kind: str, row_id: str | None, focus: str | None = None) -> QWidget:
        if kind in ("contact", "organisation", "project") and focus:  # a partner's own follow-up
            return self._open_follow_up(kind, row_id or "", focus)
        if kind == "project":
            assert row_id is not None
            return self._show_project(row_id)
        if kind == "visit":
            from petdesk.gui.visits.edit import VisitEditor

            editor: Any = VisitEditor(
                self.db, locale=self.ui_locale, visit_id=row_id, focus_item=focus, parent=self
            )
        else:
            from petdesk.gui.trainings.edit import TrainingEditor

            editor = TrainingEditor(
                self.db, locale=self.ui_locale, training_id=row_id, focus_session=focus, parent=self
            )
        editor.finished.connect(lambda _r, e=editor: self.editors.remove(e) if e in self.editors else None)
        self.editors.append(editor)
        focus_back_after(editor, self._origin())
        editor.show()
        return editor

    def _origin(self) -> QWidget:
        """Where the focus goes back once an editor closes (field test 61): the day, event or reminder
        it was opened from; the view shown when the focus was outside the page (a menu, the toolbar)."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused) and not self.toolbar.isAncestorOf(focused):
            return focused
        return self.stack.currentWidget() or self
