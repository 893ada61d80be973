"""The visit editor: details in both languages, delegation with roles, itinerary in the place's and
the viewer's time, follow-ups, and the clash warnings of the visit always in sight.

Other features add actions to the editor's toolbar through ``TOOLBAR_EXTENSIONS`` (the dossier's
"Dossier…" goes there): each extension is called with the editor once its toolbar exists.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from petdesk import city_names, i18n, labels
from petdesk.db import Database
from petdesk.gui import code_fields, editor_extensions
from petdesk.gui.a11y import labelled_row, named
from petdesk.gui.code_fields import CodeCombo
from petdesk.gui.colours import ERROR, SUCCESS, WARNING, tint
from petdesk.gui.column_fit import READABLE_WIDTH, ColumnFitter, content_widths
from petdesk.gui.follow_ups.panel import FollowUpPanel
from petdesk.gui.form_columns import after_label, side_by_side
from petdesk.gui.hidden_columns import NarrowColumns
from petdesk.gui.newer_value_note import newer_value_text, note_row
from petdesk.gui.operations import VISIT, Changes, announce, read_op
from petdesk.gui.optional_count import OptionalCountBox
from petdesk.gui.qt import (
    QAction,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.record_editor import RecordEditor
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.tab_room import room_for_tab_labels
from petdesk.gui.translation import arg
from petdesk.gui.viewer_zone import viewer_zone
from petdesk.gui.visits.item import ItemDialog
from petdesk.gui.visits.lodging_warnings import same_nights_sentences, stays_changed
from petdesk.gui.visits.logistics import LogisticsTab
from petdesk.gui.visits.widgets import (
    IdRole,
    RecordField,
    RecordSearch,
    RowsModel,
    ZoneBox,
    clash_panel,
    date_edit,
    enum_label,
    fill_enum_combo,
    from_qdate,
    select_data,
    selected_id,
    table_view,
    to_qdate,
)
from petdesk.language import interface_language
from petdesk.messages import plain_error
from petdesk.models.enums import ParticipantRole, VisitDirection, VisitStatus
from petdesk.models.types import RepeatableIds, repeatable_ids
from petdesk.services import clashes as clash_service
from petdesk.services import venue_zone, visit_form, visit_steps
from petdesk.services import visits as visit_service
from petdesk.services.gift_names import GiftMention, gifts_naming
from petdesk.services.participant_links import ParticipantLinks, participant_links
from petdesk.services.rooming import RoomingGap
from petdesk.services.validation import NotFoundError
from petdesk.services.vehicle_capacity import OverCapacity
from petdesk.services.visit_form import VisitForm
from petdesk.services.visits import RecordGone, ScheduleError

#: Itinerary columns: the time zone, the title; the date and times, never elided.
ITEM_ZONE, ITEM_KIND, ITEM_TITLE = 2, 4, 5
#: The itinerary's columns, by key (the header menu's choice is kept as ``columns/itinerary``).
ITEM_KEYS = (
    "date", "time", "zone", "your_time", "kind", "title", "place", "city", "attendees", "host",
    "interpreter", "dress_code", "vehicles",
)  # fmt: skip
#: Rarely filled columns hidden while the itinerary is narrower than this (pixels at the system's text
#: size) until the user shows them: at 1024 px Kind, Place, "Host or…" and "Dress c…" were cut (polish54).
ITEM_NARROW = dict.fromkeys(("dress_code", "vehicles"), 1000)
ITEM_WHOLE = (0, 1, ITEM_ZONE, 3)
#: Callables ``fn(editor)`` that add actions to ``editor.toolbar`` (e.g. "Dossier…"); the list
#: lives in ``editor_extensions`` so that features add to it without importing this module.
TOOLBAR_EXTENSIONS: list[Callable[[VisitEditor], None]] = editor_extensions.VISIT_EDITOR

if TYPE_CHECKING:
    from petdesk.gui.visits.ics_report import IcsImportReport
    from petdesk.services import ical


class VisitEditor(RecordEditor):
    """Create or edit one visit, with one save model: changes to the details, delegation,
    itinerary, follow-ups and status are all held until Save (or dropped by Discard).

    A held change is a service call kept in ``pending``. The editor shows the visit as it would be
    by replaying them in a transaction that is rolled back (``_draft``), so the services' rules and
    clash checks apply before anything is saved; Save replays them with the details in one
    transaction that commits."""

    #: The visit's id after every successful change (lists and calendars refresh on it).
    saved = Signal(str)

    def __init__(
        self,
        db: Database,
        *,
        locale: str = "en",
        visit_id: str | None = None,
        focus_item: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.lang = interface_language(locale)
        self.visit_id = visit_id
        #: Changes held until Save: (service call, index of a record it created in the last replay).
        self.pending: list[_Held] = []
        #: Why the last change was refused (shown again in the dialog it came from).
        self._refusal: Exception | None = None
        self.viewer = viewer_zone()
        self.setObjectName("VisitEditor")
        self.setWindowTitle(self.tr("New visit") if visit_id is None else self.tr("Visit"))
        resize_within_screen(self, 1100, 760)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("visit_toolbar")
        self.save_action = self._action(self.tr("Save"), self.save, "save")
        # Ctrl+S: the toolbar has no default button that Return would press.
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.toolbar.addSeparator()
        self.confirm_action = self._action(
            self.tr("Confirm"), lambda: self.set_status("confirmed"), "confirm"
        )
        self.done_action = self._action(self.tr("Mark done"), lambda: self.set_status("done"), "done")
        self.cancel_action = self._action(
            self.tr("Cancel visit"), lambda: self.set_status("cancelled"), "cancel"
        )
        self.reopen_action = self._action(
            self.tr("Back to planned"), lambda: self.set_status("planned"), "reopen"
        )
        self.toolbar.addSeparator()
        # Short labels, the whole sentence as the tooltip: at 1024 px the English toolbar hid
        # Dossier and Name cards behind its » (round 53); the icons say calendar and file.
        self.export_action = self._action(self.tr("Export .ics…"), self.export_ics_dialog, "export")
        self.export_action.setToolTip(self.tr("Export calendar (.ics)…"))
        self.import_action = self._action(self.tr("Import .ics…"), self.import_ics_dialog, "import")
        self.import_action.setToolTip(self.tr("Import meetings (.ics)…"))
        # On the Delegation tab (a button there), not the toolbar: the toolbar has no room left at 1366.
        self.registration_action = QAction(self.tr("Registration list…"), self)
        self.registration_action.setObjectName("action_registration_list")
        self.registration_action.triggered.connect(
            lambda _checked=False: self.export_registration_list_dialog()
        )
        #: Where other features put their actions ("Dossier…"): after this separator.
        self.extension_separator = self.toolbar.addSeparator()

        self.tabs = QTabWidget(self)
        room_for_tab_labels(self.tabs)  # (descenders whole at 125 %, Fusion)
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.tabs.addTab(self._delegation_tab(), self.tr("Delegation"))
        self.tabs.addTab(self._itinerary_tab(), self.tr("Itinerary"))
        self.tabs.addTab(self._follow_up_tab(), self.tr("Follow-ups"))
        # Travel, hotels, cars (issue 14); its changes are held until Save like the other tabs'.
        self.logistics = LogisticsTab(
            db,
            lambda: self.visit_id,
            self,
            hold=self._hold_logistics,
            draft=self._draft,
            say=self._say,
            locale=self.ui_locale,
        )
        self.tabs.addTab(self.logistics, self.tr("Logistics"))
        self.logistics.changed.connect(lambda: self.reload(details=False))

        splitter, self.clash_title, self.clashes = clash_panel(self, self.tabs, self._show_clash)

        self.message = QLabel(self)
        #: The last calendar import's result box (field test 31), kept to be read by tests.
        self.ics_report: IcsImportReport | None = None
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setMenuBar(self.toolbar)
        layout.addWidget(splitter, 1)  # its tabs scroll inside it (widgets.clash_panel)
        layout.addWidget(self.message)

        # As on the list pages: Delete in a table is its Delete button, and Ctrl+Z in the editor
        # takes back the last change held for Save (field test 11, defect 7). In a text box
        # Ctrl+Z still undoes the typing: the box takes the key before a window's shortcut.
        self._key(self.items_view, QKeySequence.StandardKey.Delete, self.delete_item)
        self._key(self.follow_view, QKeySequence.StandardKey.Delete, self.follow_ups.delete)
        self._key(self.people_view, QKeySequence.StandardKey.Delete, self._remove_person)
        self.undo_action = self._key(self, QKeySequence.StandardKey.Undo, self.undo_held)
        self.undo_action.setText(self.tr("Undo the last change not yet saved"))

        for extend in TOOLBAR_EXTENSIONS:
            extend(self)
        self.watch_form(self.tabs.widget(0))  # type: ignore[arg-type]
        for picker in (self.host, self.visiting):
            picker.changed.connect(self.mark_dirty)
        for edit in (self.start_date, self.end_date):
            edit.dateChanged.connect(lambda _d: self._zone_days())
        self._zone_days()
        #: The visit as last shown (plain values), and an item to select once it is read.
        self._form: VisitForm | None = None
        self._focus_item = focus_item
        self.reload(background=True)

    def _action(self, text: str, slot: Callable[[], object], name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        return action

    # --- tabs ----------------------------------------------------------------------------------
    def _details_tab(self) -> QWidget:
        page = QWidget(self)
        self.title_en = QLineEdit(page)
        self.title_en.setObjectName("title_en")
        self.title_zh = QLineEdit(page)
        self.title_zh.setObjectName("title_zh")
        self.direction = QComboBox(page)
        fill_enum_combo(self.direction, VisitDirection, self.ui_locale)
        self.status_label = QLabel(page)
        self.start_date = date_edit(page)
        self.start_date.setObjectName("start_date")
        self.end_date = date_edit(page)
        self.end_date.setObjectName("end_date")
        self.zone = ZoneBox(page)
        self.host = RecordField(
            self.db,
            visit_service.find_organisations,
            self.tr("Host organisation"),
            pick_title=self.tr("Choose the host organisation"),
            purpose=self.tr("The organisation that receives the delegation and hosts this visit."),
            locale=self.ui_locale,
            parent=page,
        )
        self.visiting = RecordField(
            self.db,
            visit_service.find_organisations,
            self.tr("Visiting organisation"),
            pick_title=self.tr("Choose the visiting organisation"),
            purpose=self.tr("The organisation the delegation comes from."),
            locale=self.ui_locale,
            parent=page,
        )
        # the delegation's country by its name, as an organisation's; its announced size, "—" if none
        self.country = CodeCombo(code_fields.country_choices(self.ui_locale), page, editable=True)
        self.country.setObjectName("country")
        self.head_count = OptionalCountBox(9999, page)
        self.head_count.setObjectName("head_count")
        # four digits, not the form's width (its arrows ran 900 px from the "—" they change)
        self.head_count.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.purpose_en, self.purpose_zh = QPlainTextEdit(page), QPlainTextEdit(page)
        self.outcomes_en, self.outcomes_zh = QPlainTextEdit(page), QPlainTextEdit(page)
        # Three lines each, the notes two and a half: at four the tab needed 578 px of height and
        # had 418 on a 1024×640 screen (layout55); a longer text scrolls in its own box.
        for edit in (self.purpose_en, self.purpose_zh, self.outcomes_en, self.outcomes_zh):
            edit.setMaximumHeight(_text_box_height(edit, 3))
        self.notes = QPlainTextEdit(page)
        self.notes.setMaximumHeight(_text_box_height(self.notes, 2.5))

        # Short fields two to a row, the titles side by side as the purpose below (and as the
        # training editor's Details, round 53): one row each, and Tab still goes left to right,
        # then down. Each inner label names its field (its buddy) for a screen reader.
        form = QFormLayout()
        form.addRow("", side_by_side(QLabel(self.tr("English")), QLabel(self.tr("Chinese"))))
        labelled_row(
            form,
            self.tr("&Title", "the visit's name"),
            side_by_side(self.title_en, self.title_zh),
            buddy=self.title_en,
        )
        named(self.title_en, self.tr("Title (English)"))
        named(self.title_zh, self.tr("Title (Chinese)"))
        status = after_label(self.tr("Status"), self.status_label)
        labelled_row(form, self.tr("&Direction"), side_by_side(self.direction, status), buddy=self.direction)
        named(self.status_label, self.tr("Status"))
        self.direction_note = note_row(form, self.direction)
        self.status_note = note_row(
            form,
            self.status_label,
            template=self.tr(
                "The status stored by a newer petdesk is “%1”, which this version does not know; it is "
                "kept until you confirm, mark done or cancel the visit with the buttons above."
            ),
        )
        dates = QHBoxLayout()
        dates.addWidget(self.start_date)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end_date)
        dates.addStretch(1)
        zone = after_label(self.tr("Main time &zone"), self.zone)
        labelled_row(form, self.tr("D&ates"), side_by_side(dates, zone), buddy=self.start_date)
        named(self.end_date, self.tr("End date"))
        form.addRow(self.tr("&Host organisation"), self.host)
        form.addRow(self.tr("&Visiting organisation"), self.visiting)
        head_count = after_label(self.tr("H&ead count"), self.head_count, grow=False)
        labelled_row(form, self.tr("&Country"), side_by_side(self.country, head_count), buddy=self.country)
        labelled_row(
            form, self.tr("&Purpose"), side_by_side(self.purpose_en, self.purpose_zh), buddy=self.purpose_en
        )
        labelled_row(
            form,
            self.tr("Expected &outcomes"),
            side_by_side(self.outcomes_en, self.outcomes_zh),
            buddy=self.outcomes_en,
        )
        named(self.purpose_en, self.tr("Purpose (English)"))
        named(self.purpose_zh, self.tr("Purpose (Chinese)"))
        named(self.outcomes_en, self.tr("Expected outcomes (English)"))
        named(self.outcomes_zh, self.tr("Expected outcomes (Chinese)"))
        form.addRow(self.tr("&Notes"), self.notes)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _delegation_tab(self) -> QWidget:
        page = QWidget(self)
        self.people_model = RowsModel(
            [self.tr("Name"), self.tr("Name (other script)"), self.tr("Role"), self.tr("Organisation")], self
        )
        self.people_view = table_view(page, self.people_model)
        self.people_view.setObjectName("people")
        named(self.people_view, self.tr("Delegation"))
        self.person_search = RecordSearch(
            self.db, visit_service.find_contacts, locale=self.ui_locale, parent=page
        )
        self.person_search.setObjectName("person_search")
        self.role = QComboBox(page)
        self.role.setObjectName("role")
        fill_enum_combo(self.role, ParticipantRole, self.ui_locale)
        select_data(self.role, ParticipantRole.DELEGATE.value)
        self.add_person = QPushButton(self.tr("Add to delegation"), page)
        self.add_person.setObjectName("add_person")
        self.set_role = QPushButton(self.tr("Set role of selected"), page)
        self.remove_person = QPushButton(self.tr("Remove selected"), page)
        self.remove_person.setObjectName("remove_person")
        self.replace_person = QPushButton(self.tr("Replace selected by the person found"), page)
        self.replace_person.setObjectName("replace_person")
        self.add_person.clicked.connect(self._add_person)
        self.person_search.chosen.connect(lambda _id, _label: self._add_person())
        self.set_role.clicked.connect(self._set_role)
        self.remove_person.clicked.connect(self._remove_person)
        self.replace_person.clicked.connect(self._replace_person)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Find a person")))
        side.addWidget(self.person_search, 1)
        side.addWidget(QLabel(self.tr("Role")))
        side.addWidget(self.role)
        side.addWidget(self.add_person)
        side.addWidget(self.set_role)
        side.addWidget(self.remove_person)
        side.addWidget(self.replace_person)
        # A push button like its neighbours, not a tool button on the action: a tool button shows the
        # action's icon text, which Qt strips of its "…" (it read "Registration list", as if no dialog
        # followed) and it stood narrower than the buttons above it (shots52).
        registration = QPushButton(self.registration_action.text(), page)
        registration.setObjectName("registration_list")
        registration.clicked.connect(lambda _checked=False: self.registration_action.trigger())
        self.registration_action.enabledChanged.connect(registration.setEnabled)
        registration.setEnabled(self.registration_action.isEnabled())
        side.addWidget(registration)
        from petdesk.gui.visits.invitation import InvitationLetter

        self.invitation = InvitationLetter(self, page)  # the visa invitation letter (field test 99)
        side.addWidget(self.invitation.button)
        layout = QHBoxLayout(page)
        layout.addWidget(self.people_view, 3)
        layout.addLayout(side, 2)
        return page

    def _itinerary_tab(self) -> QWidget:
        page = QWidget(self)
        self.items_model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Time (place)"),
                self.tr("Time zone"),
                self.tr("Your time"),
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Place"),
                self.tr("City"),
                self.tr("Attendees"),
                self.tr("Host or chair"),
                self.tr("Interpreter"),
                self.tr("Dress code"),
                self.tr("Vehicles"),
            ],
            self,
        )
        self.items_view = table_view(page, self.items_model)
        self.items_view.setObjectName("itinerary")
        named(self.items_view, self.tr("Itinerary"))
        self.items_view.doubleClicked.connect(lambda _i: self.edit_item())
        # Thirteen columns share the editor's width (1,050 px at 1366×768): the interpreter and
        # vehicles were off to the right. Dates and times keep their width, the title at least
        # 150 px and any room to spare; the others give way, elided (field test 6, defect 19).
        self.items_fitter = ColumnFitter(
            self.items_view,
            (100, 100, 80, 100, 90, 230, 130, 80),
            stretch=ITEM_TITLE,
            least={**dict.fromkeys(ITEM_WHOLE, 100), ITEM_TITLE: READABLE_WIDTH},
            whole_titles=True,  # "Host or chair" whole, not "Host or…", where the room allows it
        )
        self.items_columns = NarrowColumns(self.items_view, "itinerary", ITEM_KEYS, ITEM_NARROW)
        self.add_item_button = QPushButton(self.tr("Add item…"), page)
        self.add_item_button.setObjectName("add_item")
        self.edit_item_button = QPushButton(self.tr("Edit…"), page)
        self.delete_item_button = QPushButton(self.tr("Delete"), page)
        self.add_item_button.clicked.connect(self.add_item)
        self.edit_item_button.clicked.connect(self.edit_item)
        self.delete_item_button.clicked.connect(self.delete_item)
        # One meal on one page for the restaurant (dossier54): here, by the meals, as the toolbar
        # has no room left at 1024 px.
        self.banquet_button = QPushButton(self.tr("Banquet sheet…"), page)
        self.banquet_button.setObjectName("banquet_sheet")
        self.banquet_button.setToolTip(self.tr("Print one page about a meal for the restaurant (PDF)"))
        self.banquet_button.clicked.connect(lambda _checked=False: self.print_banquet_sheet())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item_button)
        buttons.addWidget(self.edit_item_button)
        buttons.addWidget(self.delete_item_button)
        buttons.addWidget(self.banquet_button)
        buttons.addStretch(1)
        self.zone_note = QLabel(page)
        buttons.addWidget(self.zone_note)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.items_view, 1)
        return page

    def _follow_up_tab(self) -> QWidget:
        # The one follow-ups widget (also on the contact, organisation and project panes); here
        # its changes are held until Save like the other tabs'.
        self.follow_ups = FollowUpPanel(
            self.db,
            locale=self.ui_locale,
            apply=lambda fn, done, creates, step: self._change(fn, done, creates=creates, step=step),
            form_letters=True,
            parent=self,
        )
        #: The panel's table and rows, as Home's "open the follow-up" selects in them.
        self.follow_view, self.follow_model = self.follow_ups.view, self.follow_ups.model
        return self.follow_ups

    # --- loading -------------------------------------------------------------------------------
    def reload(self, details: bool = True, *, background: bool = False) -> None:
        """Read the visit, its delegation, itinerary, follow-ups and clashes again. Without
        ``details`` the form keeps what the user typed and has not saved yet. ``background``
        returns at once and fills the tabs when the read arrives (on opening); otherwise the call
        waits for the read, with the event loop running, so that a change the services refuse is
        refused before the caller goes on (a held change is checked this way)."""
        exists = self.visit_id is not None
        self._enable_tabs(exists)
        if not exists:
            self.status_label.setText(enum_label(VisitStatus.PLANNED, self.ui_locale))
            self.clash_title.setText(self.tr("Clashes: save the visit first"))
            if details:
                self.set_clean()
            self._suggest_office_zone()
            return
        if background:
            self._load_in_background()
            return
        # A held change is shown (and checked) before it is saved.
        self._show(self.wait_in_background(self._draft_form), details)

    def _suggest_office_zone(self) -> None:
        """A new visit starts in the office's zone (its region or name), else this computer's,
        read off the GUI thread; not Shanghai whatever the office (field test 7, defect 3)."""

        def arrived(office_zone: str) -> None:
            clean = not self.is_dirty()
            if self.zone.suggest(office_zone) and clean:
                self.set_clean()  # a suggestion is not the user's typing

        read_op(self.db, lambda s: venue_zone.default_zone_in(s), on_success=arrived, owner=self)

    def _enable_tabs(self, exists: bool) -> None:
        """The tabs and actions that need a saved visit."""
        for index in (1, 2, 3, self.tabs.indexOf(self.logistics)):
            self.tabs.setTabEnabled(index, exists)
        for action in (
            self.confirm_action,
            self.done_action,
            self.cancel_action,
            self.reopen_action,
            self.export_action,
            self.import_action,
            self.registration_action,
        ):
            action.setEnabled(exists)

    def _load_in_background(self) -> None:
        """The first read, off the GUI thread (nothing is held yet)."""
        visit_id, lang = self.visit_id, self.lang
        self.load_in_background(
            self.db,
            lambda s: visit_form.read_visit_form(s, visit_id, lang),  # type: ignore[arg-type]
            lambda form: self._show(form, details=True),
            explained=self._gone,
        )

    def _show(self, form: VisitForm, details: bool) -> None:
        """Fill the tabs from plain values; with ``details`` the form too (then it is clean)."""
        self._form = form
        self.status = form.status
        self.status_label.setText(enum_label(form.status, self.ui_locale))
        self.status_note.show_stored(form.newer.get("status"))
        if details:
            self._load_details(form)
        self._load_people(form)
        self._load_items(form)
        self._load_follow_ups(form)
        self._load_clashes(list(form.clashes), form.rooming, form.vehicles)
        if details:
            self.set_clean()  # the form shows what is saved
        allowed = visit_service.TRANSITIONS[self.status.value]
        self.confirm_action.setEnabled("confirmed" in allowed)
        self.done_action.setEnabled("done" in allowed)
        self.cancel_action.setEnabled("cancelled" in allowed)
        self.reopen_action.setEnabled("planned" in allowed)
        if self._focus_item:
            self.focus_item(self._focus_item)
            self._focus_item = None

    def _role_words(self, person: visit_form.Member) -> str:
        """The role; one a newer petdesk stored is named beside the role it is read as."""
        words = enum_label(person.role, self.ui_locale)
        if person.stored_role is not None:
            words += " · " + newer_value_text(person.stored_role)
        return words

    def _load_details(self, v: VisitForm) -> None:
        self.setWindowTitle(self.tr("Visit: %1").replace("%1", v.title))
        self.title_en.setText(v.texts["title_en"])
        self.title_zh.setText(v.texts["title_zh"])
        select_data(self.direction, v.direction.value)
        self.direction_note.show_stored(v.newer.get("direction"))
        self.start_date.setDate(to_qdate(v.start_date))
        self.end_date.setDate(to_qdate(v.end_date))
        self.zone.set_zone(v.timezone)  # the dates set above gave the offsets on their days
        self.host.set_record(*v.host)
        self.visiting.set_record(*v.visiting)
        self.country.set_code(v.country or "")
        self.head_count.setValue(v.head_count or 0)
        for name in ("purpose_en", "purpose_zh", "outcomes_en", "outcomes_zh", "notes"):
            getattr(self, name).setPlainText(v.texts[name])

    def _load_people(self, v: VisitForm) -> None:
        self.delegation = [(p.contact_id, p.name) for p in v.delegation]
        self.people_model.set_rows(
            [
                (p.contact_id, [p.name, p.other_name, self._role_words(p), p.organisation])
                for p in v.delegation
            ]
        )
        self.people_view.resizeColumnsToContents()

    def _load_items(self, v: VisitForm) -> None:
        found = v.clashes
        clashing = {iid for c in found for iid in c.item_ids}
        tips: dict[str, str] = {}
        for c in found:
            for iid in c.item_ids:
                tips.setdefault(iid, "")
                tips[iid] = (tips[iid] + "\n" if tips[iid] else "") + c.describe(self.ui_locale)
        names = dict(self.delegation)
        zh = self.lang == "zh"
        rows = []
        zone_tips: dict[tuple[str, int], str] = {}
        for item in v.items:
            local_start, local_end = item.local_start(), item.local_end()
            mine_start, mine_end = (
                item.starts_at.astimezone(self.viewer),
                item.ends_at.astimezone(self.viewer),
            )
            mine = _span(mine_start, mine_end, self.ui_locale)
            if item.all_day:
                mine = ""  # a day of the place, the same day for everyone
            elif mine_start.date() != local_start.date():
                mine = f"{i18n.format_date(mine_start.date(), self.ui_locale, 'short')} {mine}"
            # A person no longer in the delegation, left ticked by a file made before removing
            # took them off (`petdesk check --repair` does), is not shown: not as "?" either.
            ticked = [names[cid] for cid in item.attendee_ids if cid in names]
            people = labels.join_like(ticked, self.ui_locale) if ticked else self.tr("whole delegation")
            title = item.title_zh or item.title_en if zh else item.title_en or item.title_zh
            place = item.place_zh or item.place_en if zh else item.place_en or item.place_zh
            city = city_names.shown_city(item.city_en, item.city_zh, self.ui_locale)
            zone_tips[(item.id, ITEM_ZONE)] = labels.zone_label(item.timezone, self.ui_locale, local_start)
            rows.append(
                (
                    item.id,
                    [
                        i18n.format_date(local_start.date(), self.ui_locale),
                        self.tr("all day") if item.all_day else _span(local_start, local_end, self.ui_locale),
                        labels.zone_offset_label(item.timezone, local_start),
                        mine,
                        enum_label(item.kind, self.ui_locale),
                        ("⚠ " if item.id in clashing else "") + title,
                        place,
                        city,
                        people,
                        item.host_name[1 if zh else 0],
                        item.interpreter_name[1 if zh else 0],
                        labels.dress_code_label(item.dress_code, self.ui_locale),
                        ", ".join(item.vehicles),
                    ],
                )
            )
        self.items_model.set_rows(rows, warn=clashing, tips=tips, cell_tips=zone_tips)
        viewer_name = labels.zone_place(getattr(self.viewer, "key", "UTC"), self.ui_locale)
        note = self.tr("Times in the place's zone; “Your time” in %1").replace("%1", viewer_name)
        # the Chinese template spaces the name for a Latin one ("按 UTC 时间"), not for 北京时间
        self.zone_note.setText(labels.chinese_spacing(note) if self.lang == "zh" else note)
        wanted = content_widths(self.items_view)
        self.items_fitter.wanted = wanted
        # a kind cut ("Meet…") is no kind either: whole, as the dates
        whole = (*ITEM_WHOLE, ITEM_KIND)
        self.items_fitter.least = {c: wanted[c] for c in whole} | {ITEM_TITLE: READABLE_WIDTH}
        self.items_fitter.fit()

    def _load_follow_ups(self, v: VisitForm) -> None:
        self.follow_ups.record = ("visit", v.id)
        self.follow_ups.set_rows(v.follow_ups)

    def _load_clashes(
        self,
        found: list[clash_service.Clash],
        rooming: Sequence[RoomingGap] = (),
        vehicles: Sequence[OverCapacity] = (),
    ) -> None:
        self.clashes.clear()
        self.clashes.setVisible(bool(found or rooming or vehicles))  # no empty box under "No clashes"
        if found:
            self.clash_title.setText(
                self.tr("⚠ Clashes: %Ln (warnings, saving is not blocked)", "", len(found))
            )
            tint(self.clash_title, WARNING, "color: {colour}; font-weight: bold")
        elif vehicles:
            self.clash_title.setText(
                self.tr(
                    "No clashes; ⚠ open questions about rooms and vehicles: %Ln",
                    "",
                    len(rooming) + len(vehicles),
                )
            )
            tint(self.clash_title, WARNING, "color: {colour}; font-weight: bold")
        elif rooming:
            self.clash_title.setText(
                self.tr("No clashes; ⚠ open questions about rooms: %Ln", "", len(rooming))
            )
            tint(self.clash_title, WARNING, "color: {colour}; font-weight: bold")
        else:
            self.clash_title.setText(self.tr("No clashes"))
            tint(self.clash_title, SUCCESS)
        for c in found:
            entry = QListWidgetItem("⚠ " + c.describe(self.ui_locale))
            entry.setData(IdRole, c.item_ids[0])
            self.clashes.addItem(entry)
        for gap in rooming:  # no item to show: the Logistics tab has the hotels
            self.clashes.addItem(QListWidgetItem("⚠ " + gap.describe(self.ui_locale)))
        for car in vehicles:  # nor here: the Logistics tab has the vehicles
            self.clashes.addItem(QListWidgetItem("⚠ " + car.describe(self.ui_locale)))

    def clash_texts(self) -> list[str]:
        return [self.clashes.item(r).text() for r in range(self.clashes.count())]

    def focus_item(self, item_id: str) -> None:
        self.tabs.setCurrentIndex(2)
        ids = self.items_model.ids()
        if item_id in ids:
            self.items_view.selectRow(ids.index(item_id))

    def _show_clash(self, entry: QListWidgetItem) -> None:
        if entry.data(IdRole) is not None:  # a rooming gap has no item to show
            self.focus_item(str(entry.data(IdRole)))

    # --- saving --------------------------------------------------------------------------------
    def _zone_days(self) -> None:
        """The offsets on the visit's dates (a visit in July: summer time), not today's."""
        self.zone.set_days(from_qdate(self.start_date.date()), from_qdate(self.end_date.date()))

    def _ok(self, text: str = "") -> None:
        tint(self.message, SUCCESS)
        self.message.setText(text)

    def _error(self, exc: Exception) -> None:
        if self._gone(exc):
            return
        tint(self.message, ERROR)
        # a service's sentence translated; a full or read-only disk named, never SQLite's statement
        self.message.setText(
            plain_error(exc, self.ui_locale, database=self.db.path, context="saving a visit")
        )

    def _gone(self, exc: BaseException) -> bool:
        """When ``exc`` says this editor's visit no longer exists (deleted elsewhere, by an undo, or
        by another office's package), say so in one sentence and disable the editing: every
        click would fail on it (field defect 18). True when that was the case."""
        if not (isinstance(exc, RecordGone) and exc.what == "visit" and exc.row_id == self.visit_id):
            return False
        self.tabs.setEnabled(False)
        for action in self.toolbar.actions():
            action.setEnabled(False)
        tint(self.message, ERROR)
        self.message.setText(
            self.tr(
                "This visit no longer exists: it was deleted, here or at another office. "
                "Edit › Deleted Records… can bring it back; then open it again."
            )
        )
        return True

    @contextmanager
    def _draft(self) -> Iterator[Session]:
        """A session showing the visit with the held changes applied; never committed."""
        with self.db.sessions() as session:
            session.begin()
            try:
                self._replay(session)
                yield session
            finally:
                session.rollback()

    def _replay(self, session: Session) -> None:
        for held in self.pending:
            # Each change draws the same new ids in every replay (and in the save), so the records
            # it added keep the ids the tabs showed and later held changes refer to.
            with repeatable_ids(held.new_ids):
                result = held.fn(session)
                session.flush()
            if held.creates and getattr(result, "id", None):
                # A record created by a held change gets a new id in every replay: the change
                # knows all of them, so any id the editor showed leads back to it.
                held.created = result.id  # type: ignore[attr-defined]
                held.ids.add(result.id)  # type: ignore[attr-defined]
        session.flush()

    def _held_index(self, record_id: str) -> int:
        """The held change that created ``record_id`` in the last replay, or -1 (a saved record)."""
        return next((i for i, h in enumerate(self.pending) if record_id in h.ids), -1)

    def _change(
        self,
        fn: Callable[..., object],
        done: str = "",
        *,
        creates: bool = False,
        replace: int = -1,
        note: str = "",
        step: _Step | None = None,
        drawn: Sequence[str] = (),
    ) -> bool:
        """Hold one service change until Save: it is tried on the draft first, so a change the
        services refuse is shown as an error and not held. ``replace`` swaps a held change (an
        item added and then edited before saving); a None ``fn`` there drops it. The check runs
        off the GUI thread (``note`` in the title meanwhile). A ``step`` (``visit_steps``) is
        the change in plain values, which a draft of the unsaved changes can keep; ``drawn``, the
        new ids it drew when it was first held (a draft's change held again)."""
        self._refusal = None
        if self.visit_id is None:
            return False
        held = list(self.pending)
        change = _Held(fn, creates, step=step)
        change.new_ids.ids = list(drawn)
        if replace >= 0:
            held[replace : replace + 1] = [change] if fn is not None else []
        else:
            held.append(change)
        previous, self.pending = self.pending, held
        try:
            self._recheck(note)
        except _refused() as exc:
            self.pending = previous
            self._refusal = exc
            if not self._gone(exc):  # nothing to show again when the visit itself is gone
                self._recheck(note)
                self._error(exc)
            return False
        self.mark_dirty()
        self._ok(_held_note(done, self.tr("(not saved yet)")))
        return True

    def _recheck(self, note: str = "") -> None:
        """Show the visit with the held changes, read off the GUI thread; raises what the
        services refuse."""
        self._show(self.wait_in_background(self._draft_form, note), details=False)

    def _draft_form(self) -> VisitForm:
        """The visit with the held changes applied (run off the GUI thread)."""
        with self._draft() as s:
            return visit_form.read_visit_form(s, self.visit_id, self.lang)  # type: ignore[arg-type]

    def undo_held(self) -> bool:
        """Take back the last change held for Save: drop it and show the visit without it."""
        if not self.pending:
            self._ok(self.tr("Nothing to undo since the last save."))
            return False
        previous, self.pending = self.pending, self.pending[:-1]
        try:
            self._recheck()
        except _refused() as exc:  # the visit is gone, or the rest no longer replays
            self.pending = previous
            self._error(exc)
            return False
        if self.logistics.isVisible():
            self.logistics.reload()
        self._ok(_held_note(self.tr("Undone."), self.tr("(not saved yet)")))
        return True

    def _hold_logistics(
        self, name: str, args: dict[str, Any], done: str, *, creates: bool = False, drops: str | None = None
    ) -> bool:
        """A change from the Logistics tab (the ``visit_steps`` step ``name``), held like the
        others; deleting a record added since the last Save forgets the addition instead."""
        added = self._held_index(drops) if drops else -1
        if added >= 0:
            return self._change(None, done, replace=added)  # type: ignore[arg-type]
        return self._run_step(name, args, creates, done=done)

    def _say(self, text: str) -> None:
        """A hint from the Logistics tab ("Choose a hotel … first"), on the editor's one line."""
        tint(self.message, None)
        self.message.setText(text)

    def record_shown(self) -> str | None:
        return self.visit_id

    def read_again(self) -> None:
        self.reload(background=True)

    def save_changes(self) -> bool:
        self.save()
        return self.wait_for_save()

    def save(self) -> None:
        """Save the details and every held change in one transaction, off the GUI thread; the
        tabs then show what was saved, read in that same transaction (``save_finished`` tells)."""
        if self.is_busy():
            return
        fields = self.details()
        visit_id, lang, locale = self.visit_id, self.lang, self.ui_locale
        warnings: list[str] = []

        def write(s: Session) -> VisitForm:
            if visit_id is None:
                saved_id = visit_service.create_visit(s, **fields).id
            else:
                saved_id = visit_id
                visit_service.update_visit(s, saved_id, **fields)
            self._replay(s)  # the held delegation, itinerary, follow-up and status changes
            # as visit-lodging add/edit warns: a hotel added or changed giving someone a room at
            # another hotel for the same nights (any visit); saved all the same
            stays = stays_changed((h.step[0], h.step[1], h.created) for h in self.pending if h.step)
            warnings[:] = same_nights_sentences(s, stays, locale)
            return visit_form.read_visit_form(s, saved_id, lang)

        def saved(form: VisitForm) -> None:
            self.visit_id = form.id
            self.pending = []
            self._enable_tabs(True)
            self._show(form, details=True)
            self._ok(self.tr("Saved."))
            if warnings:  # as the registration list's warnings: under the result, in warning colour
                tint(self.message, WARNING)
                self.message.setText("\n".join([self.message.text(), *warnings]))
            self.saved.emit(form.id)
            announce(Changes.of(VISIT, ids=[form.id]))

        self.save_in_background(
            self.db,
            write,
            on_saved=saved,
            on_refused=self._error,  # type: ignore[arg-type]
            refused=_refused(),
        )

    def details(self) -> dict[str, Any]:
        """The Details tab as the save takes it (and a draft keeps it)."""
        return {
            "title_en": self.title_en.text(),
            "title_zh": self.title_zh.text(),
            "direction": self.direction.currentData(),
            "start_date": from_qdate(self.start_date.date()),
            "end_date": from_qdate(self.end_date.date()),
            "timezone": self.zone.zone(),
            "host_organisation_id": self.host.record_id,
            "visiting_organisation_id": self.visiting.record_id,
            "purpose_en": self.purpose_en.toPlainText(),
            "purpose_zh": self.purpose_zh.toPlainText(),
            "outcomes_en": self.outcomes_en.toPlainText(),
            "outcomes_zh": self.outcomes_zh.toPlainText(),
            "notes": self.notes.toPlainText(),
            "country": self.country.code() or None,
            "head_count": self.head_count.value() or None,
        }

    # --- drafts (RecordEditor): the details, and the held changes that are steps ---------------
    draft_kind = "visit"

    def draft_values(self) -> dict[str, Any]:
        return {
            "fields": self.details(),
            "names": {"host": self.host.label.text(), "visiting": self.visiting.label.text()},
            # Each step with the new ids it drew: held again from the draft, a change draws the
            # same ones, so a later change naming its record (a room in a hotel added, riders in
            # a vehicle added) still finds it. None: a change with no plain form (there is none
            # left since round 55; a draft of an earlier petdesk has one per Logistics change).
            "steps": [[*held.step, held.new_ids.ids] if held.step else None for held in self.pending],
        }

    def restore_draft(self, values: dict[str, Any]) -> None:
        """The details as typed, then each kept change held again (and checked again: one the
        visit no longer allows, as changed meanwhile, is said and left out)."""
        fields, names = values["fields"], values.get("names", {})
        self.title_en.setText(fields["title_en"])
        self.title_zh.setText(fields["title_zh"])
        select_data(self.direction, fields["direction"])
        self.start_date.setDate(to_qdate(fields["start_date"]))
        self.end_date.setDate(to_qdate(fields["end_date"]))
        self.zone.set_zone(fields["timezone"])
        self.host.set_record(fields["host_organisation_id"], names.get("host", ""))
        self.visiting.set_record(fields["visiting_organisation_id"], names.get("visiting", ""))
        self.country.set_code(fields.get("country") or "")  # a draft kept before 0070 has neither
        self.head_count.setValue(fields.get("head_count") or 0)
        for name in ("purpose_en", "purpose_zh", "outcomes_en", "outcomes_zh", "notes"):
            getattr(self, name).setPlainText(fields[name])
        lost = 0
        for step in values.get("steps", []):
            # a draft kept before round 55 has no ids (and None for a Logistics change)
            drawn = step[3] if step and len(step) > 3 else ()
            if not step or not self._run_step(step[0], step[1], bool(step[2]), drawn=drawn):
                lost += 1
        if lost:
            # What truly cannot be held again: a change the visit no longer allows (changed
            # meanwhile, here or by sync), and a Logistics change in a draft of an older petdesk.
            tint(self.message, WARNING)
            self.message.setText(
                self.tr(
                    "%Ln change(s) of the draft could not be recovered (no longer possible, or made "
                    "on the Logistics tab with an older petdesk): make them again.",
                    "",
                    lost,
                )
            )

    def _run_step(self, name: str, args: dict[str, Any], creates: bool = False, **how: Any) -> bool:
        """Hold the change ``visit_steps`` calls ``name`` (so a draft can keep it)."""
        return self._change(
            lambda s: visit_steps.run(s, name, args), creates=creates, step=(name, args, creates), **how
        )

    def set_status(self, status: str) -> bool:
        if self.visit_id is None:
            return False
        done = self.tr("Status changed.")
        return self._run_step("set_status", {"args": [self.visit_id, status]}, done=done)

    def _add_person(self) -> None:
        current = self.person_search.current()
        if current is None or self.visit_id is None:
            return
        role = self.role.currentData()
        self._run_step("add_participant", {"args": [self.visit_id, current[0], role]})

    def _set_role(self) -> None:
        cid = selected_id(self.people_view)
        if cid:
            role = self.role.currentData()
            # chosen: written even when it is the role a newer petdesk's stored one is read as
            self._run_step("add_participant", {"args": [self.visit_id, cid, role], "chosen": True})

    def _remove_person(self) -> None:
        """Take the selected person out of the delegation, and off its items, travel legs, rooms and
        vehicle seats; asks first when they are on any (field test 33, defect 1). One held change, so one
        Undo brings all of it back."""
        cid = selected_id(self.people_view)
        if not cid or self.visit_id is None:
            return
        visit_id = self.visit_id

        def links() -> ParticipantLinks:
            with self._draft() as s:
                return participant_links(s, visit_id, cid)

        found = self.wait_in_background(links)
        if found.any and not self._confirm_removal(dict(self.delegation).get(cid, ""), found):
            return
        self._run_step("remove_participant", {"args": [visit_id, cid]})

    def _replace_person(self) -> None:
        """A last-minute substitute: the person found takes the selected person's role, place in the
        order of precedence, items, seats, legs and rooms (field test 86: the window could only remove
        the Vice-Governor and add the director, who then sat nowhere and printed last)."""
        cid = selected_id(self.people_view)
        found = self.person_search.current()
        if not cid or found is None or found[0] == cid or self.visit_id is None:
            return
        visit_id, substitute = self.visit_id, found[0]

        def gifts() -> list[GiftMention]:
            with self._draft() as s:
                return gifts_naming(s, visit_id, cid)

        named = self.wait_in_background(gifts)
        rename = bool(named) and self._ask_about_gifts(dict(self.delegation).get(cid, ""), found[1], named)
        replace = {"args": [visit_id, cid], "substitute_id": substitute, "rename_gifts": rename}
        self._run_step("remove_participant", replace)

    def _ask_about_gifts(self, old: str, new: str, named: list[GiftMention]) -> bool:
        """Gifts are free text: a giver or recipient that is exactly the old name becomes the new one
        only when the user says so; one naming the person among other words ("Vice-Governor …") is
        listed to edit by hand (field test 86: the Vice-Governor's gift still named her)."""
        exact = [g for g in named if g.exact]
        others = [g for g in named if not g.exact]
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Gifts"))
        # The window's colon: "Tea set：…" in Chinese (shots53b: a half-width colon after the gift).
        line = self.tr("%1: %2", "a gift's description, then the name it gives as giver or recipient")
        details = "\n".join(arg(line, g.description, g.text) for g in exact)
        if others:
            still = self.tr("Still naming %1 among other words, to edit on the Logistics tab:").replace(
                "%1", old
            )
            lines = "\n".join(arg(line, g.description, g.text) for g in others)
            details = f"{details}\n\n{still}\n{lines}".strip()
        box.setInformativeText(details)
        if not exact:
            box.setObjectName("gifts_still_naming")
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(self.tr("%Ln gift(s) still name %1.", "", len(others)).replace("%1", old))
            box.exec()
            return False
        box.setObjectName("rename_gifts")
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(
            self.tr("%Ln gift(s) name %1 as giver or recipient. Put %2 in their place there?", "", len(exact))
            .replace("%1", old)
            .replace("%2", new)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _confirm_removal(self, name: str, links: ParticipantLinks) -> bool:
        """Ask before removing a person who is on items, travel legs, rooms or vehicle seats: they go
        too."""
        places = [
            self.tr("%Ln item(s)", "", links.items) if links.items else "",
            self.tr("%Ln flight(s)", "", links.flights) if links.flights else "",
            self.tr("%Ln other journey(s)", "", links.other_legs) if links.other_legs else "",
            self.tr("%Ln hotel room(s)", "", links.rooms) if links.rooms else "",
            self.tr("%Ln vehicle seat(s)", "", links.seats) if links.seats else "",
        ]
        lines = [
            self.tr("Remove %1 from the visit?").replace("%1", name),
            self.tr("%1 is also on %2. Removing takes them off those too; Undo brings all of it back.")
            .replace("%1", name)
            .replace("%2", labels.join_like([p for p in places if p], self.ui_locale)),
        ]
        if links.sole_items:
            lines.append(
                self.tr(
                    "On %Ln item(s) they are the only attendee ticked: it will list the whole delegation.",
                    "",
                    links.sole_items,
                )
            )
        answer = QMessageBox.question(
            self,
            self.tr("Remove from the visit"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def item_dialog(self, item_id: str | None = None) -> ItemDialog:
        """The dialog for a new item (``None``) or an existing one, from the values last shown;
        not yet shown."""
        form = self._form
        assert form is not None  # the itinerary tab opens once the visit is read
        held = self._held_index(item_id) if item_id else -1
        if held >= 0:  # added and not saved: its id in the last replay
            item_id = self.pending[held].created
        item = form.item(item_id) if item_id else None
        day = form.items[-1].local_start().date() if form.items else form.start_date
        people = list(self.delegation)
        known = {cid for cid, _name in people}
        others = [
            cid
            for cid in ((item.host_contact_id, item.interpreter_contact_id) if item is not None else ())
            if cid and cid not in known
        ]
        if others:  # a host who is not a participant
            wanted, lang = list(dict.fromkeys(others)), self.lang

            def names() -> list[tuple[str, str]]:
                with self.db.reading() as s:
                    return list(visit_form.names_of(s, wanted, lang))

            people.extend(self.wait_in_background(names))
        return ItemDialog(
            locale=self.ui_locale,
            timezone=form.timezone,
            day=day,
            people=people,
            item=item,
            organisations=list(item.organisations) if item is not None else [],
            db=self.db,
            roles={m.contact_id: m.role for m in form.delegation},
            parent=self,
        )

    def add_item(self) -> None:
        if self.visit_id is None or self._form is None:  # not read (yet, or the visit is gone)
            return
        self._run_item_dialog(self.item_dialog())

    def save_item(self, dialog: ItemDialog, item_id: str | None = None) -> bool:
        if item_id is not None and not dialog.changed():
            return True  # OK on an item as it was: nothing to hold, the visit stays saved
        values = dialog.values()
        attendees = values.pop("attendee_ids")
        organisations = values.pop("organisation_ids")
        protocol = values.pop("protocol")

        visit_id = self.visit_id
        assert visit_id is not None  # the itinerary tab opens only for a saved visit
        # An item added and not yet saved is edited by changing the held addition itself (its id
        # is new in every replay).
        held = self._held_index(item_id) if item_id else -1

        item = {"attendee_ids": attendees, "organisation_ids": organisations, "protocol": protocol}
        done = self.tr("Itinerary changed.")
        if item_id is None or held >= 0:
            add = {"args": [visit_id], **item, "values": values}
            return self._run_step("add_item", add, creates=True, done=done, replace=held)
        return self._run_step("update_item", {"args": [item_id], **item, "values": values}, done=done)

    def print_banquet_sheet(self) -> None:
        """The banquet sheet dialog, on the meal selected in the itinerary if one is."""
        if self.visit_id is None:
            return
        from petdesk.gui.dossier.banquet import open_banquet_dialog

        self.banquet_dialog = open_banquet_dialog(
            self, self.db, self.visit_id, item_id=selected_id(self.items_view), locale=self.ui_locale
        )

    def edit_item(self) -> None:
        item_id = selected_id(self.items_view)
        if not item_id or self._form is None:
            return
        self._run_item_dialog(self.item_dialog(item_id), item_id)

    def _run_item_dialog(self, dialog: ItemDialog, item_id: str | None = None) -> None:
        """Show the dialog again, with what was typed and why, while its change is refused (the
        services find more than the dialog's checks: a clash of a vehicle, an attendee gone)."""
        while dialog.exec():
            if self.save_item(dialog, item_id) or not self.tabs.isEnabled():
                return  # held, or the visit itself is gone (said in the message line)
            dialog.show_refusal(self._refusal)

    def delete_item(self) -> None:
        item_id = selected_id(self.items_view)
        if item_id:
            held = self._held_index(item_id)
            if held >= 0:  # added and not saved: forget the addition
                self._change(None, self.tr("Item deleted."), replace=held)  # type: ignore[arg-type]
            else:
                self._run_step("delete_item", {"args": [item_id]}, done=self.tr("Item deleted."))

    # --- calendar files ------------------------------------------------------------------------
    def export_ics(self, path: Path) -> None:
        """Write the visit's calendar file; read and written off the GUI thread (the title says
        Exporting… meanwhile). Raises OSError when the file cannot be written."""
        visit_id, locale = self.visit_id, self.ui_locale

        def work() -> None:
            from petdesk import outfile
            from petdesk.services import ical

            with self.db.reading() as s:
                data = ical.export_visit(s, visit_id, locale=locale)  # type: ignore[arg-type]
            outfile.write_bytes(path, data)

        self.wait_in_background(work, self.tr("Exporting…"))
        self._ok(self.tr("Calendar written to %1").replace("%1", str(path)))

    def export_ics_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export calendar"),
            self.tr("visit", "file name") + ".ics",  # in the window's language (field test 92)
            self.tr("iCalendar files (*.ics)"),
        )
        if name:
            try:
                self.export_ics(Path(name))
            except OSError as exc:
                self._error(exc)

    # --- registration list ---------------------------------------------------------------------
    def export_registration_list(self, path: Path, *, delimiter: str = ",") -> list[str]:
        """Write the delegation list for hotel and police registration (.csv split at ``delimiter``,
        or .xlsx, by the name) off the GUI thread, and say how many guests it holds and which
        passports expire too soon (returned too). Raises OSError when the file cannot be written."""
        visit_id, locale = self.visit_id, self.ui_locale

        def work() -> tuple[int, list[str]]:
            from petdesk.services import registration_list as rl

            with self.db.reading() as s:
                found = rl.registration_list(s, visit_id)  # type: ignore[arg-type]
            written = rl.write(found, path, locale, delimiter=delimiter, logged_in=self.db)
            return written, rl.warnings(found, locale)

        written, warnings = self.wait_in_background(work, self.tr("Exporting…"))
        said = self.tr("%Ln guest(s) written to %1", "", written).replace("%1", str(path))
        tint(self.message, WARNING if warnings else SUCCESS)
        self.message.setText("\n".join([said, *warnings]))
        return warnings

    def export_registration_list_dialog(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Registration list"),
            self.tr("registration", "file name") + ".xlsx",
            ";;".join((self.tr("Excel workbooks (*.xlsx)"), self.tr("CSV files (*.csv)"))),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv" if "*.csv" in chosen else ".xlsx")
        delimiter = ","
        if path.suffix.lower() == ".csv":  # a hotel in Germany splits at semicolons (csv53)
            from petdesk.gui import csv_separator

            if (asked := csv_separator.ask_separator(self)) is None:
                return
            delimiter = asked
        try:
            self.export_registration_list(path, delimiter=delimiter)
        except OSError as exc:
            self._error(exc)

    def import_ics(self, path: Path) -> ical.ImportResult | None:
        result: list[ical.ImportResult] = []
        note = self.tr("Importing…")
        try:
            data = self.wait_in_background(path.read_bytes, note)
        except OSError as exc:
            self._error(exc)
            return None
        args = visit_steps.calendar_args(self.visit_id, data, path.name)  # type: ignore[arg-type]

        def work(s: Session) -> None:  # saved as an import: Undo an Earlier Import can take it back
            result.append(visit_steps.run(s, "import_calendar", args))  # type: ignore[arg-type]

        # Held like the other changes (a step: a draft keeps the file), and checked (parsed,
        # matched, replayed) off the GUI thread.
        if self._change(work, note=note, step=("import_calendar", args, False)):
            from petdesk.gui.visits.ics_report import IcsImportReport

            r = result[0]
            self.ics_report = IcsImportReport(r, self.ui_locale, self)
            self._ok(self.tr("Imported: %1").replace("%1", self.ics_report.counts(r)))
            self.ics_report.open()  # every change, reason and guest, before anything is saved
            return r
        return None

    def import_ics_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import meetings"), "", self.tr("iCalendar files (*.ics)")
        )
        if name:
            self.import_ics(Path(name))


#: A held change as ``visit_steps`` runs it: (name, arguments, creates a record).
_Step = tuple[str, dict[str, Any], bool]


@dataclass
class _Held:
    """A change held until Save: a service call, and the id of the record it created in the
    last replay (for calls that create one)."""

    fn: Callable[[Session], object]
    creates: bool = False
    #: The change in plain values (``visit_steps``), which a draft keeps; None for the others.
    step: _Step | None = None
    #: The id of the record created in the last replay, and in every replay so far.
    created: str | None = None
    ids: set[str] = field(default_factory=set)
    #: The new ids it drew the first time, drawn again in every replay.
    new_ids: RepeatableIds = field(default_factory=RepeatableIds)


def _span(start: dt.datetime, end: dt.datetime, locale: str) -> str:
    if end == start:  # a moment (a calendar event with no end), as the dossier prints it
        return i18n.format_time(start, locale)
    return f"{i18n.format_time(start, locale)}–{i18n.format_time(end, locale)}"


def _refused() -> tuple[type[Exception], ...]:
    """What the services raise for a change they refuse (shown as an error, nothing saved)."""
    return (ScheduleError, NotFoundError, ValueError, TypeError, *_calendar_errors())


def _calendar_errors() -> tuple[type[Exception], ...]:
    """The calendar file error, once ``petdesk.services.ical`` is in use: it is imported on first
    use (icalendar takes a second at start, issue 18), and before that nothing can raise it."""
    ical = sys.modules.get("petdesk.services.ical")
    return (ical.CalendarFileError,) if ical is not None else ()


def _text_box_height(box: QPlainTextEdit, lines: float) -> int:
    """The height of ``box`` showing ``lines`` lines of its font, with its frame and margins."""
    margins = box.contentsMargins().top() + box.contentsMargins().bottom()
    inner = 2 * box.document().documentMargin()
    return round(box.fontMetrics().lineSpacing() * lines + inner + margins)


def _held_note(done: str, note: str) -> str:
    """``done`` and the "(not saved yet)" note: a space between English sentences, none after a
    Chinese full stop or before a full-width bracket ("已添加礼品。（尚未保存）")."""
    if not done:
        return note
    joined_tight = done.endswith(("。", "）")) or note.startswith("（")
    return done + ("" if joined_tight else " ") + note
