"""A project's own fields in the window: a new one (projects could only come from an exchange file or
another office) or one opened from the board or the list. What a project needs to be followed:
titles, the funder and its programme, the deadline (its stage moves on the board); on their own
tabs the money (applied for, approved, co-financing), the description, the documents
(:mod:`.documents`), its partner organisations and its milestones (:mod:`.parts`). OK stores it
all in one transaction. Tabs keep the dialog within a 1024×640 screen."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import select

from petdesk import drafts
from petdesk import models as m
from petdesk.amounts import MAX_AMOUNT, AmountError, offered_currencies
from petdesk.db import Database
from petdesk.gui import code_fields
from petdesk.gui.a11y import labelled_row
from petdesk.gui.code_fields import CodeChecklist
from petdesk.gui.colours import ERROR, tint
from petdesk.gui.follow_ups.panel import FollowUpPanel
from petdesk.gui.newer_value_note import note_row
from petdesk.gui.operations import PROJECT, Changes, show_failure, write_op
from petdesk.gui.projects.deadline_row import DeadlineRow
from petdesk.gui.projects.documents import DocumentsTab
from petdesk.gui.projects.parts import MilestonesTab, PartnersTab, PartsDraft
from petdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDialogButtonBox,
    QDoubleSpinBox,
    QEvent,
    QFocusEvent,
    QFormLayout,
    QHBoxLayout,
    QInputMethodEvent,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    Qt,
    QTabWidget,
    QToolTip,
    QValidator,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.record_editor import RecordEditor, as_typed, put_back_all
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.tab_room import room_for_tab_labels
from petdesk.gui.translation import arg
from petdesk.gui.visits.widgets import RecordField
from petdesk.i18n import STORED_MONEY_DIGITS, currency_digits, format_money
from petdesk.messages import localize
from petdesk.models.enums import OrgKind
from petdesk.peso_signs import typed_amount
from petdesk.services import deadline_time, newer_values
from petdesk.services import funders as funder_service
from petdesk.services import projects as project_service
from petdesk.services.visits import find_organisations
from petdesk.vocab import label

#: Offered first in the currency box; any other ISO code may be typed.
CURRENCIES = ("USD", "EUR", "CNY", "GBP", "JPY", "SEK", "CHF", "KRW", "SGD")


def _own_currency(db: Database) -> str:
    """The currency of the office's country (CNY while none is set)."""
    from petdesk.services.past_projects import home_currency

    with db.reading() as session:
        return home_currency(session)


#: The fields of the "Funding" tab's amount boxes: (field, box attribute).
AMOUNTS = (("amount", "amount"), ("amount_approved", "approved"), ("cofinancing", "cofinancing"))


