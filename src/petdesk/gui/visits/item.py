"""Dialog for one itinerary item: times typed as the place's wall clock, with the viewer's time shown."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from petdesk import i18n, labels
from petdesk.gui.a11y import label_for, labelled_row, named
from petdesk.gui.colours import ERROR, tint
from petdesk.gui.form_columns import align_label_columns
from petdesk.gui.mnemonic import name_buddies
from petdesk.gui.newer_value_note import note_row
from petdesk.gui.qt import (
    QBoxLayout,
    QComboBox,
    QDate,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QShowEvent,
    Qt,
    QTime,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH, resize_within_screen, screen_room, scrolled
from petdesk.gui.tab_order import follow_layouts
from petdesk.gui.viewer_zone import viewer_zone
from petdesk.gui.visits.repeated_hour import ask_fold
from petdesk.gui.visits.widgets import (
    IdRole,
    ProblemRows,
    ZoneBox,
    display_format,
    fill_enum_combo,
    select_data,
)
from petdesk.messages import plain_error
from petdesk.models.enums import ItineraryKind, ParticipantRole
from petdesk.services.logistics import check_host_and_interpreter, swap_protocol_attendees
from petdesk.services.visits import ScheduleError, place_time, repeated_offsets, slot_problems, zone

if TYPE_CHECKING:
    from petdesk.services.visit_form import ItemView


def _qdt(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _naive(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ItemDialog(QDialog):
    """Add or edit an item. ``values()`` gives the keyword arguments of ``services.visits.add_item``."""

    def __init__(
        self,
        *,
        locale: str,
        timezone: str,
        day: dt.date,
        people: list[tuple[str, str]],
        item: ItemView | None = None,
        organisations: list[tuple[str, str]] | None = None,
        db: Any = None,
        roles: dict[str, ParticipantRole] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui_locale = locale
        #: The people's roles in the visit: who was ticked only as the interpreter (defect 1).
        self.roles = dict(roles or {})
        self.db = db
        self.setWindowTitle(self.tr("Itinerary item") if item is None else self.tr("Edit itinerary item"))
        self.kind = QComboBox(self)
        fill_enum_combo(self.kind, ItineraryKind, locale)
        self.title_en = QLineEdit(self)
        self.title_zh = QLineEdit(self)
        self.start = QDateTimeEdit(self)
        self.end = QDateTimeEdit(self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat(display_format(with_time=True))
            edit.setCalendarPopup(True)
        self.zone = ZoneBox(self, timezone)
        #: Which of a repeated 02:30 each time is (0 summer, 1 standard time), for the wall-clock
        #: time it was chosen for: asked on OK, kept from the item when it is shown.
        self._folds: dict[str, tuple[dt.datetime, int]] = {}
        self.viewer_time = QLabel(self)
        self.viewer_time.setObjectName("viewer_time")
        # a longer zone chosen later wraps the line; it gave the fields a sideways scroll bar
        self.viewer_time.setWordWrap(True)
        self.place_en, self.place_zh = QLineEdit(self), QLineEdit(self)
        self.address_en, self.address_zh = QLineEdit(self), QLineEdit(self)
        self.city_en, self.city_zh = QLineEdit(self), QLineEdit(self)
        for city in (self.city_en, self.city_zh):
            city.textEdited.connect(self._city_typed)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(60)
        # protocol of the item (issue 14): who hosts or chairs, who interprets, what to wear
        self.host = QComboBox(self)
        self.host.setObjectName("item_host")
        self.interpreter = QComboBox(self)
        self.interpreter.setObjectName("item_interpreter")
        for box in (self.host, self.interpreter):
            box.addItem(self.tr("(nobody named)"), None)
            for cid, name in people:
                box.addItem(name, cid)
        self.dress_code = QComboBox(self)
        self.dress_code.setObjectName("item_dress_code")
        self.dress_code.setEditable(True)
        # The presets in the window's language; the service stores a chosen one in English, so
        # that the dossier prints each column in its own language (field defect 8).
        self.dress_code.addItem("")
        for code in labels.DRESS_CODES:
            self.dress_code.addItem(labels.code_label(labels.DRESS_CODES, code, locale), code)
        self.seating_note = QLineEdit(self)
        self.seating_note.setObjectName("item_seating_note")
        self.attendees = QListWidget(self)
        self.attendees.setMaximumHeight(110)
        for cid, name in people:
            entry = QListWidgetItem(name)
            entry.setData(IdRole, cid)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.attendees.addItem(entry)

        self.organisations = QListWidget(self)
        self.organisations.setObjectName("item_organisations")
        self.organisations.setMaximumHeight(70)
        for oid, name in organisations or []:
            self.add_organisation(oid, name)
        add_org = QPushButton(self.tr("Link organisation…"), self)
        add_org.clicked.connect(self._pick_organisation)
        add_org.setEnabled(db is not None)
        remove_org = QPushButton(self.tr("Unlink"), self)
        remove_org.clicked.connect(
            lambda: (
                self.organisations.takeItem(self.organisations.currentRow())
                if self.organisations.currentRow() >= 0
                else None
            )
        )
        org_buttons = QHBoxLayout()
        org_buttons.addWidget(add_org)
        org_buttons.addWidget(remove_org)
        org_buttons.addStretch(1)

        if item is None:
            start = dt.datetime.combine(day, dt.time(9, 0))
            self.start.setDateTime(_qdt(start))
            self.end.setDateTime(_qdt(start + dt.timedelta(hours=1)))
        else:
            select_data(self.kind, item.kind.value)
            self.title_en.setText(item.title_en)
            self.title_zh.setText(item.title_zh)
            self.zone.set_zone(item.timezone)
            self.start.setDateTime(_qdt(item.local_start()))
            self.end.setDateTime(_qdt(item.local_end()))
            for field, local in (("start", item.local_start()), ("end", item.local_end())):
                self._folds[field] = (local.replace(tzinfo=None, fold=0), local.fold)
            for name in ("place_en", "place_zh", "address_en", "address_zh", "city_en", "city_zh"):
                getattr(self, name).setText(getattr(item, name))
            self.notes.setPlainText(item.notes)
            select_data(self.host, item.host_contact_id)
            select_data(self.interpreter, item.interpreter_contact_id)
            self.dress_code.setEditText(labels.dress_code_label(item.dress_code, self.ui_locale))
            self.seating_note.setText(item.seating_note)
            chosen = set(item.attendee_ids)
            for row in range(self.attendees.count()):
                entry = self.attendees.item(row)
                if entry.data(IdRole) in chosen:
                    entry.setCheckState(Qt.CheckState.Checked)

        form = QFormLayout()
        #: Why the item would be refused, under the field to fix (others in ``error``).
        self.problems = ProblemRows(form, locale)
        form.addRow(self.tr("&Kind"), self.kind)
        self.kind_note = note_row(form, self.kind)
        self.kind_note.show_stored(item.stored_kind if item is not None else None)
        form.addRow(self.tr("Title (&English)"), self.title_en)
        form.addRow(self.tr("Title (C&hinese)"), self.title_zh)
        self.problems.add("title", self.title_en)
        form.addRow(self.tr("&Starts (place's time)"), self.start)
        self.problems.add("start", self.start)
        form.addRow(self.tr("E&nds (place's time)"), self.end)
        self.problems.add("end", self.end)
        form.addRow(self.tr("Time &zone of the place"), self.zone)
        self.problems.add("timezone", self.zone)
        form.addRow(self.tr("Your time"), self.viewer_time)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("English")), 0, 1)
        grid.addWidget(QLabel(self.tr("Chinese")), 0, 2)
        # The row label is the English field's buddy; each field also says its language, else a
        # screen reader read both as nothing (field test 95)
        for row, (label, a, b, a_name, b_name) in enumerate(
            (
                (self.tr("&Place"), self.place_en, self.place_zh, self.tr("Place (English)"),
                 self.tr("Place (Chinese)")),
                (self.tr("&Address"), self.address_en, self.address_zh, self.tr("Address (English)"),
                 self.tr("Address (Chinese)")),
                (self.tr("&City"), self.city_en, self.city_zh, self.tr("City (English)"),
                 self.tr("City (Chinese)")),
            ),
            start=1,
        ):  # fmt: skip
            grid.addWidget(label_for(label, named(a, a_name)), row, 0)
            grid.addWidget(a, row, 1)
            grid.addWidget(named(b, b_name), row, 2)
        form.addRow(grid)
        # What happens there and who comes: a second column beside the first where the screen is
        # too short for one (see _arrange).
        who = QFormLayout()
        who.addRow(self.tr("N&otes"), self.notes)
        protocol = QGridLayout()
        # labels as buddies: Orca read the dress code and seating fields as nothing (field test 95)
        protocol.addWidget(label_for(self.tr("Host o&r chair"), self.host), 0, 0)
        protocol.addWidget(self.host, 0, 1)
        protocol.addWidget(label_for(self.tr("&Interpreter"), self.interpreter), 0, 2)
        protocol.addWidget(self.interpreter, 0, 3)
        protocol.addWidget(label_for(self.tr("&Dress code"), self.dress_code), 1, 0)
        protocol.addWidget(self.dress_code, 1, 1)
        protocol.addWidget(label_for(self.tr("Seatin&g"), self.seating_note), 1, 2)
        protocol.addWidget(self.seating_note, 1, 3)
        who.addRow(protocol)
        # A short label and a hint under the list: the long label widened the label column (F7).
        attendees_hint = QLabel(self.tr("None ticked: the whole delegation attends."), self)
        attendees_hint.setObjectName("attendees_hint")
        attendees_hint.setWordWrap(True)
        attendees_hint.setStyleSheet("color: palette(placeholder-text)")
        attendees_box = QVBoxLayout()
        attendees_box.setContentsMargins(0, 0, 0, 0)
        attendees_box.addWidget(self.attendees)
        attendees_box.addWidget(attendees_hint)
        labelled_row(who, self.tr("A&ttendees"), attendees_box, buddy=self.attendees)
        who.addRow(self.tr("Organisations &met"), self.organisations)
        who.addRow("", org_buttons)
        columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        columns.addLayout(form)
        columns.addLayout(who)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        tint(self.error, ERROR)
        self.error.setWordWrap(True)
        # The fields scroll and the buttons stay: the dialog was 694 px high, OK and Cancel below
        # a 1024×640 screen's edge (field test F7).
        fields = QWidget(self)
        fields.setLayout(columns)
        area = scrolled(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for button in (add_org, remove_org):
            button.setAutoDefault(False)  # Return in a field is OK, not Link organisation… (F5)
        follow_layouts(self)  # Tab leaves the notes for OK (it typed tab characters into them)
        name_buddies(self)  # each field read by its label without the Alt letter (round 62 audit)
        self.start.dateTimeChanged.connect(self._start_moved)
        self.start.dateTimeChanged.connect(self._update_viewer_time)
        self.end.dateTimeChanged.connect(self._update_viewer_time)
        # after _start_moved, which moves the end without its signal
        for edit in (self.start, self.end):
            edit.dateTimeChanged.connect(lambda _v: self._zone_days())
        self._zone_days()
        self.zone.currentTextChanged.connect(self._update_viewer_time)
        self._duration = _naive(self.end.dateTime()) - _naive(self.start.dateTime())
        self.end.dateTimeChanged.connect(self._remember_duration)
        self._update_viewer_time()
        self._protocol_shown = (self.host.currentData(), self.interpreter.currentData())
        #: What the dialog showed when it opened: OK on it unchanged holds no change (field test 40).
        self._shown = self.values()
        for box in (self.host, self.interpreter):
            box.currentIndexChanged.connect(lambda _i: self._protocol_changed())
        # As big as the fields want where the screen has room (a scroll area alone asks for less),
        # sized last, every text written: sized before "Your time", the dialog was narrower than
        # its line (round 51).
        self._arrange(columns, (form, who), fields, area)
        self._fields = (area, fields)
        room = self.sizeHint() - area.sizeHint() + fields.sizeHint()
        scrollbar = area.verticalScrollBar().sizeHint().width()
        resize_within_screen(self, room.width() + scrollbar, room.height())

    def showEvent(self, event: QShowEvent) -> None:
        """Taller by what the fields came to want once shown, where the screen has room: polished,
        the Chinese fields were a pixel taller than measured above, and a 1400×900 screen showed a
        scroll bar for that pixel (shots54)."""
        area, fields = self._fields
        wanted = (self.sizeHint() - area.sizeHint() + fields.sizeHint()).height()
        if not event.spontaneous() and wanted > self.height():
            resize_within_screen(self, self.width(), wanted)
        super().showEvent(event)

    def _arrange(
        self, columns: QBoxLayout, forms: tuple[QFormLayout, QFormLayout], fields: QWidget, area: QScrollArea
    ) -> None:
        """The fields in one column, their labels aligned, where the screen is tall enough for it;
        else the people's part beside the rest, where its width allows: at 125 % on a 1366×768
        screen (1093×614) the dialog was 574 px high for 680 px of fields, and Link organisation…
        was reached only by scrolling (field test 83)."""
        screen = screen_room(self)
        tall = (self.sizeHint() - area.sizeHint() + fields.sizeHint()).height()
        if screen is not None and tall > screen.height() - FRAME_HEIGHT:
            columns.setDirection(QBoxLayout.Direction.LeftToRight)
            columns.setSpacing(2 * columns.spacing())  # the columns told apart
            columns.activate()  # (measured as now arranged)
            wide = (self.sizeHint() - area.sizeHint() + fields.sizeHint()).width()
            if wide <= screen.width() - FRAME_WIDTH:
                return
            columns.setDirection(QBoxLayout.Direction.TopToBottom)  # too narrow too: it scrolls
            columns.setSpacing(-1)
        align_label_columns(*forms)

    def ticked(self) -> list[str]:
        return [
            str(self.attendees.item(r).data(IdRole))
            for r in range(self.attendees.count())
            if self.attendees.item(r).checkState() == Qt.CheckState.Checked
        ]

    def _protocol_changed(self) -> None:
        """A new interpreter (or host) takes the old one's tick among the attendees, by the
        service's rule, so the list shows what the briefing will print."""
        old_host, old_interpreter = self._protocol_shown
        host, interpreter = self.host.currentData(), self.interpreter.currentData()
        self._protocol_shown = (host, interpreter)
        wanted = set(
            swap_protocol_attendees(
                self.ticked(), self.roles, host=(old_host, host), interpreter=(old_interpreter, interpreter)
            )
        )
        for row in range(self.attendees.count()):
            entry = self.attendees.item(row)
            checked = entry.data(IdRole) in wanted
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def add_organisation(self, organisation_id: str, name: str) -> None:
        for row in range(self.organisations.count()):
            if self.organisations.item(row).data(IdRole) == organisation_id:
                return
        entry = QListWidgetItem(name)
        entry.setData(IdRole, organisation_id)
        self.organisations.addItem(entry)

    def _pick_organisation(self) -> None:
        from petdesk.gui.visits.widgets import PickDialog
        from petdesk.services.visits import find_organisations

        dialog = PickDialog(
            self.db,
            find_organisations,
            self.tr("Link an organisation to this item"),
            purpose=self.tr("An organisation met at this item; the dossier lists it with the item."),
            locale=self.ui_locale,
            parent=self,
        )
        if dialog.exec() and dialog.picked:
            self.add_organisation(*dialog.picked)

    def _zone_days(self) -> None:
        """The offsets at the item's times (a meeting in July: summer time), not today's; at the
        time itself, not its day: 02:30 on the night the clocks go back (field test 40)."""
        self.zone.set_days(self._wall("start"), self._wall("end"))

    def _city_typed(self) -> None:
        """The item's zone follows the city typed while no zone was chosen by hand: Zibo's is
        Beijing time, not the visit's or this computer's (import49)."""
        from petdesk.services import venue_zone

        if zone := venue_zone.typed_city_zone(self.city_en.text(), self.city_zh.text()):
            self.zone.suggest(zone)

    def _wall(self, field: str) -> dt.datetime:
        """The start's or end's wall-clock time, its ``fold`` the earlier or later 02:30 chosen."""
        value = _naive(getattr(self, field).dateTime())
        chosen = self._folds.get(field)
        return value.replace(fold=chosen[1]) if chosen and chosen[0] == value else value

    def _chosen_fold(self, field: str) -> int | None:
        chosen = self._folds.get(field)
        return chosen[1] if chosen and chosen[0] == _naive(getattr(self, field).dateTime()) else None

    def _ask_folds(self) -> bool:
        """Ask which time is meant for a start or end in the repeated hour, unless known; False
        when the user cancels the question (the dialog stays open)."""
        for field in ("start", "end"):
            value = _naive(getattr(self, field).dateTime())
            if self._chosen_fold(field) is not None or not self._repeated(value):
                continue
            fold = ask_fold(self, value, self.zone.zone(), self.ui_locale)
            if fold is None:
                return False
            self._folds[field] = (value, fold)
            self._zone_days()
            self._update_viewer_time()
        return True

    def _repeated(self, value: dt.datetime) -> bool:
        try:
            return repeated_offsets(value, self.zone.zone()) is not None
        except ScheduleError:
            return False  # an unknown zone: said under the zone box

    def _remember_duration(self) -> None:
        self._duration = _naive(self.end.dateTime()) - _naive(self.start.dateTime())

    def _start_moved(self) -> None:
        # Moving the start keeps the length, as a calendar does.
        if self._duration > dt.timedelta(0):
            self.end.blockSignals(True)
            self.end.setDateTime(_qdt(_naive(self.start.dateTime()) + self._duration))
            self.end.blockSignals(False)

    def _update_viewer_time(self) -> None:
        viewer = viewer_zone()
        try:
            tz = zone(self.zone.zone())
        except ScheduleError as exc:
            # "unknown time zone …" in the window's language, as the error line below says it (errors53b)
            self.viewer_time.setText(plain_error(exc, self.ui_locale))
            return
        start = self._wall("start").replace(tzinfo=tz).astimezone(viewer)
        end = self._wall("end").replace(tzinfo=tz).astimezone(viewer)
        # the zone as the zone box names it, "上海，中国（UTC+08:00）", not "(Asia/Shanghai)" (field test 40)
        where = labels.zone_label(getattr(viewer, "key", "UTC"), self.ui_locale, start)
        # a moment (no end: leftovers51) reads "01:00", as the itinerary shows it, not "01:00 – 01:00"
        until = "" if end == start else f" – {i18n.format_time(end, self.ui_locale)}"
        text = (
            f"{i18n.format_date(start.date(), self.ui_locale)} {i18n.format_time(start, self.ui_locale)}"
            f"{until} {where}"
        )
        real = end.astimezone(dt.UTC) - start.astimezone(dt.UTC)  # same tzinfo: Python subtracts wall clocks
        if dt.timedelta(0) < real != self._wall("end") - self._wall("start"):
            # typed 02:30–03:30 on the night the clocks go back: the length is not what it looks
            hours, minutes = divmod(int(real.total_seconds() // 60), 60)
            text += " " + self.tr("— lasts %1:%2, the clocks change").replace("%1", str(hours)).replace(
                "%2", f"{minutes:02d}"
            )
        self.viewer_time.setText(text)

    def _accept(self) -> None:
        """Close only on an item the services would store, by their own checks: a refusal
        after closing lost what was typed (field test 13, defect 3)."""
        if not self._ask_folds():
            return
        values = self.values()
        problems = slot_problems(
            "itinerary item",
            title_en=values["title_en"],
            title_zh=values["title_zh"],
            start=values["start"],
            end=values["end"],
            timezone=values["timezone"],
        )
        self.problems.show(problems)
        self.error.clear()
        try:
            check_host_and_interpreter(self.host.currentData(), self.interpreter.currentData())
        except ScheduleError as exc:
            self.error.setText(plain_error(exc, self.ui_locale))
            self.host.setFocus()
            return
        if not problems:
            self.accept()

    def changed(self) -> bool:
        """Whether anything differs from what the dialog showed when it opened."""
        return self.values() != self._shown

    def show_refusal(self, exc: BaseException | None) -> None:
        """Why the change was refused after the dialog closed, for its next showing."""
        self.error.setText(plain_error(exc, self.ui_locale) if exc is not None else "")

    def protocol(self) -> dict[str, Any]:
        """Keyword arguments of ``services.logistics.set_item_protocol``."""
        return {
            "host_contact_id": self.host.currentData(),
            "interpreter_contact_id": self.interpreter.currentData(),
            "dress_code": self.dress_code.currentText(),
            "seating_note": self.seating_note.text(),
        }

    def values(self) -> dict[str, Any]:
        attendees = self.ticked()
        return {
            "kind": self.kind.currentData(),
            "title_en": self.title_en.text(),
            "title_zh": self.title_zh.text(),
            "start": place_time(_naive(self.start.dateTime()), self.zone.zone(), self._chosen_fold("start")),
            "end": place_time(_naive(self.end.dateTime()), self.zone.zone(), self._chosen_fold("end")),
            "timezone": self.zone.zone(),
            "place_en": self.place_en.text(),
            "place_zh": self.place_zh.text(),
            "address_en": self.address_en.text(),
            "address_zh": self.address_zh.text(),
            "city_en": self.city_en.text(),
            "city_zh": self.city_zh.text(),
            "notes": self.notes.toPlainText(),
            "attendee_ids": attendees,
            "protocol": self.protocol(),
            "organisation_ids": [
                str(self.organisations.item(r).data(IdRole)) for r in range(self.organisations.count())
            ],
        }
