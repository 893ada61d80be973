"""The home page: upcoming visits and trainings, follow-ups due or late, project deadlines, recent
activity and the records opened last. One click on a line opens its record."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from shiboken6 import isValid

from petdesk.db import Database
from petdesk.gui import icons
from petdesk.gui.colours import WARNING, tone
from petdesk.gui.first_paint import after_first_paint, first_paint_pending
from petdesk.gui.operations import run_in_background, subscribe
from petdesk.gui.qt import (
    QBrush,
    QEvent,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.text_size import set_relative_font
from petdesk.gui.viewer_zone import viewer_zone
from petdesk.i18n import format_date, format_relative_date
from petdesk.language import interface_language
from petdesk.models.enums import ActivityKind, MilestoneKind
from petdesk.services import deadline_time
from petdesk.services import home as home_service
from petdesk.vocab import label

EntryRole = Qt.ItemDataRole.UserRole + 31
#: The page that lists all of a section's entries: its last line opens it when the home page
#: lists only the first (``home_service.SECTION_LIMIT``).
ALL_LISTED_ON = {"upcoming": "calendar", "follow_ups": "calendar", "deadlines": "projects"}
#: Kind of record -> icon (the same as the navigation's).
KIND_ICONS = {
    home_service.ORGANISATION: "building",
    home_service.CONTACT: "users",
    home_service.VISIT: "plane",
    home_service.TRAINING: "school",
    home_service.PROJECT: "briefcase",
    home_service.TECHNOLOGY: "bulb",
    home_service.FOLLOW_UP: "checklist",
    home_service.ACTIVITY: "message-circle",
}


class HomePage(QWidget):
    #: An entry was chosen (clicked, or Enter on it).
    open_requested = Signal(object)
    #: The page shows a fresh answer (tests wait for it).
    loaded = Signal()
    #: The "Search everything" button.
    search_requested = Signal()
    #: The line counting a section's entries not listed was chosen: the key of the page to show.
    page_requested = Signal(str)
    #: A first step of an empty office: "new_organisation", "import_contacts" or "guide".
    start_requested = Signal(str)

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.lang = interface_language(locale)
        self.recent_refs: Any = list  # replaced by the window's navigator (a callable giving Refs)
        self._generation = 0
        self._last_open: tuple[str, float] = ("", 0.0)

        self.greeting = QLabel(self)
        self.greeting.setObjectName("home_greeting")
        set_relative_font(self.greeting, 1.4, bold=True)
        self.search_button = QPushButton(self.tr("Search everything…  (Ctrl+K)"), self)
        self.search_button.setObjectName("home_search")
        self.search_button.setIcon(icons.icon("search"))
        self.search_button.clicked.connect(self.search_requested.emit)

        self.upcoming = self._section("upcoming", self.tr("Upcoming visits and trainings"))
        self.follow_ups = self._section("follow_ups", self.tr("Follow-ups due and overdue"))
        self.deadlines = self._section("deadlines", self.tr("Project deadlines"))
        self.recent = self._section("recent", self.tr("Recently opened"))
        self.activity = self._section("activity", self.tr("Recent activity"))

        self.start_box = self._start_here()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.upcoming.parentWidget(), 0, 0)  # type: ignore[arg-type]
        grid.addWidget(self.follow_ups.parentWidget(), 1, 0)  # type: ignore[arg-type]
        grid.addWidget(self.deadlines.parentWidget(), 2, 0)  # type: ignore[arg-type]
        grid.addWidget(self.recent.parentWidget(), 0, 1)  # type: ignore[arg-type]
        grid.addWidget(self.activity.parentWidget(), 1, 1, 2, 1)  # type: ignore[arg-type]
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        head = QGridLayout()
        head.addWidget(self.greeting, 0, 0)
        head.addWidget(self.search_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.start_box)
        layout.addLayout(grid, 1)
        #: The answer on screen: an equal newer one changes nothing (no refill, no repaint).
        self._shown: home_service.HomeView | None = None
        # Hidden, it reads again when shown (below), not on every change made elsewhere.
        subscribe(self, lambda _changes: self.reload() if self.isVisible() else None)

    def _start_here(self) -> QGroupBox:
        """The first steps, shown while the office has no organisation and no contact (field test 14:
        the first screen after the welcome was five empty panes)."""
        box = QGroupBox(self.tr("Start here"), self)
        box.setObjectName("home_start")
        text = QLabel(
            self.tr(
                "This office has no records yet. Add the organisations you work with, "
                "bring in your contacts from a file, or read the guide first."
            ),
            box,
        )
        text.setWordWrap(True)
        row = QHBoxLayout()
        for key, caption in (
            ("new_organisation", self.tr("New organisation…")),
            ("import_contacts", self.tr("Import contacts…")),
            ("guide", self.tr("Open the user guide")),
        ):
            button = QPushButton(caption, box)
            button.setObjectName(f"start_{key}")
            button.clicked.connect(lambda _checked=False, key=key: self.start_requested.emit(key))
            row.addWidget(button)
        row.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(text)
        inner.addLayout(row)
        box.hide()
        return box

    def _section(self, name: str, title: str) -> QListWidget:
        box = QGroupBox(title, self)
        box.setObjectName(f"home_{name}_box")
        entries = QListWidget(box)
        entries.setObjectName(f"home_{name}")
        entries.setWordWrap(True)
        entries.setUniformItemSizes(False)
        entries.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        entries.itemClicked.connect(self._chosen)
        entries.itemActivated.connect(self._chosen)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addWidget(entries)
        return entries

    def sections(self) -> dict[str, QListWidget]:
        return {
            "upcoming": self.upcoming,
            "follow_ups": self.follow_ups,
            "deadlines": self.deadlines,
            "recent": self.recent,
            "activity": self.activity,
        }

    # --- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask the database again, off the GUI thread; only the newest answer is shown."""
        self._generation += 1
        generation = self._generation
        today = dt.datetime.now(viewer_zone()).date()
        recent = list(self.recent_refs())

        def work() -> home_service.HomeView:
            with self.db.reading() as s:
                return home_service.home(s, today=today, recent=recent)

        run_in_background(work, on_success=lambda view: self._show(generation, view), owner=self)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        window = self.window()
        if first_paint_pending(window):
            # The window is opening: its figures read after the first paint, so they do not compete
            # with the shown page's first rows for the GIL (issue 17). Not at all if another page
            # was chosen meanwhile (the benchmark's window opened on Home, then showed Contacts).
            after_first_paint(window, lambda: self.reload() if isValid(self) and self.isVisible() else None)
        else:
            self.reload()

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._shown = None  # the entries' icons are tinted for the palette: fill them again
        super().changeEvent(event)

    def _show(self, generation: int, view: home_service.HomeView) -> None:
        if generation != self._generation:
            return
        if view == self._shown:  # the same answer (a show with nothing changed): keep the lists
            self.loaded.emit()
            return
        self._shown = view
        self.start_box.setVisible(view.empty_office)
        today = view.today
        day = format_date(today, self.ui_locale, "full")
        self.greeting.setText(self.tr("Today is %1").replace("%1", day))
        self._fill(
            self.upcoming, view.upcoming, self._upcoming_text, self.tr("Nothing in the next two weeks.")
        )
        self._fill(self.follow_ups, view.follow_ups, self._follow_up_text, self.tr("No follow-up is due."))
        self._fill(
            self.deadlines, view.deadlines, self._deadline_text, self.tr("No project deadline is near.")
        )
        self._fill(self.recent, view.recent, self._recent_text, self.tr("Records you open appear here."))
        self._fill(
            self.activity, view.activity, self._activity_text, self.tr("No calls, meetings or notes yet.")
        )
        for name, count in view.more.items():
            self._add_more_line(name, count)
        self.loaded.emit()

    def _fill(self, widget: QListWidget, entries: list[home_service.Entry], text: Any, empty: str) -> None:
        widget.clear()
        if not entries:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)
            return
        for entry in entries:
            item = QListWidgetItem(text(entry))
            item.setData(EntryRole, entry)
            item.setToolTip(item.text())
            if entry.urgent:
                item.setForeground(QBrush(tone(WARNING)))
                item.setIcon(icons.icon("alert-triangle", tone(WARNING)))
            else:
                item.setIcon(icons.icon(KIND_ICONS.get(entry.ref.kind, "file-text")))
            widget.addItem(item)

    def _add_more_line(self, section: str, count: int) -> None:
        page = ALL_LISTED_ON[section]
        if page == "calendar":
            text = self.tr("%Ln more — see all on the Calendar page", "", count)
        else:
            text = self.tr("%Ln more — see all on the Projects page", "", count)
        more = QListWidgetItem(text)
        more.setData(EntryRole, page)
        more.setIcon(icons.icon("calendar-event" if page == "calendar" else "briefcase"))
        self.sections()[section].addItem(more)

    # --- texts ---------------------------------------------------------------------------------
    def _when(self, day: dt.date | None, timed: tuple[dt.date, str, str] | None = None) -> str:
        """ "in 3 days (18 Mar 2027)"; a timed deadline with its moment here and the funder's
        ("18 Mar 2027 05:00 (17 Mar 17:00 New York)", ``deadline_time.describe``)."""
        if day is None:
            return ""
        relative = format_relative_date(day, self.ui_locale)
        if timed:  # its funder's time is in brackets already: "(… (17:00 Berlin))" was read twice (shots56)
            pattern = self.tr("%1: %2", "in 9 days: the deadline's moment here (the funder's time)")
            moment = deadline_time.describe(*timed, self.ui_locale)
            return pattern.replace("%1", relative).replace("%2", moment)
        return self.tr("%1 (%2)").replace("%1", relative).replace("%2", format_date(day, self.ui_locale))

    def _upcoming_text(self, entry: home_service.Entry) -> str:
        if entry.detail == "unconfirmed":
            pattern = self.tr("%1 — starts %2, not yet confirmed")
        elif entry.ref.kind == home_service.TRAINING:
            pattern = self.tr("%1 — training, starts %2")
        else:
            pattern = self.tr("%1 — visit, starts %2")
        return pattern.replace("%1", entry.title(self.lang)).replace("%2", self._when(entry.date))

    def _follow_up_text(self, entry: home_service.Entry) -> str:
        title, who = entry.title(self.lang), entry.context(self.lang)
        if entry.context_is_partner:  # nobody owns it: say whom it is for (field test 50, defect 8)
            title = self.tr("%1 — %2").replace("%1", title).replace("%2", who)
        pattern = self.tr("%1 — was due %2") if entry.urgent else self.tr("%1 — due %2")
        out = pattern.replace("%1", title).replace("%2", self._when(entry.date))
        return f"{out} · {who}" if who and not entry.context_is_partner else out

    def _deadline_text(self, entry: home_service.Entry) -> str:
        try:
            kind = label(MilestoneKind(entry.detail), self.ui_locale)
        except ValueError:
            kind = entry.detail
        pattern = self.tr("%1: %2 — was due %3") if entry.urgent else self.tr("%1: %2 — %3")
        out = (
            pattern.replace("%1", kind)
            .replace("%2", entry.title(self.lang))
            .replace("%3", self._when(entry.date, entry.timed))
        )
        project = entry.context(self.lang)
        return f"{out} · {project}" if project and project != entry.title(self.lang) else out

    def _recent_text(self, entry: home_service.Entry) -> str:
        return entry.title(self.lang)

    def _activity_text(self, entry: home_service.Entry) -> str:
        try:
            kind = label(ActivityKind(entry.detail), self.ui_locale)
        except ValueError:
            kind = entry.detail
        day = format_date(entry.date, self.ui_locale) if entry.date else ""
        out = (
            self.tr("%1 · %2: %3")
            .replace("%1", day)
            .replace("%2", kind)
            .replace("%3", entry.title(self.lang))
        )
        with_whom = entry.context(self.lang)
        return f"{out} — {with_whom}" if with_whom else out

    # --- opening -------------------------------------------------------------------------------
    def _chosen(self, item: QListWidgetItem) -> None:
        entry = item.data(EntryRole)
        if isinstance(entry, str):  # the line after a section cut short
            self.page_requested.emit(entry)
            return
        if not isinstance(entry, home_service.Entry):
            return
        # A click may be followed by an activation of the same line (double-click): open once.
        key, now = entry.ref.key(), time.monotonic()
        if self._last_open[0] == key and now - self._last_open[1] < 1.0:
            return
        self._last_open = (key, now)
        self.open_requested.emit(entry)

    def entry_texts(self, section: str) -> list[str]:
        widget = self.sections()[section]
        return [widget.item(r).text() for r in range(widget.count())]

    def item_for(self, section: str, title: str) -> QListWidgetItem | None:
        widget = self.sections()[section]
        for row in range(widget.count()):
            if title in widget.item(row).text():
                return widget.item(row)
        return None
