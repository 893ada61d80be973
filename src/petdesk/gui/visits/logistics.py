"""The visit editor's "Logistics" tab: travel legs, hotels, vehicles, gifts and the emergency sheet.

Every change is a named step of :mod:`petdesk.services.visit_steps` (a ``services.logistics`` call
with plain arguments), held by the visit editor until its Save (and kept in its draft), or else run
in its own transaction; the tables show the service's plain view. A new leg is taken by the people
ticked in its traveller list (the delegation side unless the user chooses). Choosing a row puts its
record in the fields, where a "Save … changes" button edits it in place (field test 52: hotels were
deleted and added again, losing their rooming lists).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from petdesk import i18n, labels
from petdesk.db import Database
from petdesk.gui.a11y import label_for, named
from petdesk.gui.colours import ERROR, WARNING, tint
from petdesk.gui.column_fit import ColumnFitter, content_widths
from petdesk.gui.mnemonic import name_buddies
from petdesk.gui.operations import run_in_background, wait_for
from petdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QMessageBox,
    QPushButton,
    QSpinBox,
    Qt,
    QTableView,
    QTabWidget,
    QTime,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.tab_room import room_for_tab_labels
from petdesk.gui.visits.lodging_warnings import held_stays, same_nights_sentences
from petdesk.gui.visits.precedence import PrecedenceBox
from petdesk.gui.visits.repeated_hour import ask_fold
from petdesk.gui.visits.widgets import (
    IdRole,
    RowsModel,
    ZoneBox,
    date_edit,
    display_format,
    fit_columns,
    from_qdate,
    selected_id,
    table_view,
    to_qdate,
)
from petdesk.language import interface_language
from petdesk.messages import localize
from petdesk.services import logistics as ls
from petdesk.services import visit_steps
from petdesk.services import visits as visit_service
from petdesk.services.visits import ScheduleError, place_time


def _qdt(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _naive(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _dt_edit(parent: QWidget) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format(with_time=True))
    edit.setDateTime(_qdt(dt.datetime.combine(dt.date.today(), dt.time(9))))
    return edit


#: Starting widths of the Hotels sheet (Hotel, Address, Check-in, Check-out, Rooming) and of the
#: Gifts sheet (Given or received, Gift, Giver, Recipient), for the system's text size; the
#: hotel's and the gift's name take the room to spare, the dates are kept whole.
STAY_WIDTHS, STAY_NAME, STAY_DATES = (200, 220, 110, 110, 200), 0, (2, 3)
GIFT_WIDTHS, GIFT_NAME = (120, 220, 160, 160), 1


def sheet_fitter(
    view: QTableView, starting: Sequence[int], name: int, dates: Sequence[int] = ()
) -> ColumnFitter:
    """Columns from their titles and texts, as the itinerary's: empty, the Hotels and Gifts sheets
    cut their first titles ("Hot…") while the last column took the width (polish62)."""
    return ColumnFitter(
        view, starting, stretch=name, least={c: starting[c] for c in dates}, whole_titles=True
    )


def refit_sheet(fitter: ColumnFitter, starting: Sequence[int]) -> None:
    """After a fill: each column as wide as its longest text, at least its starting width."""
    fitter.wanted = [max(w, s) for w, s in zip(content_widths(fitter.table), starting, strict=True)]
    fitter.fit()


class LogisticsTab(QWidget):
    """Logistics of the visit whose id ``visit_id()`` gives (None while a new visit is unsaved)."""

    #: After every saved change (the editor's itinerary shows cars, hosts and interpreters too).
    changed = Signal()
    #: The tables were filled from a read (tests wait for it after showing the tab).
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        visit_id: Callable[[], str | None],
        parent: QWidget | None = None,
        *,
        hold: Callable[..., bool] | None = None,
        draft: Callable[[], AbstractContextManager[Any]] | None = None,
        say: Callable[[str], None] | None = None,
        locale: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LogisticsTab")
        #: The editor's language for the sentences it shares with its Save (the warnings); None:
        #: the interface language (``QLocale``), as for the tables.
        self.ui_locale = locale
        self.db = db
        self.visit_id = visit_id
        #: In the visit editor: changes are held until its Save (``hold(name, args, done, creates=,
        #: drops=)``, a ``visit_steps`` step) and the tables show its draft (``draft()``), like the
        #: other tabs.
        self.hold = hold
        self.draft = draft
        #: In the visit editor: its one message line, which its Save then replaces (field test 52,
        #: defect 9: the tab's own line still said "… (not saved yet)" after "Saved.", and the
        #: Chinese window showed every held change's sentence twice).
        self.say = say
        # One sub-tab per section: stacked in a scroll area inside the editor's tab (itself in
        # the editor's scroll area), the vehicles and gifts were reached only by scrolling that
        # nested area, at 1366×768 (field test 6, defect 19). Each section now fits its tab.
        self.sections = QTabWidget(self)
        room_for_tab_labels(self.sections)
        self.sections.setObjectName("logistics_sections")
        self.sections.setDocumentMode(True)
        for group in (
            self._legs_box(),
            self._stays_box(),
            self._cars_box(),
            self._gifts_box(),
            self._emergency_box(),
        ):
            self._add_section(group)
        # Held until the editor's Save like the rest of the tab (issue 10).
        self.precedence = PrecedenceBox(
            db,
            visit_id,
            self._report,
            self,
            hold=(lambda name, args, done: hold(name, args, done)) if hold is not None else None,
            draft=draft,
        )
        self._add_section(self.precedence, self.tr("Order of precedence"))
        self._rooms: dict[str, list[tuple[str, str]]] = {}
        #: The records the tables show, by id: choosing a row puts its values in the fields.
        self._legs: dict[str, ls.LegView] = {}
        self._stays: dict[str, ls.StayView] = {}
        self._cars: dict[str, ls.VehicleView] = {}
        self._gifts: dict[str, ls.GiftView] = {}
        self._sheet: dict[str, ls.EmergencyView] = {}
        #: True while the tab refills its tables: a row chosen again then leaves the fields alone.
        self._filling = False
        self._car_items: dict[str, tuple[str, ...]] = {}
        self._items: list[tuple[str, str]] = []
        #: The visit whose days the date fields were set to (once: then they are the user's).
        self._dated_for: str | None = None
        #: Counts the reads: an answer older than the newest read is not shown.
        self._generation = 0
        self.message = QLabel(self)
        self.message.setObjectName("logistics_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.message)
        self.message.setVisible(say is None)

    # --- building ----------------------------------------------------------------------------------
    def _add_section(self, group: QGroupBox, title: str = "") -> None:
        """``group`` as a sub-tab named by its title (which the tab then shows instead)."""
        self.sections.addTab(group, title or group.title())
        group.setTitle("")
        group.setFlat(True)

    def _button(self, text: str, slot: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _legs_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Travel"), self)
        self.legs_model = RowsModel(
            [
                self.tr("Mode"),
                self.tr("Number"),
                self.tr("From"),
                self.tr("Departs"),
                self.tr("To"),
                self.tr("Arrives"),
                self.tr("Travellers"),
            ],
            self,
        )
        self.legs_view = table_view(self, self.legs_model)
        self.legs_view.setObjectName("legs")
        named(self.legs_view, self.tr("Travel legs"))
        self.leg_mode = QComboBox(self)
        for value, text in (
            ("flight", self.tr("Flight")),
            ("train", self.tr("Train")),
            ("car", self.tr("Car")),
            ("other", self.tr("Other")),
        ):
            self.leg_mode.addItem(text, value)
        self.leg_number, self.leg_carrier = QLineEdit(self), QLineEdit(self)
        self.leg_from, self.leg_to = QLineEdit(self), QLineEdit(self)
        self.leg_departs, self.leg_arrives = _dt_edit(self), _dt_edit(self)
        self.leg_departs_zone, self.leg_arrives_zone = ZoneBox(self), ZoneBox(self)
        # both labelled "Zone": names that tell them apart when read aloud (review 62)
        named(self.leg_departs_zone, self.tr("Departure zone"))
        named(self.leg_arrives_zone, self.tr("Arrival zone"))
        # Each zone box shows the offsets on its end's day, not today's (field test 24: a flight
        # on 29 Mar 2027 read "Copenhagen (UTC+01:00)" in December, though it leaves at +02:00).
        for edit, box in (
            (self.leg_departs, self.leg_departs_zone),
            (self.leg_arrives, self.leg_arrives_zone),
        ):
            # at the time itself: 02:30 the night the clocks go back is first summer time
            edit.dateTimeChanged.connect(lambda value, box=box: box.set_days(_naive(value)))
            box.set_days(_naive(edit.dateTime()))
        grid = QGridLayout()
        # Alt letters (round 62 audit), none shared with another sheet's shown at once; the
        # columns above keep the words without them.
        row = (
            (
                self.tr("&Mode"),
                self.leg_mode,
                self.tr("&Number"),
                self.leg_number,
                self.tr("&Carrier"),
                self.leg_carrier,
            ),
            (
                self.tr("&From"),
                self.leg_from,
                self.tr("&Departs"),
                self.leg_departs,
                self.tr("&Zone", "the departure's time zone"),
                self.leg_departs_zone,
            ),
            (
                self.tr("&To"),
                self.leg_to,
                self.tr("&Arrives"),
                self.leg_arrives,
                self.tr("Z&one", "the arrival's time zone"),
                self.leg_arrives_zone,
            ),
        )
        for r, cells in enumerate(row):
            for c in range(0, len(cells), 2):
                text, field = str(cells[c]), cells[c + 1]
                assert isinstance(field, QWidget)
                grid.addWidget(label_for(text, field), r, c)
                grid.addWidget(field, r, c + 1)
        # who travels on the leg: the visit's people, ticked (field test 52, defect 2)
        self.leg_travellers = QListWidget(self)
        self.leg_travellers.setObjectName("leg_travellers")
        named(self.leg_travellers, self.tr("Travellers"))
        grid.addWidget(label_for(self.tr("T&ravellers"), self.leg_travellers), 0, 6)
        grid.addWidget(self.leg_travellers, 1, 6, 2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("Add travel leg"), self.add_leg, "add_leg"))
        buttons.addWidget(self._button(self.tr("Save leg changes"), self.update_leg, "update_leg"))
        buttons.addWidget(self._button(self.tr("Delete travel leg"), self._delete_leg, "delete_leg"))
        buttons.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addWidget(self.legs_view)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self._on_row_chosen(self.legs_view, self._show_leg)
        return group

    def _stays_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Hotels"), self)
        self.stays_model = RowsModel(
            [
                self.tr("Hotel"),
                self.tr("Address"),
                self.tr("Check-in"),
                self.tr("Check-out"),
                self.tr("Rooming"),
            ],
            self,
        )
        self.stays_view = table_view(self, self.stays_model)
        self.stays_fitter = sheet_fitter(self.stays_view, STAY_WIDTHS, STAY_NAME, STAY_DATES)
        #: A person with rooms at two hotels for the same nights, said from the held rows as soon
        #: as they clash, not only after Save (review 62); hidden when nothing clashes.
        self.stays_warning = named(QLabel(self), self.tr("Hotel warnings"))
        self.stays_warning.setObjectName("stays_warning")
        self.stays_warning.setWordWrap(True)
        self.stays_warning.setVisible(False)
        tint(self.stays_warning, WARNING)
        self.stay_hotel, self.stay_address, self.stay_phone = (
            QLineEdit(self),
            QLineEdit(self),
            QLineEdit(self),
        )
        self.stay_in, self.stay_out = date_edit(self), date_edit(self, dt.date.today() + dt.timedelta(days=1))
        form = QGridLayout()
        # Alt letters and labels naming their fields (review 62), none shared with the hotel's
        # buttons; the columns above keep the words without them.
        cells = (
            (
                (self.tr("&Hotel"), self.stay_hotel),
                (self.tr("&Address"), self.stay_address),
                (self.tr("&Phone"), self.stay_phone),
            ),
            ((self.tr("Check-&in"), self.stay_in), (self.tr("Check-&out"), self.stay_out)),
        )
        for r, line in enumerate(cells):
            for c, (text, field) in enumerate(line):
                form.addWidget(label_for(text, field), r, 2 * c)
                form.addWidget(field, r, 2 * c + 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("Add hotel"), self._add_stay, "add_stay"))
        buttons.addWidget(self._button(self.tr("Save hotel changes"), self.update_stay, "update_stay"))
        buttons.addWidget(self._button(self.tr("Delete hotel"), self.delete_stay, "delete_stay"))
        buttons.addStretch(1)
        # rooming: a person of the visit and a room number, for the hotel chosen above
        self.room_person, self.room_number = QComboBox(self), QLineEdit(self)
        self.room_person.setObjectName("room_person")
        buttons.addWidget(label_for(self.tr("P&erson"), self.room_person))
        buttons.addWidget(self.room_person)
        buttons.addWidget(label_for(self.tr("&Room"), self.room_number))
        buttons.addWidget(self.room_number)
        buttons.addWidget(self._button(self.tr("Assign room"), self._assign_room, "assign_room"))
        layout = QVBoxLayout(group)
        layout.addWidget(self.stays_view)
        layout.addWidget(self.stays_warning)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._on_row_chosen(self.stays_view, self._show_stay)
        return group

    def _cars_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Vehicles"), self)
        self.cars_model = RowsModel(
            [
                self.tr("Vehicle"),
                self.tr("Driver"),
                self.tr("Phone"),
                self.tr("Seats"),
                self.tr("Riders"),
                self.tr("Items served"),
            ],
            self,
        )
        self.cars_view = table_view(self, self.cars_model)
        self.car_vehicle, self.car_driver, self.car_phone = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        # passenger seats; 0 shows "not known" (field test 52, defect 7)
        self.car_seats = QSpinBox(self)
        self.car_seats.setObjectName("car_seats")
        self.car_seats.setRange(0, 99)
        self.car_seats.setSpecialValueText(self.tr("not known"))
        #: Said in plain words when more people ride than there are seats.
        self.cars_warning = QLabel(self)
        self.cars_warning.setObjectName("cars_warning")
        self.cars_warning.setWordWrap(True)
        tint(self.cars_warning, ERROR)
        #: Above the (empty) list when no car and no transfer is planned, as the dossier says it.
        self.cars_none = QLabel(self.tr("No transport planned yet."), self)
        self.cars_none.setObjectName("cars_none")
        self.cars_none.setVisible(False)
        form = QHBoxLayout()
        for text, edit in (
            (self.tr("&Vehicle"), self.car_vehicle),
            (self.tr("&Driver"), self.car_driver),
            (self.tr("&Phone"), self.car_phone),
            (self.tr("&Seats"), self.car_seats),
        ):
            form.addWidget(label_for(text, edit))
            form.addWidget(edit)
        buttons = QHBoxLayout()  # a row of their own: beside the fields they squeezed them at 1366 px
        buttons.addStretch(1)
        buttons.addWidget(self._button(self.tr("Add vehicle"), self._add_car, "add_car"))
        buttons.addWidget(self._button(self.tr("Save vehicle changes"), self.update_car, "update_car"))
        buttons.addWidget(self._button(self.tr("Delete vehicle"), self._delete_car, "delete_car"))
        buttons.addWidget(self._button(self.tr("Items served…"), self.choose_car_items, "car_items"))
        buttons.addWidget(self._button(self.tr("Serve every item"), self._car_serves_all, "car_serves_all"))
        buttons.addWidget(self._button(self.tr("Riders…"), self.choose_car_riders, "car_riders"))
        layout = QVBoxLayout(group)
        layout.addWidget(self.cars_none)
        layout.addWidget(self.cars_view)
        layout.addWidget(self.cars_warning)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._on_row_chosen(self.cars_view, self._show_car)
        return group

    def _gifts_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Gifts"), self)
        # Giver and recipient, as the dossier says: the legs' "From"/"To" read 出发地/目的地 (departure
        # place, destination) in Chinese (field test 77)
        self.gifts_model = RowsModel(
            [self.tr("Given or received"), self.tr("Gift"), self.tr("Giver"), self.tr("Recipient")], self
        )
        self.gifts_view = table_view(self, self.gifts_model)
        self.gifts_fitter = sheet_fitter(self.gifts_view, GIFT_WIDTHS, GIFT_NAME)
        self.gift_direction = QComboBox(self)
        self.gift_direction.addItem(self.tr("Given"), "given")
        self.gift_direction.addItem(self.tr("Received"), "received")
        self.gift_description, self.gift_giver, self.gift_recipient = (
            QLineEdit(self),
            QLineEdit(self),
            QLineEdit(self),
        )
        named(self.gift_direction, self.tr("Given or received"))  # no label beside it
        form = QHBoxLayout()
        form.addWidget(self.gift_direction)
        for text, edit in (  # Alt letters, the labels naming their fields (review 62)
            (self.tr("&Gift"), self.gift_description),
            (self.tr("Gi&ver"), self.gift_giver),
            (self.tr("&Recipient"), self.gift_recipient),
        ):
            form.addWidget(label_for(text, edit))
            form.addWidget(edit)
        form.addWidget(self._button(self.tr("Add gift"), self._add_gift, "add_gift"))
        form.addWidget(self._button(self.tr("Save gift changes"), self.update_gift, "update_gift"))
        form.addWidget(self._button(self.tr("Delete gift"), self._delete_gift, "delete_gift"))
        layout = QVBoxLayout(group)
        layout.addWidget(self.gifts_view)
        layout.addLayout(form)
        self._on_row_chosen(self.gifts_view, self._show_gift)
        return group

    def _emergency_box(self) -> QGroupBox:
        """One entry per city and its days (field test 52, defect 8: one Hangzhou hospital for a
        trip through three cities). With no row chosen, Save edits the first entry, as it edited
        the single sheet before."""
        group = QGroupBox(self.tr("Emergency sheet"), self)
        self.sheet_model = RowsModel(
            [self.tr("Place"), self.tr("Days"), self.tr("Nearest hospital"), self.tr("24-hour duty officer")],
            self,
        )
        self.sheet_view = table_view(self, self.sheet_model)
        self.sheet_view.setObjectName("emergency_entries")
        self.sheet_view.setMaximumHeight(110)
        self.sheet_place = QLineEdit(self)
        self.sheet_place.setObjectName("emergency_place")
        self.sheet_place.setPlaceholderText(self.tr("Whole visit"))
        #: Unticked: the entry holds for every day of the visit.
        self.sheet_dated = QCheckBox(self.tr("Only &from"), self)
        self.sheet_dated.setObjectName("emergency_dated")
        self.sheet_from, self.sheet_to = date_edit(self), date_edit(self)
        self.sheet_from.setObjectName("emergency_starts_on")
        self.sheet_to.setObjectName("emergency_ends_on")
        for edit in (self.sheet_from, self.sheet_to):
            edit.setEnabled(False)
            self.sheet_dated.toggled.connect(edit.setEnabled)
        self.emergency: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        grid.addWidget(label_for(self.tr("&Place"), self.sheet_place), 0, 0)
        grid.addWidget(self.sheet_place, 0, 1)
        days = QHBoxLayout()
        for widget in (self.sheet_dated, self.sheet_from, QLabel(self.tr("to"), self), self.sheet_to):
            days.addWidget(widget)
        days.addStretch(1)
        grid.addLayout(days, 0, 2, 1, 2)
        for n, (name, text) in enumerate(
            (
                ("duty_officer_name", self.tr("24-hour &duty officer")),
                ("duty_officer_phone", self.tr("Duty officer's p&hone")),
                ("embassy", self.tr("&Embassy or consulate")),
                ("emergency_numbers", self.tr("&Local emergency numbers")),
                ("hospital", self.tr("&Nearest hospital")),
            )
        ):
            line = QLineEdit(self)
            line.setObjectName(f"emergency_{name}")
            self.emergency[name] = line
            row, col = 1 + n // 2, (n % 2) * 2
            grid.addWidget(label_for(text, line), row, col)
            grid.addWidget(line, row, col + 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._button(self.tr("Add city"), self.add_sheet_entry, "add_emergency_entry"))
        buttons.addWidget(
            self._button(self.tr("Save emergency sheet"), self._save_emergency, "save_emergency")
        )
        buttons.addWidget(
            self._button(self.tr("Delete entry"), self.delete_sheet_entry, "delete_emergency_entry")
        )
        layout = QVBoxLayout(group)
        layout.addWidget(self.sheet_view)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self._on_row_chosen(self.sheet_view, self._show_sheet_entry)
        return group

    # --- data ------------------------------------------------------------------------------------
    def showEvent(self, event: object) -> None:
        self.reload(wait=False)  # the tab shows at once; its tables fill when the read arrives
        super().showEvent(event)  # type: ignore[arg-type]

    def _reading(self) -> AbstractContextManager[Any]:
        """The editor's draft (the visit with its held changes), or the saved visit."""
        return self.draft() if self.draft is not None else self.db.reading()

    def reload(self, *, wait: bool = True) -> None:
        """Read the tab's tables (and the order of precedence) off the GUI thread. With ``wait``
        the call returns once they are shown (after a change, whose result the caller reports),
        the event loop running meanwhile; without, they are filled when the read arrives."""
        vid = self.visit_id()
        self.setEnabled(vid is not None)
        if vid is None:
            self._report(self.tr("Save the visit first."))
            return
        loc = QLocale().name()
        lang, said_in = interface_language(loc), self.ui_locale or loc
        self._generation += 1
        generation = self._generation

        def read() -> _TabData:
            with self._reading() as s:
                itinerary = visit_service.itinerary(s, vid)
                visit = visit_service.get_visit(s, vid)
                view = ls.logistics(s, vid)
                held = held_stays(vid, view.stays)
                return _TabData(
                    view=view,
                    titles={
                        i.id: (i.title_zh or i.title_en) if lang == "zh" else (i.title_en or i.title_zh)
                        for i in itinerary
                    },
                    items=[
                        (i.id, f"{i.local_start():%Y-%m-%d %H:%M}  {i.title_en or i.title_zh}")
                        for i in itinerary
                    ],
                    people=[
                        (p.contact_id, p.contact.display_name(lang))
                        for p in visit.participants
                        if p.deleted_at is None
                    ],
                    precedence=ls.precedence_lists(s, vid),
                    travellers=tuple(ls.delegation_travellers(s, vid)),
                    visit_id=vid,
                    days=(visit.start_date, visit.end_date),
                    timezone=visit.timezone or "UTC",
                    # the hotels as held, against each other and other visits' saved hotels
                    same_nights=tuple(same_nights_sentences(s, [h.id for h in held], said_in, held)),
                )

        def arrived(data: _TabData) -> None:
            if generation == self._generation:  # a newer read makes this one moot
                self._fill(data)

        if wait:
            self.setEnabled(False)  # nothing else starts while the read runs
            try:
                arrived(wait_for(read))
            finally:
                self.setEnabled(True)
        else:
            run_in_background(read, on_success=arrived, owner=self)

    def _fill(self, data: _TabData) -> None:
        loc = QLocale().name()  # the interface language (set with the translators)
        lang = interface_language(loc)
        views = (self.legs_view, self.stays_view, self.cars_view, self.gifts_view, self.sheet_view)
        chosen = [selected_id(v) for v in views]  # before the refill forgets them
        self._filling = True  # rows chosen again below leave the fields as the user has them
        try:
            self._fill_tables(data, loc, lang)
            for table, record_id in zip(views, chosen, strict=True):
                self._choose_row(table, record_id)
        finally:
            self._filling = False
        if (entry_id := selected_id(self.sheet_view)) is None or entry_id not in self._sheet:
            self._show_sheet(data.view.emergency)  # the first entry, as the single sheet was
        for table in (self.legs_view, self.cars_view, self.sheet_view):
            fit_columns(table)
        for fitter, starting in ((self.stays_fitter, STAY_WIDTHS), (self.gifts_fitter, GIFT_WIDTHS)):
            refit_sheet(fitter, starting)
        if self._dated_for != data.visit_id:
            self._dated_for = data.visit_id
            self._date_fields(*data.days)
            self._zone_fields(data.timezone)
        self.precedence.show_lists(data.precedence)
        self.loaded.emit()

    def _fill_tables(self, data: _TabData, loc: str, lang: str) -> None:
        view, titles, people = data.view, data.titles, data.people

        def who(p: ls.Person) -> str:
            return p.name_zh if lang == "zh" and p.name_zh else p.name_en

        def when(value: dt.datetime, zone_name: str, where: str) -> str:
            return f"{i18n.format_datetime(value, loc)} {labels.leg_end_zone(where, zone_name, loc)}"

        self._fill_travellers(people, data.travellers)
        chosen = self.room_person.currentData()
        self.room_person.clear()
        for cid, name in people:
            self.room_person.addItem(name, cid)
        if chosen is not None and (index := self.room_person.findData(chosen)) >= 0:
            self.room_person.setCurrentIndex(index)
        self._rooms = {st.id: [(r.person.id, r.room) for r in st.rooms] for st in view.stays}
        self.legs_model.set_rows(
            [
                (
                    leg.id,
                    [
                        labels.code_label(labels.TRAVEL_MODES, leg.mode, loc),
                        " ".join(x for x in (leg.number, leg.carrier) if x),
                        leg.from_place,
                        when(leg.departs, leg.departs_timezone, leg.from_place),
                        leg.to_place,
                        when(leg.arrives, leg.arrives_timezone, leg.to_place),
                        labels.join_like([who(p) for p in leg.travellers], loc),
                    ],
                )
                for leg in view.legs
            ]
        )
        self.stays_model.set_rows(
            [
                (
                    st.id,
                    [
                        st.hotel,
                        st.address,
                        i18n.format_date(st.check_in, loc),
                        i18n.format_date(st.check_out, loc),
                        labels.join_like([f"{r.room} {who(r.person)}" for r in st.rooms], loc),
                    ],
                )
                for st in view.stays
            ]
        )
        self.cars_model.set_rows(
            [
                (
                    c.id,
                    [
                        c.vehicle,
                        c.driver_name,
                        c.driver_phone,
                        "" if c.seats is None else str(c.seats),
                        self._riders_text(c, who, loc),
                        labels.join_like([titles.get(i, "") for i in c.item_ids], loc),
                    ],
                )
                for c in view.vehicles
            ]
        )
        self.stays_warning.setText("\n".join(data.same_nights))
        self.stays_warning.setVisible(bool(data.same_nights))
        self.cars_warning.setText(
            "\n".join(self._over_capacity(c, titles) for c in view.vehicles if c.over_capacity)
        )
        self.cars_warning.setVisible(bool(self.cars_warning.text()))
        self.cars_none.setVisible(view.no_transport)
        self.gifts_model.set_rows(
            [
                (
                    g.id,
                    [
                        labels.code_label(labels.GIFT_DIRECTIONS, g.direction, loc),
                        g.description,
                        g.giver,
                        g.recipient,
                    ],
                )
                for g in view.gifts
            ]
        )
        self._car_items = {c.id: c.item_ids for c in view.vehicles}
        self._items = data.items
        self._legs = {leg.id: leg for leg in view.legs}
        self._stays = {st.id: st for st in view.stays}
        self._cars = {c.id: c for c in view.vehicles}
        self._gifts = {g.id: g for g in view.gifts}
        # a sheet still in the visit's own columns (from an office before 0047) has no id: ""
        self._sheet = {e.id or "": e for e in view.emergency_entries}
        self.sheet_model.set_rows(
            [
                (
                    e.id or "",
                    [
                        e.place or self.tr("Whole visit"),
                        self._sheet_days(e, loc),
                        e.hospital,
                        f"{e.duty_officer_name} {e.duty_officer_phone}".strip(),
                    ],
                )
                for e in view.emergency_entries
            ]
        )

    @staticmethod
    def _sheet_days(e: ls.EmergencyView, loc: str) -> str:
        return " – ".join(i18n.format_date(d, loc) for d in (e.starts_on, e.ends_on) if d is not None)

    def _riders_text(self, car: ls.VehicleView, who: Callable[[ls.Person], str], loc: str) -> str:
        """The riders when they are the same for every item; else how many ride at most."""
        lists = {tuple(p.id for p in people) for _item, people in car.riders if people}
        if len(lists) == 1:
            people = next(people for _item, people in car.riders if people)
            return labels.join_like([who(p) for p in people], loc)
        if not lists:
            return ""
        return self.tr("up to %Ln rider(s), by item", "", car.most_riders)

    def _over_capacity(self, car: ls.VehicleView, titles: dict[str, str]) -> str:
        riders = dict(car.riders)
        worst = max(car.over_capacity, key=lambda item: len(riders[item]))
        return (
            self.tr("Over capacity: %1 has %2 seats, but %3 people ride in it for “%4”.")
            .replace("%1", car.vehicle)
            .replace("%2", str(car.seats))
            .replace("%3", str(len(riders[worst])))
            .replace("%4", titles.get(worst, ""))
        )

    def _fill_travellers(self, people: list[tuple[str, str]], default: tuple[str, ...]) -> None:
        """The visit's people, ticked as the user left them; someone new to the list is ticked
        when they belong to the delegation side."""
        ticked = {cid: self._is_ticked(row) for row, cid in enumerate(self._traveller_ids())}
        self.leg_travellers.clear()
        for cid, name in people:
            entry = QListWidgetItem(name)
            entry.setData(IdRole, cid)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = ticked.get(cid, cid in default)
            entry.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.leg_travellers.addItem(entry)

    def _traveller_ids(self) -> list[str]:
        return [str(self.leg_travellers.item(r).data(IdRole)) for r in range(self.leg_travellers.count())]

    def _is_ticked(self, row: int) -> bool:
        return self.leg_travellers.item(row).checkState() == Qt.CheckState.Checked

    def ticked_travellers(self) -> list[str]:
        """The people ticked in the leg's traveller list."""
        return [cid for row, cid in enumerate(self._traveller_ids()) if self._is_ticked(row)]

    def set_travellers_ticked(self, contact_ids: set[str]) -> None:
        for row, cid in enumerate(self._traveller_ids()):
            state = Qt.CheckState.Checked if cid in contact_ids else Qt.CheckState.Unchecked
            self.leg_travellers.item(row).setCheckState(state)

    # --- choosing a row: its values in the fields ------------------------------------------------
    def _on_row_chosen(self, table: Any, show: Callable[[str], None]) -> None:
        def chosen(*_args: object) -> None:
            if not self._filling and (record_id := selected_id(table)) is not None:
                show(record_id)

        table.selectionModel().currentRowChanged.connect(chosen)

    @staticmethod
    def _choose_row(table: Any, record_id: str | None) -> None:
        """Select the row of ``record_id`` again after the table was refilled (field test 52,
        defect 6: each "Assign room" lost the hotel, so every person needed it clicked again)."""
        model = table.model()
        if record_id is not None and record_id in (ids := model.ids()):
            table.selectRow(ids.index(record_id))

    def _show_leg(self, leg_id: str) -> None:
        if (leg := self._legs.get(leg_id)) is None:
            return
        self.leg_mode.setCurrentIndex(max(0, self.leg_mode.findData(leg.mode)))
        for edit, text in (
            (self.leg_number, leg.number),
            (self.leg_carrier, leg.carrier),
            (self.leg_from, leg.from_place),
            (self.leg_to, leg.to_place),
        ):
            edit.setText(text)
        # the zone first: the time is the wall-clock time at that end
        self.leg_departs_zone.set_zone(leg.departs_timezone)
        self.leg_arrives_zone.set_zone(leg.arrives_timezone)
        self.leg_departs.setDateTime(_qdt(leg.departs.replace(tzinfo=None)))
        self.leg_arrives.setDateTime(_qdt(leg.arrives.replace(tzinfo=None)))
        self.set_travellers_ticked({p.id for p in leg.travellers})

    def _show_stay(self, stay_id: str) -> None:
        if (stay := self._stays.get(stay_id)) is None:
            return
        self.stay_hotel.setText(stay.hotel)
        self.stay_address.setText(stay.address)
        self.stay_phone.setText(stay.phone)
        self.stay_in.setDate(to_qdate(stay.check_in))
        self.stay_out.setDate(to_qdate(stay.check_out))

    def _show_car(self, car_id: str) -> None:
        if (car := self._cars.get(car_id)) is None:
            return
        self.car_vehicle.setText(car.vehicle)
        self.car_driver.setText(car.driver_name)
        self.car_phone.setText(car.driver_phone)
        self.car_seats.setValue(car.seats or 0)

    def _show_sheet_entry(self, entry_id: str) -> None:
        if (entry := self._sheet.get(entry_id)) is not None:
            self._show_sheet(entry)

    def _show_sheet(self, e: ls.EmergencyView) -> None:
        for name, edit in self.emergency.items():
            edit.setText(getattr(e, name))
        self.sheet_place.setText(e.place)
        self.sheet_dated.setChecked(e.starts_on is not None)
        if e.starts_on is not None:
            self.sheet_from.setDate(to_qdate(e.starts_on))
            self.sheet_to.setDate(to_qdate(e.ends_on or e.starts_on))

    def _show_gift(self, gift_id: str) -> None:
        if (gift := self._gifts.get(gift_id)) is None:
            return
        self.gift_direction.setCurrentIndex(max(0, self.gift_direction.findData(gift.direction)))
        self.gift_description.setText(gift.description)
        self.gift_giver.setText(gift.giver)
        self.gift_recipient.setText(gift.recipient)

    def _date_fields(self, first: dt.date, last: dt.date) -> None:
        """New legs and hotels start on the visit's days, not today (field defect 19): a visit is
        mostly planned weeks ahead, and a leg dated today was refused or saved on the wrong day."""
        self.leg_departs.setDateTime(_qdt(dt.datetime.combine(first, dt.time(9))))
        self.leg_arrives.setDateTime(_qdt(dt.datetime.combine(first, dt.time(11))))
        self.stay_in.setDate(to_qdate(first))
        self.stay_out.setDate(to_qdate(max(last, first + dt.timedelta(days=1))))

    def _zone_fields(self, zone: str) -> None:
        """A new leg starts in the visit's zone, not UTC (field test 21, §8): most legs of a visit
        arrive or leave where it takes place. A suggestion, not a choice the user made."""
        for box in (self.leg_departs_zone, self.leg_arrives_zone):
            box.set_zone(zone, chosen=False)

    def _report(self, text: str) -> None:
        """Say ``text`` where this tab's messages go: the editor's line, or the tab's own."""
        if self.say is not None:
            self.say(text)
        else:
            self.message.setText(text)

    def _change(
        self,
        name: str,
        done: str,
        *args: Any,
        creates: bool = False,
        drops: str | None = None,
        **values: Any,
    ) -> bool:
        """One service change, the step ``logistics_<name>`` of ``visit_steps`` (the service
        function ``name`` with ``args`` and ``values``, plain values bound at the click): held by
        the visit editor until its Save, so that its draft can keep it (``creates``: the change
        adds a record; ``drops``: it deletes this record, and deleting one added since the last
        Save forgets the addition), or else in its own transaction. A refused change shows its
        sentence."""
        # None: no visit yet (the tab is disabled then) or no row chosen
        if self.visit_id() is None or None in args:
            return False
        step, arguments = f"logistics_{name}", {"args": list(args), **values}
        if self.hold is not None:
            # the editor says the result, "… (not saved yet)" or the refusal, on its own line
            if not self.hold(step, arguments, done, creates=creates, drops=drops):
                return False
            self.reload()
            return True

        def write() -> None:
            with self.db.transaction() as s:
                visit_steps.run(s, step, arguments)

        try:
            wait_for(write)
        except ScheduleError as exc:
            self._report(localize(str(exc), QLocale().name()))
            return False
        self.reload()
        self._report(done)
        self.changed.emit()
        return True

    def _leg_fields(self) -> dict[str, Any] | None:
        """The leg as the fields hold it now, or None when the user cancels the question of which
        of a repeated hour's times is meant."""
        # Every button binds the fields' values now, at the click: the editor replays a held
        # change for every check and for the Save, when the fields may already hold the next
        # record or nothing at all (field defect 1: a second car overwrote the first).
        fields: dict[str, Any] = {}
        for end, edit, box in (
            ("departs", self.leg_departs, self.leg_departs_zone),
            ("arrives", self.leg_arrives, self.leg_arrives_zone),
        ):
            # a time in the hour the clocks go back: which one is asked, not guessed (field test 40)
            wall, zone_name = _naive(edit.dateTime()), box.zone()
            fold = ask_fold(self, wall, zone_name, QLocale().name())
            if fold is None:
                return None
            fields[end] = place_time(wall, zone_name, fold)
            fields[f"{end}_timezone"] = zone_name
        return fields | {
            "mode": self.leg_mode.currentData(),
            "number": self.leg_number.text(),
            "carrier": self.leg_carrier.text(),
            "from_place": self.leg_from.text(),
            "to_place": self.leg_to.text(),
            "traveller_ids": self.ticked_travellers(),
        }

    def add_leg(self) -> bool:
        if (fields := self._leg_fields()) is None:
            return False
        return self._change(
            "add_travel_leg", self.tr("Travel leg added."), self.visit_id(), creates=True, **fields
        )

    def update_leg(self) -> bool:
        """The chosen leg takes the fields' times, numbers and travellers."""
        if (leg_id := selected_id(self.legs_view)) is None:
            self._report(self.tr("Choose a travel leg in the table first."))
            return False
        if (fields := self._leg_fields()) is None:
            return False
        return self._change("update_travel_leg", self.tr("Travel leg changed."), leg_id, **fields)

    def _delete_leg(self) -> None:
        if (leg_id := selected_id(self.legs_view)) is not None:
            self._change("delete_travel_leg", self.tr("Travel leg deleted."), leg_id, drops=leg_id)

    def _add_stay(self) -> None:
        self._change(
            "add_accommodation",
            self.tr("Hotel added."),
            self.visit_id(),
            creates=True,
            hotel=self.stay_hotel.text(),
            address=self.stay_address.text(),
            phone=self.stay_phone.text(),
            check_in=from_qdate(self.stay_in.date()),
            check_out=from_qdate(self.stay_out.date()),
        )

    def update_stay(self) -> bool:
        """The chosen hotel takes the fields' name, address and dates; its rooming list stays."""
        if (stay_id := selected_id(self.stays_view)) is None:
            self._report(self.tr("Choose a hotel in the table first."))
            return False
        fields: dict[str, Any] = {
            "hotel": self.stay_hotel.text(),
            "address": self.stay_address.text(),
            "phone": self.stay_phone.text(),
            "check_in": from_qdate(self.stay_in.date()),
            "check_out": from_qdate(self.stay_out.date()),
        }
        return self._change("update_accommodation", self.tr("Hotel changed."), stay_id, **fields)

    def delete_stay(self) -> bool:
        """Delete the chosen hotel; asks first when people have a room there (field test 52,
        defect 5: 13 room assignments went without a question)."""
        if (stay_id := selected_id(self.stays_view)) is None:
            return False
        rooms = len(self._rooms.get(stay_id, []))
        if rooms and not self._confirm_stay_deletion(self._stays[stay_id].hotel, rooms):
            return False
        return self._change("delete_accommodation", self.tr("Hotel deleted."), stay_id, drops=stay_id)

    def _confirm_stay_deletion(self, hotel: str, rooms: int) -> bool:
        text = self.tr(
            "%Ln person(s) have a room at %1 and will lose it. Delete the hotel and its rooming list? "
            "Undo (Ctrl+Z) brings them back until you save.",
            "",
            rooms,
        ).replace("%1", hotel)
        answer = QMessageBox.question(
            self,
            self.tr("Delete hotel"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _add_car(self) -> None:
        self._change(
            "add_vehicle",
            self.tr("Vehicle added."),
            self.visit_id(),
            creates=True,
            vehicle=self.car_vehicle.text(),
            driver_name=self.car_driver.text(),
            driver_phone=self.car_phone.text(),
            seats=self.car_seats.value() or None,
        )

    def update_car(self) -> bool:
        if (car_id := selected_id(self.cars_view)) is None:
            self._report(self.tr("Choose a vehicle in the table first."))
            return False
        fields: dict[str, Any] = {
            "vehicle": self.car_vehicle.text(),
            "driver_name": self.car_driver.text(),
            "driver_phone": self.car_phone.text(),
            "seats": self.car_seats.value() or None,
        }
        return self._change("update_vehicle", self.tr("Vehicle changed."), car_id, **fields)

    def _delete_car(self) -> None:
        if (car_id := selected_id(self.cars_view)) is not None:
            self._change("delete_vehicle", self.tr("Vehicle deleted."), car_id, drops=car_id)

    def _add_gift(self) -> None:
        self._change(
            "add_gift",
            self.tr("Gift added."),
            self.visit_id(),
            creates=True,
            direction=self.gift_direction.currentData(),
            description=self.gift_description.text(),
            giver=self.gift_giver.text(),
            recipient=self.gift_recipient.text(),
        )

    def update_gift(self) -> bool:
        if (gift_id := selected_id(self.gifts_view)) is None:
            self._report(self.tr("Choose a gift in the table first."))
            return False
        fields = {
            "direction": self.gift_direction.currentData(),
            "description": self.gift_description.text(),
            "giver": self.gift_giver.text(),
            "recipient": self.gift_recipient.text(),
        }
        return self._change("update_gift", self.tr("Gift changed."), gift_id, **fields)

    def _delete_gift(self) -> None:
        if (gift_id := selected_id(self.gifts_view)) is not None:
            self._change("delete_gift", self.tr("Gift deleted."), gift_id, drops=gift_id)

    def _sheet_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {name: edit.text() for name, edit in self.emergency.items()}
        dated = self.sheet_dated.isChecked()
        fields["place"] = self.sheet_place.text()
        fields["starts_on"] = from_qdate(self.sheet_from.date()) if dated else None
        fields["ends_on"] = from_qdate(self.sheet_to.date()) if dated else None
        return fields

    def _save_emergency(self) -> bool:
        """The chosen entry takes the fields; with none chosen, the whole-visit one (made if none)."""
        fields = self._sheet_fields()
        if entry_id := selected_id(self.sheet_view):  # "": a sheet still in the visit's columns
            return self._change(
                "update_emergency_entry", self.tr("Emergency sheet changed."), entry_id, **fields
            )
        return self._change("set_emergency", self.tr("Emergency sheet changed."), self.visit_id(), **fields)

    def add_sheet_entry(self) -> bool:
        """Another city of the sheet, with the fields' place, days and numbers."""
        fields = self._sheet_fields()
        return self._change(
            "add_emergency_entry",
            self.tr("Emergency sheet entry added."),
            self.visit_id(),
            creates=True,
            **fields,
        )

    def delete_sheet_entry(self) -> bool:
        if not (entry_id := selected_id(self.sheet_view)):
            self._report(self.tr("Choose an entry of the emergency sheet first."))
            return False
        return self._change(
            "delete_emergency_entry", self.tr("Emergency sheet entry deleted."), entry_id, drops=entry_id
        )

    def _assign_room(self) -> None:
        stay_id, cid = selected_id(self.stays_view), self.room_person.currentData()
        if stay_id is None or cid is None:
            self._report(self.tr("Choose a hotel in the table and a person first."))
            return
        rooms = [[c, r] for c, r in self._rooms.get(stay_id, []) if c != cid] + [
            [cid, self.room_number.text()]
        ]
        self._change("set_rooming", self.tr("Room assigned."), stay_id, rooms)

    def _car_serves_all(self) -> None:
        if (car_id := selected_id(self.cars_view)) is None:
            return
        done = self.tr("The vehicle serves every item of the programme.")
        self._change("vehicle_serves_all", done, self.visit_id(), car_id)

    def car_items_dialog(self, car_id: str) -> VehicleItemsDialog:
        """The list of the programme's items, those the vehicle serves ticked; not yet shown."""
        # The programme as the tab's last read found it (no read on the GUI thread).
        return VehicleItemsDialog(list(self._items), set(self._car_items.get(car_id, ())), self)

    def choose_car_items(self) -> None:
        if (car_id := selected_id(self.cars_view)) is None:
            self._report(self.tr("Choose a vehicle in the table first."))
            return
        dialog = self.car_items_dialog(car_id)
        if dialog.exec():
            self.save_car_items(car_id, dialog.checked_ids())

    def car_riders_dialog(self, car_id: str) -> VehicleRidersDialog:
        """The visit's people and the vehicle's items, ticked as they ride; not yet shown."""
        car = self._cars[car_id]
        riders = dict(car.riders)
        items = [(iid, text) for iid, text in self._items if iid in riders]
        ticked = next((people for _item, people in car.riders if people), ())
        people = [
            (cid, self.room_person.itemText(i))
            for i in range(self.room_person.count())
            if (cid := self.room_person.itemData(i))
        ]
        return VehicleRidersDialog(people, {p.id for p in ticked}, items, self)

    def choose_car_riders(self) -> None:
        if (car_id := selected_id(self.cars_view)) is None:
            self._report(self.tr("Choose a vehicle in the table first."))
            return
        if not self._cars[car_id].item_ids:
            self._report(self.tr("Choose the items this vehicle serves first (Items served…)."))
            return
        dialog = self.car_riders_dialog(car_id)
        if dialog.exec():
            self.save_car_riders(car_id, dialog.rider_ids(), dialog.item_ids())

    def save_car_riders(self, car_id: str, rider_ids: list[str], item_ids: list[str]) -> bool:
        return self._change(
            "set_vehicle_riders",
            self.tr("%Ln rider(s) set for the vehicle.", "", len(rider_ids)),
            car_id,
            list(rider_ids),
            item_ids=list(item_ids),
        )

    def save_car_items(self, car_id: str, item_ids: list[str]) -> bool:
        return self._change(
            "set_vehicle_items",
            self.tr("The vehicle serves %Ln item(s).", "", len(item_ids)),
            car_id,
            list(item_ids),
        )


@dataclass(frozen=True)
class _TabData:
    """What the tab shows, read in one session."""

    view: ls.Logistics
    titles: dict[str, str]
    #: The programme's items for the vehicle dialog: (id, "date time  title").
    items: list[tuple[str, str]]
    people: list[tuple[str, str]]
    precedence: ls.PrecedenceLists
    #: Who a new leg is for unless the user ticks otherwise (the delegation side).
    travellers: tuple[str, ...]
    visit_id: str
    #: The visit's first and last day.
    days: tuple[dt.date, dt.date]
    #: The visit's time zone: a new leg's zones start there.
    timezone: str = "UTC"
    #: "… has rooms at … and at … for the same nights …", in the reader's language.
    same_nights: tuple[str, ...] = ()


class VehicleItemsDialog(QDialog):
    """Tick the itinerary items a vehicle serves."""

    def __init__(self, items: list[tuple[str, str]], chosen: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Items this vehicle serves"))
        self.items = QListWidget(self)
        self.items.setObjectName("vehicle_items")
        self.items.setAccessibleName(self.windowTitle())  # Orca read it as nothing (field test 95)
        for iid, text in items:
            entry = QListWidgetItem(text)
            entry.setData(IdRole, iid)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if iid in chosen else Qt.CheckState.Unchecked)
            self.items.addItem(entry)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        tick = self.tr("Tick the &items of the programme this vehicle serves.")
        layout.addWidget(label_for(tick, self.items))
        layout.addWidget(self.items, 1)
        layout.addWidget(buttons)
        name_buddies(self)  # read without the Alt letter
        self.resize(460, 380)

    def set_checked(self, item_id: str, checked: bool) -> None:
        for row in range(self.items.count()):
            entry = self.items.item(row)
            if entry.data(IdRole) == item_id:
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[str]:
        return [
            str(self.items.item(r).data(IdRole))
            for r in range(self.items.count())
            if self.items.item(r).checkState() == Qt.CheckState.Checked
        ]


def _checkable_list(
    parent: QWidget, name: str, entries: list[tuple[str, str]], ticked: set[str]
) -> QListWidget:
    listing = QListWidget(parent)
    listing.setObjectName(name)
    for entry_id, text in entries:
        entry = QListWidgetItem(text)
        entry.setData(IdRole, entry_id)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if entry_id in ticked else Qt.CheckState.Unchecked)
        listing.addItem(entry)
    return listing


def _ticked(listing: QListWidget) -> list[str]:
    return [
        str(listing.item(r).data(IdRole))
        for r in range(listing.count())
        if listing.item(r).checkState() == Qt.CheckState.Checked
    ]


class VehicleRidersDialog(QDialog):
    """Tick who rides in a vehicle, and for which of the items it serves (all at first: untick
    the other days' items to say who rides on one day)."""

    def __init__(
        self,
        people: list[tuple[str, str]],
        riders: set[str],
        items: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who rides in this vehicle"))
        self.people = _checkable_list(self, "vehicle_riders", people, riders)
        self.items = _checkable_list(self, "vehicle_rider_items", items, {iid for iid, _text in items})
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lists = QHBoxLayout()
        for text, listing in ((self.tr("&Riders"), self.people), (self.tr("For these &items"), self.items)):
            column = QVBoxLayout()
            column.addWidget(label_for(text, listing))
            column.addWidget(listing, 1)
            lists.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addWidget(buttons)
        name_buddies(self)  # read without the Alt letter
        self.resize(640, 420)

    def set_ticked(self, listing: QListWidget, ids: set[str]) -> None:
        for row in range(listing.count()):
            entry = listing.item(row)
            entry.setCheckState(
                Qt.CheckState.Checked if entry.data(IdRole) in ids else Qt.CheckState.Unchecked
            )

    def rider_ids(self) -> list[str]:
        return _ticked(self.people)

    def item_ids(self) -> list[str]:
        return _ticked(self.items)
