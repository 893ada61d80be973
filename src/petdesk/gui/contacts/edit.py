"""Create or edit a contact: names in both scripts, ways to reach them, organisation and position.

Validation happens in ``services.contacts``; every problem is listed at the top of the dialog in
the interface language and the fields concerned are marked, so nothing is lost on a failed save.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from petdesk import labels
from petdesk.db import Database
from petdesk.gui import code_fields
from petdesk.gui.a11y import label_for, named
from petdesk.gui.code_fields import CodeChecklist, CodeCombo
from petdesk.gui.colours import CAUTION, ERROR, tint
from petdesk.gui.contacts.detail import CHANNELS, LABELS, tr
from petdesk.gui.contacts.list_fields import ListFieldBox
from petdesk.gui.form_columns import align_label_columns
from petdesk.gui.mnemonic import name_buddies, without_mnemonic
from petdesk.gui.newer_value_note import NewerValueNote
from petdesk.gui.operations import read_op
from petdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPixmap,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStringListModel,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.record_editor import RecordEditor, put_back
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.tab_order import NO_DATE, OptionalDateEdit
from petdesk.gui.table_model import SEARCH_DELAY_MS
from petdesk.gui.translation import arg
from petdesk.gui.visits.widgets import display_format
from petdesk.i18n import format_datetime, is_chinese, translator
from petdesk.messages import localize
from petdesk.models.enums import NameOrder
from petdesk.services import contact_form, duplicates, names_indic, photos
from petdesk.services.contact_form import ContactForm, Job
from petdesk.services.contacts import Method, join_tags
from petdesk.services.duplicates_on_save import LikelyDuplicate, PossibleDuplicate
from petdesk.services.merge import MergedAwayError
from petdesk.services.names_by_script import has_kana, language_of
from petdesk.services.names_indic import is_indic_name
from petdesk.services.validation import ValidationError

ERROR_STYLE = "border: 1px solid {colour};"


class OrganisationPicker(QLineEdit):
    """A line edit completing organisation names (either script, pinyin too) from the search index.

    It searches as the list pages do: a moment after typing stops, off the GUI thread (on 100,000
    records a search on the GUI thread froze the typing); the newest search wins."""

    #: A search's choices have arrived (tests wait for it).
    searched = Signal()

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self._choices: dict[str, str] = {}
        self._generation = 0
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.setPlaceholderText(self.tr("Type to find an organisation"))

    def search_now(self) -> None:
        """Search for the text typed now, off the GUI thread."""
        self._timer.stop()
        self._generation += 1
        generation, text, language = self._generation, self.text(), self.ui_locale
        read_op(
            self.db,
            lambda session: contact_form.organisation_choices(session, text, language),
            on_success=lambda choices: self._show_choices(generation, choices),
            owner=self,
        )

    def _show_choices(self, generation: int, choices: list[tuple[str, str]]) -> None:
        if generation != self._generation:
            return  # an older search answered late
        self._choices.update(choices)
        self._model.setStringList([name for name, _id in choices])
        completer = self.completer()
        if choices and self.hasFocus() and completer is not None:
            completer.complete()
        self.searched.emit()

    def choices(self) -> list[str]:
        """The names offered now."""
        return self._model.stringList()

    def set_organisation(self, organisation_id: str | None, name: str) -> None:
        if organisation_id:
            self._choices[name] = organisation_id
        self.setText(name)

    def chosen_id(self) -> str | None:
        """The id of the organisation chosen from the list; None when the text is empty or typed
        by hand (the save then looks the name up off the GUI thread)."""
        return self._choices.get(self.text().strip())


class MethodRow(QWidget):
    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = QComboBox(self)
        self.channel.setObjectName(f"method_channel_{index}")
        for value, text in CHANNELS.items():
            self.channel.addItem(tr("Channel", text), value)
        self.value = QLineEdit(self)
        self.value.setObjectName(f"method_value_{index}")
        named(self.value, self.tr("Address or number"))
        self.label = QComboBox(self)
        self.label.setObjectName(f"method_label_{index}")
        for value, text in LABELS.items():
            self.label.addItem(tr("Channel", text), value)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove"))
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.channel)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.remove)
        #: Under the row: a channel or label a newer petdesk stored (hidden otherwise).
        self.channel_note = NewerValueNote(self.channel, self)
        self.label_note = NewerValueNote(self.label, self)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        rows.addLayout(layout)
        rows.addWidget(self.channel_note)
        rows.addWidget(self.label_note)

    def method(self) -> Method | None:
        value = self.value.text().strip()
        return Method(self.channel.currentData(), value, self.label.currentData()) if value else None


class ContactEditDialog(RecordEditor):
    """New contact (``contact_id`` None) or edit an existing one."""

    def __init__(
        self, db: Database, locale: str, contact_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.contact_id = contact_id
        self.saved_id: str | None = None
        #: Set when the user answered "Save Anyway" to the question about a likely duplicate.
        self._save_anyway = False
        #: The position the form showed when loaded (the save decides from it what changed).
        self._job: Job | None = None
        self.setWindowTitle(self.tr("New contact") if contact_id is None else self.tr("Edit contact"))

        self.error = QLabel(self)
        self.error.setObjectName("error")
        tint(self.error, ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        #: Problems of the stored record that do not stop a save (a future birthday kept from before).
        self.warning = QLabel(self)
        self.warning.setObjectName("warning")
        tint(self.warning, CAUTION)
        self.warning.setWordWrap(True)
        self.warning.hide()

        def line(name: str) -> QLineEdit:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            return edit

        self.fields: dict[str, QWidget] = {}
        self.family_name = line("family_name")
        self.given_name = line("given_name")
        self.name_order = QComboBox(self)
        self.name_order.setObjectName("name_order")
        self.name_order.addItem(self.tr("Given name first (Wei Zhang)"), NameOrder.GIVEN_FIRST.value)
        self.name_order.addItem(self.tr("Family name first (Zhang Wei)"), NameOrder.FAMILY_FIRST.value)
        # An order picked here is kept: the Vietnamese rule no longer turns it round on save.
        self._order_chosen = False
        self.name_order.activated.connect(self._choose_order)
        self.family_name_zh = line("family_name_zh")
        self.given_name_zh = line("given_name_zh")
        #: A Korean name's Hanja (李敏鎬 beside 이민호): shown for a Korean name only.
        self.name_hanja = line("name_hanja")
        self.name_hanja.setPlaceholderText(self.tr("e.g. 李敏鎬"))
        self.honorific_en = line("honorific_en")
        self.honorific_zh = line("honorific_zh")
        # What phones and mail programs carry (issue 13).
        self.phonetic_family_name = line("phonetic_family_name")
        self.phonetic_given_name = line("phonetic_given_name")
        self.middle_name = line("middle_name")
        self.name_suffix = line("name_suffix")
        self.nickname = line("nickname")
        self.birthday = line("birthday")
        self.birthday.setPlaceholderText(self.tr("e.g. 1980-03-15, or --03-15 without the year"))
        self.anniversary = line("anniversary")
        self.anniversary.setPlaceholderText(self.tr("e.g. 2005-06-01"))
        self.websites = line("websites")
        # Labels shown, codes stored (issue 16): "女" / "Female" for ``f``, "中文、英语" for zh, en.
        self.gender = CodeCombo(code_fields.gender_choices(locale), self)
        self.gender.setObjectName("gender")
        self.languages = CodeChecklist(
            code_fields.language_choices(locale),
            locale,
            self,
            label_of=lambda code: labels.language_name(code, locale),
        )
        self.languages.setObjectName("languages")
        self.languages.changed.connect(self.mark_dirty)
        self.tags = line("tags")
        self.dietary_needs = line("dietary_needs")
        self.accessibility_needs = line("accessibility_needs")
        self.emergency_contact = line("emergency_contact")
        # Travel documents (0061): for invitation letters, guest registration and visa applications.
        self.nationality = CodeCombo(code_fields.country_choices(locale), self, editable=True)
        self.nationality.setObjectName("nationality")
        self.passport_number = line("passport_number")
        self.passport_expiry = line("passport_expiry")
        self.passport_expiry.setPlaceholderText(self.tr("e.g. 2030-03-15"))
        self.visa_note = line("visa_note")
        self.visa_note.setPlaceholderText(self.tr("e.g. Schengen C visa, single entry"))
        # A person who asked not to be contacted (GDPR restriction, 0069): left out of bulk exports.
        self.do_not_contact = QCheckBox(self.tr("Left out of bulk exports"), self)
        self.do_not_contact.setObjectName("do_not_contact")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(80)
        self.organisation = OrganisationPicker(db, locale, self)
        self.organisation.setObjectName("organisation")
        self.position_en = line("position_en")
        self.position_zh = line("position_zh")
        # "—" for a position whose start is not known (an imported one showed today's date as if
        # the job had started today; field test 12); a new contact's position starts today.
        self.start_date = OptionalDateEdit(self, display_format())
        self.start_date.setObjectName("start_date")
        if contact_id is None:
            self.start_date.setDate(dt.date.today())  # type: ignore[arg-type]

        names_box = QGroupBox(self.tr("Name"), self)
        grid = QGridLayout(names_box)
        grid.addWidget(label_for(self.tr("&Family name"), self.family_name), 0, 1)
        grid.addWidget(label_for(self.tr("&Given name"), self.given_name), 0, 2)
        grid.addWidget(QLabel(self.tr("Latin script"), self), 1, 0)
        grid.addWidget(self.family_name, 1, 1)
        grid.addWidget(self.given_name, 1, 2)
        # The rows' own words leave no Alt letter free (22 of 26 are the form's, round 61): the two rows
        # typed most after the Latin one, the native name and the title, take a letter of their own
        # in brackets, as Chinese labels do ("中文(&Z)": Z for zhongwen, Q for qian, a title's first).
        self.native_label = label_for(self._lettered(self.tr("Chinese"), "Z"), self.family_name_zh)
        self.native_label.setObjectName("native_label")
        grid.addWidget(self.native_label, 2, 0)
        grid.addWidget(self.family_name_zh, 2, 1)
        grid.addWidget(self.given_name_zh, 2, 2)
        grid.addWidget(QLabel(self.tr("Written as"), self), 3, 0)
        grid.addWidget(self.name_order, 3, 1, 1, 2)
        self.honorific_label = label_for(
            self._lettered(self.tr("Title (English / Chinese)"), "Q"), self.honorific_en
        )
        grid.addWidget(self.honorific_label, 4, 0)
        grid.addWidget(self.honorific_en, 4, 1)
        grid.addWidget(self.honorific_zh, 4, 2)
        grid.addWidget(QLabel(self.tr("Reading (kana, pinyin …)"), self), 5, 0)
        grid.addWidget(self.phonetic_family_name, 5, 1)
        grid.addWidget(self.phonetic_given_name, 5, 2)
        grid.addWidget(QLabel(self.tr("Middle name / suffix"), self), 6, 0)
        grid.addWidget(self.middle_name, 6, 1)
        grid.addWidget(self.name_suffix, 6, 2)
        self.hanja_label = QLabel(self.tr("Hanja"), self)
        self.hanja_label.setBuddy(self.name_hanja)
        grid.addWidget(self.hanja_label, 7, 0)
        grid.addWidget(self.name_hanja, 7, 1, 1, 2)
        self.hanja_label.hide()  # until a Korean name is typed or read (_label_native_script)
        self.name_hanja.hide()
        self.name_hanja.textChanged.connect(self._label_native_script)
        self._name_boxes()

        self.methods_box = QGroupBox(self.tr("E-mail, phone and messaging"), self)
        self.methods_layout = QVBoxLayout(self.methods_box)
        self.method_rows: list[MethodRow] = []
        add_method = QPushButton(self.tr("Add"), self)
        add_method.setObjectName("add_method")
        add_method.clicked.connect(lambda: self.add_method_row())
        self.methods_layout.addWidget(add_method, 0, Qt.AlignmentFlag.AlignLeft)

        work = QGroupBox(self.tr("Organisation"), self)
        work_form = QFormLayout(work)
        work_form.addRow(self.tr("&Organisation"), self.organisation)
        work_form.addRow(self.tr("&Position (English)"), self.position_en)
        self.position_zh_label = QLabel(self.tr("Position (C&hinese)"), self)
        # addRow with a label widget makes no buddy: the box was read as "Organisation", the group's title.
        self.position_zh_label.setBuddy(self.position_zh)
        work_form.addRow(self.position_zh_label, self.position_zh)
        # A Korean or Japanese name is not typed "in Chinese": the labels follow its script.
        self.family_name_zh.textChanged.connect(self._label_native_script)
        self.given_name_zh.textChanged.connect(self._label_native_script)
        self.phonetic_family_name.textChanged.connect(self._label_native_script)
        self.phonetic_given_name.textChanged.connect(self._label_native_script)
        work_form.addRow(self.tr("&Since"), self.start_date)
        self.job_hint = QLabel(
            self.tr("Choosing another organisation ends the current position and keeps it in the history."),
            self,
        )
        self.job_hint.setWordWrap(True)
        self.job_hint.setVisible(contact_id is not None)
        work_form.addRow(self.job_hint)

        more = QGroupBox(self.tr("Visits and notes"), self)
        more_form = QFormLayout(more)
        more_form.addRow(self.tr("Gende&r"), self.gender)
        more_form.addRow(self.tr("&Languages"), self.languages)
        more_form.addRow(self.tr("&Dietary requirements"), self.dietary_needs)
        more_form.addRow(self.tr("&Accessibility needs"), self.accessibility_needs)
        more_form.addRow(self.tr("&Emergency contact"), self.emergency_contact)
        more_form.addRow(self.tr("Nickna&me"), self.nickname)
        more_form.addRow(self.tr("&Birthday"), self.birthday)
        more_form.addRow(self.tr("Anniversar&y"), self.anniversary)
        more_form.addRow(self.tr("&Web pages"), self.websites)
        more_form.addRow(self.tr("&Tags"), self.tags)
        more_form.addRow(self.tr("&Notes"), self.notes)
        more_form.addRow(self.tr("Do not &contact"), self.do_not_contact)

        travel = QGroupBox(self.tr("Travel documents"), self)
        travel.setObjectName("travel_documents")
        travel_form = QFormLayout(travel)
        travel_form.addRow(self.tr("Nat&ionality"), self.nationality)
        travel_form.addRow(self.tr("Passport n&umber"), self.passport_number)
        travel_form.addRow(self.tr("Passport e&xpiry date"), self.passport_expiry)
        travel_form.addRow(self.tr("&Visa note"), self.visa_note)
        # The right column's groups share one label column, so their fields line up.
        self._right_forms = (work_form, more_form, travel_form)
        align_label_columns(*self._right_forms)

        # Addresses, related people and other messaging (issue 13): rows like the methods above.
        self.addresses = ListFieldBox(
            self.tr("Postal addresses"),
            "addresses",
            "label",
            [("work", self.tr("Work")), ("home", self.tr("Home")), ("other", self.tr("Other"))],
            [
                ("street", self.tr("Street"), 4),
                ("city", self.tr("City"), 2),
                ("region", self.tr("Region"), 2),
                ("postcode", self.tr("Postcode"), 1),
                ("country", self.tr("Country"), 2),
            ],
            self.tr("Add address"),
            self.watch_form,
            self.mark_dirty,
            self,
        )
        self.related_names = ListFieldBox(
            self.tr("Related people"),
            "related_names",
            "type",
            [
                ("spouse", self.tr("Spouse")),
                ("partner", self.tr("Partner")),
                ("child", self.tr("Child")),
                ("parent", self.tr("Parent")),
                ("assistant", self.tr("Assistant")),
                ("manager", self.tr("Manager")),
                ("friend", self.tr("Friend")),
                ("other", self.tr("Other")),
            ],
            [("name", self.tr("Name"), 3)],
            self.tr("Add person"),
            self.watch_form,
            self.mark_dirty,
            self,
        )
        self.other_handles = ListFieldBox(
            self.tr("Other messaging"),
            "other_handles",
            "service",
            [
                ("qq", "QQ"),
                ("xmpp", "XMPP"),
                ("gtalk", "Google Talk"),
                ("sip", "SIP"),
                ("icq", "ICQ"),
                ("aim", "AIM"),
                ("msn", "MSN"),
                ("yahoo", "Yahoo"),
                ("twitter", "X (Twitter)"),
                ("other", self.tr("Other")),
            ],
            [("handle", self.tr("Handle"), 3)],
            self.tr("Add handle"),
            self.watch_form,
            self.mark_dirty,
            self,
        )
        # The photo: a thumbnail, chosen from a picture file (kept small by the photo service).
        self._photo = ""
        self.photo_label = QLabel(self)
        self.photo_label.setObjectName("photo")
        self.photo_label.setFixedSize(72, 72)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid #c0c0c0;")
        choose_photo = QPushButton(self.tr("Choose photo…"), self)
        choose_photo.setObjectName("choose_photo")
        choose_photo.clicked.connect(self.choose_photo)
        self.remove_photo = QPushButton(self.tr("Remove photo"), self)
        self.remove_photo.setObjectName("remove_photo")
        self.remove_photo.clicked.connect(lambda: self.set_photo(""))
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(choose_photo)
        photo_buttons.addWidget(self.remove_photo)
        photo_buttons.addStretch(1)
        photo_box = QGroupBox(self.tr("Photo"), self)
        photo_row = QHBoxLayout(photo_box)
        photo_row.addWidget(self.photo_label)
        photo_row.addLayout(photo_buttons)
        people_row = QHBoxLayout()
        people_row.addWidget(self.related_names, 1)
        people_row.addWidget(self.other_handles, 1)
        people_row.addWidget(photo_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("buttons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(names_box)
        left.addWidget(self.methods_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(work)
        right.addWidget(more)
        right.addWidget(travel)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        # The form scrolls inside the dialog, so that the dialog fits a 1366×768 screen (issue 16);
        # the error line and the buttons stay in view.
        form = QWidget(self)
        form.setObjectName("form")
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(columns)
        form_layout.addWidget(self.addresses)
        form_layout.addLayout(people_row)
        scroll = QScrollArea(self)
        scroll.setObjectName("form_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 960, 680)
        self.fields = {
            "family_name": self.family_name,
            "given_name": self.given_name,
            "family_name_zh": self.family_name_zh,
            "given_name_zh": self.given_name_zh,
            "organisation_id": self.organisation,
            "position_en": self.position_en,
            "position_zh": self.position_zh,
            "start_date": self.start_date,
            "end_date": self.start_date,
            "birthday": self.birthday,
            "anniversary": self.anniversary,
            "nationality": self.nationality,
            "passport_expiry": self.passport_expiry,
        }
        self._show_photo("")
        if contact_id is None:
            self.add_method_row("email")
            self.add_method_row("phone")
        self.family_name.setFocus()
        self.watch_form(self)
        self.set_clean()
        if contact_id is not None:
            # Read off the GUI thread; the form is disabled ("Loading…") until it is filled.
            self.load_in_background(
                db, lambda s: contact_form.read_contact_form(s, contact_id, locale), self._fill
            )

    def _choose_order(self) -> None:
        self._order_chosen = True

    def _label_native_script(self) -> None:
        """Name the native row after the script typed in it: Hangul Korean, kana Japanese, and kanji
        with a kana reading Japanese, as the save stores it."""
        reading = self.phonetic_family_name.text() + self.phonetic_given_name.text()
        native = self.family_name_zh.text() + self.given_name_zh.text()
        language = language_of(native, "ja" if has_kana(reading) else "")
        if language == "ko":
            row, title, position = (
                self.tr("Korean"),
                self.tr("Title (English / Korean)"),
                self.tr("Position (&Korean)"),
            )
        elif language == "ja":
            row, title = self.tr("Japanese"), self.tr("Title (English / Japanese)")
            position = self.tr("Position (&Japanese)")
        elif language in names_indic.LANGUAGES:
            # a Hindi name kept beside the English one (field test 107): the row was "Chinese"; the
            # honorific and position beside it stay Chinese ones
            row = labels.language_name(language, self.ui_locale)
            title, position = self.tr("Title (English / Chinese)"), self.tr("Position (C&hinese)")
        else:
            row, title = self.tr("Chinese"), self.tr("Title (English / Chinese)")
            position = self.tr("Position (C&hinese)")
        if is_indic_name(native) and language not in names_indic.LANGUAGES:
            # A name in an Indian script whose language is not told: not labelled "Chinese" either
            # (field test 113); the title and position rows stay Chinese, written for the Chinese side.
            row = self.tr("Other script")
        korean = language == "ko" or bool(self.name_hanja.text())
        self.hanja_label.setVisible(korean)
        self.name_hanja.setVisible(korean)
        self.native_label.setText(self._lettered(row, "Z"))
        self.honorific_label.setText(self._lettered(title, "Q"))
        self.position_zh_label.setText(position)
        name_buddies(self)  # the position box is read by its new label
        align_label_columns(*self._right_forms)  # "Position (Japanese)" may be the widest label now
        self._name_boxes()

    def _lettered(self, row: str, letter: str) -> str:
        """A name grid row's label, its Alt ``letter`` in brackets after it: "中文(&Z)", "Chinese (&Z)"."""
        return arg(self.tr("%1 (&%2)", "a name grid row with its Alt letter; Chinese: %1(&%2)"), row, letter)

    def _name_boxes(self) -> None:
        """Name each box of the name grid by its row and column: without a label of its own, a screen
        reader read all eleven as "Name", the group's title (field test 62)."""
        family, given = self.tr("Family name"), self.tr("Given name")
        latin, native = self.tr("Latin script"), without_mnemonic(self.native_label.text())
        reading = self.tr("Reading (kana, pinyin …)")
        title = without_mnemonic(self.honorific_label.text())
        boxes = (
            (self.family_name, latin, family),
            (self.given_name, latin, given),
            (self.family_name_zh, native, family),
            (self.given_name_zh, native, given),
            (self.honorific_en, title, self.tr("English")),
            (self.honorific_zh, title, native),
            (self.phonetic_family_name, reading, family),
            (self.phonetic_given_name, reading, given),
        )
        for box, row, column in boxes:
            named(box, arg(self.tr("%1: %2", "a name box: its row, then its column"), row, column))
        named(self.middle_name, self.tr("Middle name"))
        named(self.name_suffix, self.tr("Name suffix"))

    def add_method_row(
        self, channel: str | None = None, value: str = "", label: str | None = None
    ) -> MethodRow:
        row = MethodRow(len(self.method_rows), self)
        if channel:
            row.channel.setCurrentIndex(max(0, row.channel.findData(channel)))
        if label:
            row.label.setCurrentIndex(max(0, row.label.findData(label)))
        row.value.setText(value)
        row.remove.clicked.connect(lambda: self._remove_method_row(row))
        self.methods_layout.insertWidget(len(self.method_rows), row)
        self.method_rows.append(row)
        self.fields[f"methods[{len(self.method_rows) - 1}]"] = row.value
        self.watch_form(row)
        return row

    def _remove_method_row(self, row: MethodRow) -> None:
        self.mark_dirty()
        row.value.clear()
        row.hide()

    def _fill(self, form: ContactForm) -> None:
        """Show the contact read off the GUI thread (plain values, no ORM objects)."""
        for key, text in form.texts.items():
            getattr(self, key).setText(text)
        self.websites.setText(", ".join(form.websites))
        self.addresses.set_rows([dict(row) for row in form.addresses])
        self.related_names.set_rows([dict(row) for row in form.related_names])
        self.other_handles.set_rows([dict(row) for row in form.other_handles])
        self._show_photo(form.photo)
        self.name_order.setCurrentIndex(max(0, self.name_order.findData(form.name_order)))
        self._order_chosen = form.name_order_chosen
        self.do_not_contact.setChecked(form.do_not_contact)
        self.gender.set_code(form.gender)
        self.nationality.set_code(form.nationality)
        self.languages.set_codes(list(form.languages))
        self.tags.setText(join_tags(form.tags, self.ui_locale))
        self.notes.setPlainText(form.notes)
        for n, method in enumerate(form.methods):
            row = self.add_method_row(str(method.channel), method.value, str(method.label))
            newer = form.methods_newer[n] if n < len(form.methods_newer) else {}
            row.channel_note.show_stored(newer.get("channel"))
            row.label_note.show_stored(newer.get("label"))
        if not form.methods:
            self.add_method_row("email")
            self.add_method_row("phone")
        self._job = form.job
        if form.birthday_warning:
            self.warning.setText(form.birthday_warning)
            self.warning.show()
            self.birthday.setToolTip(form.birthday_warning)
        if form.job is not None and form.job.organisation_id:
            self.organisation.set_organisation(form.job.organisation_id, form.job.organisation_name)
            self.position_en.setText(form.job.position_en)
            self.position_zh.setText(form.job.position_zh)
            if form.job.start_date:
                self.start_date.setDate(form.job.start_date)  # type: ignore[arg-type]

    def values(self) -> dict[str, Any]:
        return {
            "family_name": self.family_name.text(),
            "given_name": self.given_name.text(),
            "name_order": self.name_order.currentData(),
            "name_order_chosen": self._order_chosen,
            "name_hanja": self.name_hanja.text(),
            "family_name_zh": self.family_name_zh.text(),
            "given_name_zh": self.given_name_zh.text(),
            "honorific_en": self.honorific_en.text(),
            "honorific_zh": self.honorific_zh.text(),
            "gender": self.gender.code(),
            "languages": self.languages.codes(),
            "tags": self.tags.text(),
            "dietary_needs": self.dietary_needs.text(),
            "accessibility_needs": self.accessibility_needs.text(),
            "emergency_contact": self.emergency_contact.text(),
            "notes": self.notes.toPlainText(),
            "phonetic_family_name": self.phonetic_family_name.text(),
            "phonetic_given_name": self.phonetic_given_name.text(),
            "middle_name": self.middle_name.text(),
            "name_suffix": self.name_suffix.text(),
            "nickname": self.nickname.text(),
            "birthday": self.birthday.text(),
            "anniversary": self.anniversary.text(),
            "websites": self.websites.text(),
            "addresses": self.addresses.rows(),
            "related_names": self.related_names.rows(),
            "other_handles": self.other_handles.rows(),
            "photo": self._photo,
            "nationality": self.nationality.code(),
            "passport_number": self.passport_number.text(),
            "passport_expiry": self.passport_expiry.text(),
            "visa_note": self.visa_note.text(),
            "do_not_contact": self.do_not_contact.isChecked(),
        }

    def _show_photo(self, stored: str) -> None:
        self._photo = stored
        self.photo_label.clear()
        _media, data = photos.to_bytes(stored)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo_label.setPixmap(
                pixmap.scaled(
                    72, 72, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.photo_label.setText(self.tr("No photo"))
        self.remove_photo.setEnabled(bool(stored))

    def set_photo(self, stored: str) -> None:
        """Show and keep this photo (stored form, "" for none); saved with the contact."""
        self._show_photo(stored)
        self.mark_dirty()

    def set_photo_file(self, path: str) -> bool:
        """Shrink a picture file to a thumbnail and take it; a file that is no picture is said."""
        try:
            stored = photos.from_file(path)
        except photos.PhotoError as exc:
            why = localize(str(exc), self.ui_locale)
            self.error.setText(self.tr("This file cannot be used as a photo: %1").replace("%1", why))
            self.error.show()
            return False
        self.error.hide()
        self.set_photo(stored)
        return True

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp)")
        )
        if path:
            self.set_photo_file(path)

    def methods(self) -> list[Method]:
        return [m for row in self.method_rows if (m := row.method())]

    def _show_errors(self, exc: ValidationError) -> None:
        for widget in self.fields.values():
            tint(widget, None)
        for field in exc.fields():
            if widget := self.fields.get(field):  # type: ignore[assignment]
                tint(widget, ERROR, ERROR_STYLE)
        self.error.setText(exc.text(self.ui_locale))
        self.error.show()

    def _collected(self) -> dict[str, Any]:
        """The whole form as the save takes it (and a draft keeps it)."""
        return {
            "values": self.values(),
            "methods": self.methods(),
            "organisation_id": self.organisation.chosen_id(),
            "organisation_name": self.organisation.text(),
            "position_en": self.position_en.text(),
            "position_zh": self.position_zh.text(),
            "start_date": None if self.start_date.date() == NO_DATE else self.start_date.date().toPython(),
        }

    # --- drafts (RecordEditor) -------------------------------------------------------------------
    draft_kind = "contact"

    def draft_record_id(self) -> str | None:
        return self.contact_id

    def draft_values(self) -> dict[str, Any]:
        form = self._collected()
        form["methods"] = [[str(m.channel), m.value, str(m.label)] for m in form["methods"]]
        return form

    def restore_draft(self, values: dict[str, Any]) -> None:
        for key, value in values["values"].items():
            if key == "photo":
                self._show_photo(value or "")
                self._photo = value or ""
            elif key == "name_order_chosen":
                self._order_chosen = bool(value)
            elif (widget := getattr(self, key, None)) is not None:
                put_back(widget, value)
        # a newer petdesk's channel or label, named under a row read from the file: the draft's row
        # of the same channel and value is that row (the save keeps it), so it names it too
        newer = {
            (r.channel.currentData(), r.value.text()): (r.channel_note.stored(), r.label_note, r.label)
            for r in self.method_rows
            if r.channel_note.stored() is not None or r.label_note.stored() is not None
        }
        for row in self.method_rows:  # the rows read from the database give way to the draft's
            row.value.clear()
            row.hide()
        for channel, value, label in values["methods"]:
            row = self.add_method_row(channel, value, label)
            if (read := newer.pop((channel, value), None)) is not None:
                stored_channel, label_note, read_label = read
                row.channel_note.show_stored(stored_channel)
                # the label's note only while the draft keeps the label it was read as
                same_label = label == read_label.currentData()
                row.label_note.show_stored(label_note.stored() if same_label else None)
        self.organisation.set_organisation(values["organisation_id"], values["organisation_name"] or "")
        self.position_en.setText(values["position_en"])
        self.position_zh.setText(values["position_zh"])
        if values["start_date"]:
            self.start_date.setDate(values["start_date"])

    def save_changes(self) -> bool:
        self.save()
        return self.wait_for_save() and self.result() == QDialog.DialogCode.Accepted

    def save(self) -> None:
        """Save off the GUI thread; the dialog closes once saved, or shows what to correct."""
        if self.is_busy():
            return
        contact_id, was = self.contact_id, self._job
        form = self._collected()
        values, methods = form["values"], form["methods"]
        chosen, typed = form["organisation_id"], form["organisation_name"]
        position_en, position_zh, start = form["position_en"], form["position_zh"], form["start_date"]
        language = self.ui_locale
        check_duplicates = contact_id is None and not self._save_anyway

        def write(session: Any) -> str:
            return contact_form.save_contact_form(
                session,
                contact_id,
                values,
                methods=methods,
                organisation_id=chosen,
                organisation_name=typed,
                language=language,
                position_en=position_en,
                position_zh=position_zh,
                start_date=start,
                was=was,
                check_duplicates=check_duplicates,
            )

        def saved(saved_id: str) -> None:
            self.saved_id = saved_id
            self.accept()

        self.save_in_background(
            self.db,
            write,
            on_saved=saved,
            on_refused=self._refused,
            refused=(ValidationError, MergedAwayError, PossibleDuplicate),
        )

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, MergedAwayError):
            self._merged_away(exc)
            return
        if isinstance(exc, PossibleDuplicate):
            self._ask_about_duplicate(exc.matches[0])
            return
        assert isinstance(exc, ValidationError)
        self._show_errors(exc)

    def _merged_away(self, exc: MergedAwayError) -> None:
        """The contact was merged into another while it was being edited (the command line, or
        another office's package): say into whom, keep everything typed in this editor, and offer
        to open the kept contact beside it, to carry the changes over (field test 20, defect 7)."""
        merged = exc.merged
        # In the window's language and the user's zone ("5 Dec 2026, 14:05" / "2026年12月5日 14:05").
        when = format_datetime(merged.merged_at.astimezone(), self.ui_locale)
        if merged.author:
            told = arg(
                self.tr("While you were editing, this contact was merged into %1 on %2 by %3."),
                merged.kept_name,
                when,
                merged.author,
            )
        else:
            told = arg(
                self.tr("While you were editing, this contact was merged into %1 on %2."),
                merged.kept_name,
                when,
            )
        kept = self.tr("Your changes were not saved; they stay in this editor to copy.")
        self.error.setText(f"{told} {kept}")
        self.error.show()
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Contact merged"), f"{told}\n\n{kept}", parent=self
        )
        box.setObjectName("merged_away")
        open_kept = box.addButton(
            arg(self.tr("Open %1"), merged.kept_name), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(
            lambda button: self.open_kept_contact(merged.kept_id) if button is open_kept else None
        )
        self.merged_box = box
        box.open()  # window-modal, not blocking: the typed values stay readable behind it

    def _ask_about_duplicate(self, match: LikelyDuplicate) -> None:
        """The new contact is likely someone already known (field test 38, defect 3): open that
        one, save this one anyway, or go back to the form. Nothing typed is lost either way."""
        who = (
            arg(self.tr("%1 (%2)"), match.name, "、".join(match.organisations))
            if match.organisations
            else match.name
        )
        question = arg(self.tr("This may be the same person as the existing contact %1."), who)
        core_tr = translator(self.ui_locale)
        separator = "；" if is_chinese(self.ui_locale) else "; "
        reasons = separator.join(duplicates.translate_reason(r, core_tr) for r in match.reasons)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Possible duplicate"), question, parent=self)
        box.setObjectName("possible_duplicate")
        box.setInformativeText(reasons)
        open_existing = box.addButton(self.tr("Open the Existing One"), QMessageBox.ButtonRole.ActionRole)
        save_anyway = box.addButton(self.tr("Save Anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_existing)

        def answered(button: Any) -> None:
            if button is open_existing:
                self.open_kept_contact(match.contact_id)
            elif button is save_anyway:
                self._save_anyway = True
                self.save()

        box.buttonClicked.connect(answered)
        self.duplicate_box = box
        box.open()  # window-modal, not blocking: the form stays as typed behind it

    def open_kept_contact(self, kept_id: str) -> None:
        """An editor for the kept contact beside this one, which keeps the unsaved values."""
        editor = ContactEditDialog(self.db, self.ui_locale, kept_id, parent=self.parentWidget())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.kept_editor = editor
        editor.show()