class AmountBox(QDoubleSpinBox):
    """An amount with the currency's cents; 0 shows as "—": not known yet. A digit typed into "—"
    replaces it (Qt appended it to the dash, refused "—5" and kept the box empty: only Tab, which
    selects the text, let one type an amount).

    Text Qt's spin box cannot read ("１，２３４．５６", "1.2万", "50万元" from an input method) is read
    as the command line reads amounts (:func:`petdesk.amounts.parse_amount`); text neither can read
    is refused in words beside the box. Qt rejected it without a word (field test 54, defect 2)."""

    #: The refusal said, or "" once the box reads its text again: the dialog shows it under the tabs,
    #: as a tooltip alone it was gone in seconds and left a red box without a word (shots51).
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None, locale: str = "en") -> None:
        super().__init__(parent)
        self.setRange(0, MAX_AMOUNT)  # what the services accept (petdesk.amounts)
        self.setDecimals(STORED_MONEY_DIGITS)
        self.setGroupSeparatorShown(True)
        self.setSpecialValueText("—")
        self.locale_name = locale
        # The project's currency: its sign or code typed beside an amount is read ("1.250.000,50 €").
        self.currency = ""
        # The office's own currency: a bare "$" is its money where "$" is its sign (pesos in Mexico).
        self.own = ""
        # The last refusal shown (empty when the last text typed was read).
        self.refusal = ""

    def _qt_reads(self, text: str) -> bool:
        return super().validate(text, len(text))[0] == QValidator.State.Acceptable

    def _read(self, text: str) -> float:
        """The amount ``text`` writes, in the box's range; raises ValueError with the refusal."""
        try:
            # "1,250" is 1.25 to a reader whose numbers have a decimal comma (en_DE: a German system)
            value = typed_amount(
                text, self.currency, self.own, decimal_comma=self.locale().decimalPoint() == ","
            )
        except AmountError as exc:
            raise ValueError(exc.text(self.locale_name)) from None
        if value is None or not self.minimum() <= value <= self.maximum():
            most = self.locale().toString(self.maximum(), "f", 0)
            raise ValueError(arg(self.tr("“%1” is not an amount from 0 to %2."), text.strip(), most))
        return value

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._qt_reads(text):
            return super().validate(text, pos)
        try:
            self._read(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos  # kept as typed, refused when finished
        return QValidator.State.Acceptable, text, pos

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(text) if self._qt_reads(text) else self._read(text)

    def _check_typed(self) -> None:
        """Say why the text cannot be read before Qt puts the old amount back."""
        text = self.lineEdit().text()
        # "—" is the box left empty: leaving it was refused as "— is not an amount" (shots51)
        if not text.strip() or text.strip() == self.specialValueText() or self._qt_reads(text):
            self._clear_refusal()
            return
        try:
            self._read(text)
        except ValueError as refusal:
            self.refusal = str(refusal)
            tint(self, ERROR, "border: 1px solid {colour};")
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.refusal, self)
            self.refused.emit(self.refusal)
            return
        self._clear_refusal()

    def _clear_refusal(self) -> None:
        if self.refusal:
            self.refusal = ""
            tint(self, None)
            self.refused.emit("")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._check_typed()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        """What the input method commits into "—" replaces it, as a digit key does (handled here:
        the spin box passes the event to its line edit before ``inputMethodEvent`` is called)."""
        if event.type() == QEvent.Type.InputMethod and self.value() == self.minimum():
            composed = cast(QInputMethodEvent, event)
            if composed.commitString() or composed.preeditString():
                self.selectAll()
        return super().event(event)

    def show_digits(self, digits: int) -> None:
        """Show ``digits`` after the point (0 for yen), or more if the amount in the box has them:
        Qt rounds the value to the decimals shown, and a stored 800,000.50 became 800,001
        (field test 7)."""
        value = self.value()
        needed = next(
            (d for d in range(STORED_MONEY_DIGITS) if round(value, d) == value), STORED_MONEY_DIGITS
        )
        self.setDecimals(max(digits, needed))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._check_typed()
        if self.value() == self.minimum() and event.text().isdigit():
            self.selectAll()
        super().keyPressEvent(event)


def funder_names(db: Database, language: str) -> list[str]:
    """Names of the live funders (organisations of kind fund), in the window's language first."""
    o = m.Organisation
    with db.reading() as s:
        rows = s.execute(
            select(o.name_en, o.name_zh).where(o.kind == OrgKind.FUND, o.deleted_at.is_(None))
        ).all()
    zh = language.startswith("zh")
    return sorted({(zh and name_zh) or name_en or name_zh for name_en, name_zh in rows} - {""})


class ProjectDialog(RecordEditor):
    """Every field of a new project (which starts at the stage chosen) or of ``project_id`` (whose
    stage is moved on the board, where each move is dated), with its documents, partners and
    milestones. A record editor: Esc or Cancel after a change asks Save / Discard / Cancel."""

    def __init__(
        self, db: Database, locale: str, parent: QWidget | None = None, *, project_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectDialog")
        self.setWindowTitle(self.tr("Edit Project") if project_id else self.tr("New Project"))
        self.setMinimumWidth(520)
        self.db, self.ui_locale, self.project_id = db, locale, project_id
        self.created_id: str | None = None
        #: The (titles, funder) a same-project warning was given for: a second Save makes it.
        self._duplicate_warned: tuple[str, str, str | None] | None = None
        self.title_en, self.title_zh = QLineEdit(self), QLineEdit(self)
        self.funder = QComboBox(self)
        self.funder.setEditable(True)  # a funder not yet known is made as an organisation of kind fund
        self.funder.addItem("")
        self.funder.addItems(funder_names(db, locale))
        #: Which funder the name typed stands for, as saving will take it: an existing one, a new
        #: organisation, or too many to choose from (the same rule as ``projects add --funder``).
        self.funder_note = QLabel(self)
        self.funder_note.setObjectName("funder_note")
        self.funder_note.setWordWrap(True)
        self.funder_note.hide()  # shown with something to say: empty, it kept a blank line (shots56)
        self.funder.editTextChanged.connect(self._show_funder_note)
        #: The organisation leading the project (the visit dossiers list the projects it leads).
        self.lead = RecordField(
            db,
            find_organisations,
            self.tr("Lead organisation"),
            pick_title=self.tr("Choose the lead organisation"),
            purpose=self.tr("The organisation that leads this project."),
            locale=locale,
            parent=self,
        )
        self.programme_en, self.programme_zh = QLineEdit(self), QLineEdit(self)
        self.programme_en.setPlaceholderText(self.tr("The funder's programme or call applied to"))
        self.areas = CodeChecklist(code_fields.technology_area_choices(locale), locale, self)
        self.areas.setObjectName("technology_areas")
        self.areas.changed.connect(self.mark_dirty)
        #: The deadline's date, time of day and the funder's zone, the office's moment under them.
        self.deadline_row = DeadlineRow(self, locale)
        self.deadline = self.deadline_row.date
        self.stage = QComboBox(self)
        for stage in project_service.STAGES:
            self.stage.addItem(label(stage, locale), stage.value)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        # the office's own first (INR in New Delhi, IDR in Jakarta: they could only be typed), then
        # CNY, EUR, USD and the rest of those petdesk reads by sign or word
        own = _own_currency(db)
        self.currency.addItems(offered_currencies(own))
        self.amount, self.approved, self.cofinancing = (AmountBox(self, locale) for _ in range(3))
        for box in (self.amount, self.approved, self.cofinancing):
            box.currency, box.own = self.currency.currentText(), own
        #: Each amount as money in the interface's language ("US$1,200,000.00", babel's CLDR
        #: formats, as the board and the lists show it).
        self.amount_words = {name: QLabel(self) for _field, name in AMOUNTS}
        self.cofinancing_note = QPlainTextEdit(self)
        self.cofinancing_note.setObjectName("cofinancing_note")
        self.cofinancing_note.setPlaceholderText(self.tr("Who gives it, in cash or in kind"))
        self.cofinancing_note.setMaximumHeight(80)
        self.description_en, self.description_zh = QPlainTextEdit(self), QPlainTextEdit(self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Title (&English)"), self.title_en)
        form.addRow(self.tr("Title (C&hinese)"), self.title_zh)
        form.addRow(self.tr("&Funder"), self.funder)
        form.addRow("", self.funder_note)
        form.addRow(self.tr("&Lead organisation"), self.lead)
        form.addRow(self.tr("P&rogramme (English)"), self.programme_en)
        form.addRow(self.tr("Pr&ogramme (Chinese)"), self.programme_zh)
        form.addRow(self.tr("Technology &areas"), self.areas)
        labelled_row(form, self.tr("Deadli&ne"), self.deadline_row, buddy=self.deadline)
        form.addRow(self.tr("&Stage"), self.stage)
        # a project's stage is moved on the board (the box is for a new project only)
        self.stage_note = note_row(
            form,
            self.stage,
            template=self.tr(
                "The stage stored by a newer petdesk is “%1”, which this version does not know; it is "
                "kept until the project is moved to another stage on the Projects board."
            ),
        )
        money = QFormLayout()
        money.addRow(self.tr("C&urrency"), self.currency)
        for text, (_field, name) in zip(
            (self.tr("Amount re&quested"), self.tr("Amount appro&ved"), self.tr("Co-&financing")),
            AMOUNTS,
            strict=True,
        ):
            row = QHBoxLayout()
            row.addWidget(getattr(self, name), 1)
            row.addWidget(self.amount_words[name], 1)
            # one line high: the form gave the rows of a box and a label the tab's spare height
            self.amount_words[name].setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            labelled_row(money, text, row, buddy=getattr(self, name))
            getattr(self, name).valueChanged.connect(lambda _value: self._show_amounts())
        self.currency.currentTextChanged.connect(lambda _text: self._show_amounts())
        self.currency.currentTextChanged.connect(self._show_currency_digits)
        money.addRow(self.tr("Co-financing n&ote"), self.cofinancing_note)
        described = QFormLayout()
        described.addRow(self.tr("Description (&English)"), self.description_en)
        described.addRow(self.tr("Description (C&hinese)"), self.description_zh)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        fields, funding, description = QWidget(self), QWidget(self), QWidget(self)
        fields.setLayout(form)
        on_top = QVBoxLayout(funding)  # the spare height below the note, not between the rows
        on_top.addLayout(money)
        on_top.addStretch(1)
        description.setLayout(described)
        self.documents_tab = DocumentsTab(self)
        self.partners_tab = PartnersTab(db, locale, self)
        self.milestones_tab = MilestonesTab(locale, self)
        self.tabs = QTabWidget(self)
        room_for_tab_labels(self.tabs)
        self.tabs.addTab(fields, self.tr("&Project"))
        self.tabs.addTab(funding, self.tr("Fundin&g"))
        self.tabs.addTab(description, self.tr("&Description"))
        self.tabs.addTab(self.documents_tab, self.tr("Do&cuments"))
        self.tabs.addTab(self.partners_tab, self.tr("Par&tners"))
        self.tabs.addTab(self.milestones_tab, self.tr("&Milestones"))
        #: What is owed on this project (field test 50, defect 1): the visit editor's widget. Its
        #: changes are written at once, as on the contact and organisation panes, not held for OK.
        # Alt letters on its form as on the visit's tab, but D, C and N are this editor's tabs' (and
        # Funding's G, so that N reaches the note): "Act&ion (English)", "Du&e" (field test 61 follow-up).
        letters = (
            self.tr("Act&ion (English)"),
            self.tr("Action (C&hinese)"),
            self.tr("&Owner"),
            self.tr("Du&e"),
            self.tr("&Note"),
        )
        self.follow_ups = FollowUpPanel(db, locale=locale, form_letters=letters, parent=self)
        if project_id:
            self.tabs.addTab(self.follow_ups, self.tr("Follo&w-ups"))
            self.follow_ups.show_record("project", project_id)
        else:  # a new project has none yet: out of a tab, the panel sat loose over the dialog's corner
            self.follow_ups.hide()
        for box in (self.amount, self.approved, self.cofinancing):
            box.refused.connect(self._say_refusal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Room for the partner and milestone tables (a screen of 1366×768 has it).
        resize_within_screen(self, 700, 470)
        if project_id:
            self._fill(project_id)
        self._show_amounts()
        for widget in (fields, funding, description):
            self.watch_form(widget)
        for box in (self.amount, self.approved, self.cofinancing):
            box.valueChanged.connect(self.mark_dirty)  # watch_form leaves spin boxes out
        self.documents_tab.edited.connect(self.mark_dirty)
        self.lead.changed.connect(self.mark_dirty)
        self.partners_tab.edited.connect(self.mark_dirty)
        self.milestones_tab.edited.connect(self.mark_dirty)
        self.set_clean()
        #: The fields as opened: only those changed since are written back (an untouched field
        #: is never rewritten, even where the box shows it differently from the stored value).
        self._opened = self.values()

    def _show_currency_digits(self, currency: str) -> None:
        for _field, name in AMOUNTS:
            getattr(self, name).show_digits(currency_digits(currency))
            getattr(self, name).currency = currency.strip().upper()

    def _show_funder_note(self, text: str) -> None:
        """Say under the funder box which funder the name typed gives the project (a quick read)."""
        name = text.strip()
        with self.db.reading() as s:
            funders = funder_service.funders_for_name(s, name) if name else []
            org = s.get(m.Organisation, funders[0].id) if len(funders) == 1 else None
            # the deadline's zone is the funder's where its country keeps one clock (not the US)
            self.deadline_row.suggest_zone(deadline_time.funder_zone(org.country if org else ""))
        if not name or (len(funders) == 1 and name in (funders[0].name_en, funders[0].name_zh)):
            note = ""  # a funder's own name (or none): nothing to explain
        elif len(funders) == 1:
            note = self.tr("The funder: %1").replace("%1", funders[0].name)
        elif funders:
            names = "; ".join(f.name for f in funders)
            note = self.tr("Several funders have this in their names: %1. Give more of the name.")
            note = note.replace("%1", names)
        else:
            note = self.tr("A new funder organisation will be created: %1").replace("%1", name)
        self.funder_note.setText(note)
        self.funder_note.setHidden(not note)

    def _say_refusal(self, refusal: str) -> None:
        if refusal:
            tint(self.message, ERROR)
            self.message.setText(refusal)
        elif not any(box.refusal for box in (self.amount, self.approved, self.cofinancing)):
            tint(self.message, None)
            self.message.clear()

    def _show_amounts(self) -> None:
        """Each amount beside its box as money of the currency chosen (nothing for "—")."""
        currency = self.currency.currentText().strip().upper()
        known = len(currency) == 3 and currency.isalpha()
        for _field, name in AMOUNTS:
            value = getattr(self, name).value()
            # exact: the user checks the figure typed (1,800,000.50 is not "180万元"; review 49, finding 2)
            words = format_money(value, currency, self.ui_locale, exact=True) if value and known else ""
            self.amount_words[name].setText(words)

    def _fill(self, project_id: str) -> None:
        with self.db.reading() as s:
            p = s.get(m.Project, project_id)
            if p is None:
                return
            funder = s.get(m.Organisation, p.funder_organisation_id) if p.funder_organisation_id else None
            zh = self.ui_locale.startswith("zh")
            funder_name = ((zh and funder.name_zh) or funder.name_en or funder.name_zh) if funder else ""
            self.title_en.setText(p.title_en)
            self.title_zh.setText(p.title_zh)
            self.funder.setCurrentText(funder_name)
            self.programme_en.setText(p.programme_en)
            self.programme_zh.setText(p.programme_zh)
            self.areas.set_codes(p.technology_areas)
            self.currency.setCurrentText(p.currency)  # first: it sets the boxes' decimals
            for field, name in AMOUNTS:
                box = getattr(self, name)
                box.setDecimals(STORED_MONEY_DIGITS)  # the stored value as it is, then its digits
                box.setValue(getattr(p, field) or 0)
                box.show_digits(currency_digits(p.currency))
            self.cofinancing_note.setPlainText(p.cofinancing_note)
            self.description_en.setPlainText(p.description_en)
            self.description_zh.setPlainText(p.description_zh)
            self.deadline_row.set_values(p.deadline, p.deadline_time or "", p.deadline_zone or "")
            self.stage.setCurrentIndex(self.stage.findData(p.status.value))
            self.stage_note.show_stored(newer_values.unknown_values(s, p).get("status"))
            detail = project_service.get_project(s, project_id)
            # read here, not by ``load_in_background``: a draft then tells a change made meanwhile
            self._draft_stamp = drafts.record_stamp(s, "project", project_id)
        self.documents_tab.load(detail.documents)
        lead = project_service.pick(self.ui_locale, *detail.lead_names)
        if detail.lead_deleted:  # not named as if alive (field test 50, defect 4)
            lead = self.tr("%1 (deleted)").replace("%1", lead)
        self.lead.set_record(detail.lead_id, lead)
        self.partners_tab.load(detail.partners)
        self.milestones_tab.load(detail.milestones)
        self.stage.setEnabled(False)  # moved on the board, where each move is dated
        self.stage.setToolTip(self.tr("The stage moves on the board, where each move is dated."))

    def values(self) -> dict[str, Any]:
        """What :func:`projects.create_project` is given."""
        return {
            "title_en": self.title_en.text().strip(),
            "title_zh": self.title_zh.text().strip(),
            "funder": self.funder.currentText().strip() or None,
            "programme_en": self.programme_en.text().strip(),
            "programme_zh": self.programme_zh.text().strip(),
            "technology_areas": self.areas.codes(),
            "lead_organisation_id": self.lead.record_id,
            **{field: getattr(self, name).value() or None for field, name in AMOUNTS},
            "currency": self.currency.currentText().strip(),
            "cofinancing_note": self.cofinancing_note.toPlainText().strip(),
            "description_en": self.description_en.toPlainText().strip(),
            "description_zh": self.description_zh.toPlainText().strip(),
            "documents": self.documents_tab.documents(),
            "deadline": self.deadline_row.day(),
            "deadline_time": self.deadline_row.time.text().strip(),
            "deadline_zone": self.deadline_row.zone.zone(),
            "stage": project_service.parse_stage(self.stage.currentData()),
        }

    # --- drafts (RecordEditor): the fields, documents, partners and milestones as shown --------
    draft_kind = "project"

    def draft_record_id(self) -> str | None:
        return self.project_id

    def inputs(self) -> dict[str, QWidget]:
        """The input of each field ``values`` collects but the documents (a draft goes back through them)."""
        return {
            "title_en": self.title_en,
            "title_zh": self.title_zh,
            "funder": self.funder,
            "programme_en": self.programme_en,
            "programme_zh": self.programme_zh,
            "technology_areas": self.areas,
            "lead_organisation_id": self.lead,
            "currency": self.currency,  # first: it sets the amount boxes' decimals
            **{field: getattr(self, name) for field, name in AMOUNTS},
            "cofinancing_note": self.cofinancing_note,
            "description_en": self.description_en,
            "description_zh": self.description_zh,
            "deadline": self.deadline,
            "deadline_time": self.deadline_row.time,
            "deadline_zone": self.deadline_row.zone,
            "stage": self.stage,
        }

    def draft_values(self) -> dict[str, Any]:
        values = as_typed(self.inputs(), self.values())
        values["partners"] = self.partners_tab.draft_rows()
        values["milestones"] = self.milestones_tab.draft_rows()
        return values

    def restore_draft(self, values: dict[str, Any]) -> None:
        put_back_all(self.inputs(), values)
        self.documents_tab.load(values["documents"])
        self.partners_tab.put_back_rows(values["partners"])
        self.milestones_tab.put_back_rows(values["milestones"])

    def parts(self) -> PartsDraft:
        """The partner and milestone changes made on their tabs."""
        partners_removed, roles_changed, partners_added = self.partners_tab.changes()
        milestones_removed, milestones_changed, milestones_added = self.milestones_tab.changes()
        return PartsDraft(
            partners_removed=partners_removed,
            roles_changed=roles_changed,
            partners_added=partners_added,
            milestones_removed=milestones_removed,
            milestones_changed=milestones_changed,
            milestones_added=milestones_added,
        )

    def make(self) -> None:
        """Store the project with its partners and milestones (a title is needed first) in one
        transaction; the dialog closes when it is stored."""
        values = self.values()
        if not values["title_en"] and not values["title_zh"]:
            self.message.setText(self.tr("Give the project a title in English or Chinese."))
            self.tabs.setCurrentIndex(0)
            self.title_en.setFocus()
            return
        if self._same_project_warned(values):
            return
        parts = self.parts()
        saving_to_close = self.saving_to_close()

        def made(project_id: str) -> None:
            self.created_id = project_id
            self.stored(saving_to_close=saving_to_close)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, project_service.PipelineError):
                self.message.setText(localize(str(exc), self.ui_locale))
                if str(exc) == project_service.COFINANCING_NEEDS_AMOUNT:
                    self.tabs.setCurrentIndex(1)  # the Funding tab, where the amount is missing
                    self.cofinancing.setFocus()
            else:
                show_failure(self, exc)
            self.save_finished.emit(False)

        # busy while stored: the unsaved-changes prompt's Save waits for the outcome (wait_for_save)
        self._set_busy(True, QCoreApplication.translate("RecordEditor", "Saving…"))
        write_op(
            self.db,
            lambda s: self._store(s, values, parts),
            changes=lambda project_id: Changes.of(PROJECT, ids=[project_id]),
            on_success=made,
            on_failure=failed,
            owner=self,
        )

    def _same_project_warned(self, values: dict[str, Any]) -> bool:
        """A new project with the title and funder of one that exists: say so once and wait for a
        second Save (a warning, not a refusal: two calls of one funder may share a title)."""
        if self.project_id is not None:
            return False
        key = (values["title_en"], values["title_zh"], values["funder"])
        if key == self._duplicate_warned:
            return False
        with self.db.reading() as s:
            same = project_service.same_title_and_funder(s, *key)
        if not same:
            return False
        self._duplicate_warned = key
        self.message.setText(
            self.tr("A project “%1” with this funder exists already (%2). Press OK again to make another.")
            .replace("%1", same[0].title(self.ui_locale))
            .replace("%2", same[0].id[:8])
        )
        return True

    def save_changes(self) -> bool:
        """Save from the unsaved-changes prompt: True once stored."""
        return self.save_and_wait(self.make)

    def _store(self, session: Any, values: dict[str, Any], parts: PartsDraft) -> str:
        """The new project's id, or the changed one's (off the GUI thread)."""
        if self.project_id is None:
            project_id = project_service.create_project(session, **values).id
        else:
            changed = {k: v for k, v in values.items() if v != self._opened.get(k)}
            fields = {k: v for k, v in changed.items() if k not in ("stage", "funder")}
            if {"deadline_time", "deadline_zone"} & set(fields):
                # the pair as shown, both: a zone suggested from the funder goes with the time typed
                fields |= {k: values[k] for k in ("deadline_time", "deadline_zone")}
            if "funder" in changed:
                fields["funder"] = changed["funder"] or ""  # emptied: no funder
            project_id = project_service.update_project(session, self.project_id, **fields).id
        parts.store(session, project_id)
        return project_id
