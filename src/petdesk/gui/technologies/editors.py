"""A technology or a city need typed in by hand, or changed (field test 13, defect 4: both could
only come in by import). Both names or titles and descriptions in English and Chinese, the sector
from the vocabulary, the provider or the city chosen by typing its name. What the services refuse
is shown under the field to fix, and nothing typed is lost. Saving announces the change, which
refreshes the page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from petdesk.db import Database
from petdesk.enums import NeedStatus
from petdesk.gui.a11y import labelled_row, named
from petdesk.gui.code_fields import CodeCombo
from petdesk.gui.colours import ERROR, tint
from petdesk.gui.newer_value_note import note_row
from petdesk.gui.operations import Changes, show_failure, write_op
from petdesk.gui.optional_count import OptionalCountBox
from petdesk.gui.projects.project_dialog import CURRENCIES, AmountBox
from petdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDate,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.record_editor import RecordEditor, as_typed, put_back_all
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.tab_order import NO_DATE, OptionalDateEdit
from petdesk.gui.visits.widgets import ProblemRows, RecordField, display_format, fill_enum_combo, select_data
from petdesk.i18n import currency_digits
from petdesk.language import interface_language
from petdesk.messages import localize
from petdesk.services import needs as need_service
from petdesk.services import technologies as tech_service
from petdesk.services.contacts import join_tags, split_tags
from petdesk.services.projects import PipelineError, pick
from petdesk.services.technologies import FieldProblems
from petdesk.services.visits import Found, find_cities, find_organisations
from petdesk.vocab import SECTORS, technology_area_label


def sector_choices(locale: str) -> list[tuple[str, str]]:
    """Every sector code the services accept, by its name in the interface's language."""
    return [(code, technology_area_label(code, locale)) for code in SECTORS]


def _text_box(parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)  # Tab goes on to the next field, as in the other editors
    box.setMaximumHeight(70)
    return box


class TrlBox(OptionalCountBox):
    """Readiness 1–9, "—" while not known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(9, parent)


class CatalogueEditor(RecordEditor):
    """What the two editors share: the form with a row for problems under each field checked, the
    message line, Save and Cancel (Ctrl+S saves; Esc with changes asks), loading and saving off the
    GUI thread. Subclasses build the form and say how to read, fill, collect and write."""

    #: The change kind announced when saved ("technology", "need").
    kind = ""

    def __init__(self, db: Database, locale: str, record_id: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db, self.ui_locale, self.record_id = db, locale, record_id
        #: The id stored by the last save (a new record's id once made).
        self.saved_id: str | None = None
        #: The fields as opened: an edit writes only those changed since.
        self._opened: dict[str, Any] = {}
        self.form = QFormLayout()
        self.problems = ProblemRows(self.form, locale)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        tint(self.message, ERROR)
        self.build_form()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        fields = QWidget(self)
        fields.setLayout(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(fields)
        layout.addWidget(self.message)
        layout.addStretch(1)  # spare height below the form, not inside the provider's or city's row
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 620)
        self.watch_form(fields)
        self.set_clean()
        if record_id:
            self.load_in_background(db, lambda s: self.read(s, record_id), self._fill_opened)

    # --- for subclasses ----------------------------------------------------------------------
    def build_form(self) -> None:
        raise NotImplementedError

    def read(self, session: Any, record_id: str) -> Any:
        """The record as a plain row (off the GUI thread)."""
        raise NotImplementedError

    def fill(self, row: Any) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def write(self, session: Any, values: dict[str, Any]) -> str:
        """Create or update with ``values``; the record's id (off the GUI thread)."""
        raise NotImplementedError

    def inputs(self) -> dict[str, QWidget]:
        """The input of each field ``values`` collects (a draft is put back through them)."""
        raise NotImplementedError

    # --- drafts (RecordEditor): the form as ``values`` collects it ---------------------------
    def draft_record_id(self) -> str | None:
        return self.record_id

    def draft_values(self) -> dict[str, Any]:
        return as_typed(self.inputs(), self.values())

    def restore_draft(self, values: dict[str, Any]) -> None:
        put_back_all(self.inputs(), values)

    # --- shared ------------------------------------------------------------------------------
    def add_row(
        self, label: str, field: QWidget, problem: str | None = None, buddy: QWidget | None = None
    ) -> None:
        """A labelled field, with a row under it for the problems of ``problem`` (a field name);
        the label's Alt letter reaches ``buddy`` where the field is a row of several boxes."""
        labelled_row(self.form, label, field, buddy)
        if problem:
            self.problems.add(problem, field)

    def organisation_field(
        self,
        title: str,
        search: Callable[..., list[Found]] = find_organisations,
        *,
        pick_title: str = "",
        purpose: str = "",
    ) -> RecordField:
        """``pick_title`` and ``purpose``: what its pick dialog says it picks (see PickDialog)."""
        field = RecordField(
            self.db, search, title, pick_title=pick_title, purpose=purpose, locale=self.ui_locale, parent=self
        )
        field.changed.connect(self.mark_dirty)
        return field

    def organisation_label(self, names: tuple[str, str]) -> str:
        return pick(interface_language(self.ui_locale), *names)

    def _fill_opened(self, row: Any) -> None:
        self.fill(row)
        self._opened = self.values()

    def save(self) -> None:
        """Store the record off the GUI thread; the editor closes once stored, or shows under
        each field what to correct."""
        if self.is_busy():
            return
        values = self.values()
        if self.record_id:  # only what changed since it was opened
            values = {key: value for key, value in values.items() if value != self._opened.get(key)}
        saving_to_close = self.saving_to_close()

        def made(record_id: str) -> None:
            self.saved_id = record_id
            self.stored(saving_to_close=saving_to_close)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.problems.show(exc.problems if isinstance(exc, FieldProblems) else {})
            if isinstance(exc, FieldProblems):
                self.message.clear()
            elif isinstance(exc, PipelineError):
                self.message.setText(localize(str(exc), self.ui_locale))
            else:
                show_failure(self, exc)
            self.save_finished.emit(False)

        # Busy while stored: the unsaved-changes prompt's Save waits for the outcome.
        self._set_busy(True, QCoreApplication.translate("RecordEditor", "Saving…"))
        write_op(
            self.db,
            lambda s: self.write(s, values),
            changes=lambda record_id: Changes.of(self.kind, ids=[record_id]),
            on_success=made,
            on_failure=failed,
            owner=self,
        )

    def save_changes(self) -> bool:
        """Save from the unsaved-changes prompt: True once stored."""
        return self.save_and_wait(self.save)


class TechnologyEditor(CatalogueEditor):
    """A catalogue entry: names, sector, provider, readiness (TRL), descriptions, key figures, tags."""

    kind = draft_kind = "technology"

    def __init__(
        self, db: Database, locale: str, technology_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, locale, technology_id, parent)
        self.setObjectName("TechnologyEditor")
        self.setWindowTitle(self.tr("Edit technology") if technology_id else self.tr("New technology"))

    def build_form(self) -> None:
        self.name_en, self.name_zh = QLineEdit(self), QLineEdit(self)
        self.sector = CodeCombo(sector_choices(self.ui_locale), self)
        self.provider = self.organisation_field(
            self.tr("Provider"),
            pick_title=self.tr("Choose the technology's provider"),
            purpose=self.tr("The organisation that offers this technology."),
        )
        self.trl = TrlBox(self)
        self.trl.setToolTip(self.tr("Technology readiness level, 1 (idea) to 9 (proven in use)"))
        self.trl.valueChanged.connect(self.mark_dirty)  # watch_form leaves spin boxes out
        self.description_en, self.description_zh = _text_box(self), _text_box(self)
        self.key_figures_en, self.key_figures_zh = _text_box(self), _text_box(self)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Separated by commas"))
        self.add_row(self.tr("Name (&English)"), self.name_en)
        self.add_row(self.tr("Name (C&hinese)"), self.name_zh, "name_en")
        self.add_row(self.tr("&Sector"), self.sector, "sector")
        self.add_row(self.tr("&Provider"), self.provider, "provider_organisation_id")
        self.add_row(self.tr("&Readiness (TRL)"), self.trl, "trl")
        self.add_row(self.tr("&Description (English)"), self.description_en)
        self.add_row(self.tr("Descr&iption (Chinese)"), self.description_zh)
        self.add_row(self.tr("&Key figures (English)"), self.key_figures_en)
        self.add_row(self.tr("Key fi&gures (Chinese)"), self.key_figures_zh)
        self.add_row(self.tr("&Tags"), self.tags)

    def read(self, session: Any, record_id: str) -> tech_service.TechnologyRow:
        return tech_service.get_technology(session, record_id)

    def fill(self, row: tech_service.TechnologyRow) -> None:
        self.name_en.setText(row.name_en)
        self.name_zh.setText(row.name_zh)
        self.sector.set_code(row.sector)
        self.provider.set_record(row.provider_id, self.organisation_label((row.provider_en, row.provider_zh)))
        self.trl.setValue(row.trl or 0)
        self.description_en.setPlainText(row.description_en)
        self.description_zh.setPlainText(row.description_zh)
        self.key_figures_en.setPlainText(row.key_figures_en)
        self.key_figures_zh.setPlainText(row.key_figures_zh)
        self.tags.setText(join_tags(row.tags, self.ui_locale))

    def values(self) -> dict[str, Any]:
        return {
            "name_en": self.name_en.text().strip(),
            "name_zh": self.name_zh.text().strip(),
            "sector": self.sector.code(),
            "provider_organisation_id": self.provider.record_id,
            "trl": self.trl.value() or None,
            "description_en": self.description_en.toPlainText().strip(),
            "description_zh": self.description_zh.toPlainText().strip(),
            "key_figures_en": self.key_figures_en.toPlainText().strip(),
            "key_figures_zh": self.key_figures_zh.toPlainText().strip(),
            "tags": split_tags(self.tags.text()),
        }

    def inputs(self) -> dict[str, QWidget]:
        return {
            "name_en": self.name_en,
            "name_zh": self.name_zh,
            "sector": self.sector,
            "provider_organisation_id": self.provider,
            "trl": self.trl,
            "description_en": self.description_en,
            "description_zh": self.description_zh,
            "key_figures_en": self.key_figures_en,
            "key_figures_zh": self.key_figures_zh,
            "tags": self.tags,
        }

    def write(self, session: Any, values: dict[str, Any]) -> str:
        if self.record_id is None:
            return tech_service.create_technology(session, **values).id
        return tech_service.update_technology(session, self.record_id, **values).id


class NeedEditor(CatalogueEditor):
    """A city need: titles, city, sector, the problem, scale, budget with its currency, deadline,
    status, tags."""

    kind = draft_kind = "need"

    def __init__(
        self, db: Database, locale: str, need_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, locale, need_id, parent)
        self.setObjectName("NeedEditor")
        self.setWindowTitle(self.tr("Edit city need") if need_id else self.tr("New city need"))

    def build_form(self) -> None:
        self.title_en, self.title_zh = QLineEdit(self), QLineEdit(self)
        self.city = self.organisation_field(  # city governments first
            self.tr("City"),
            find_cities,
            pick_title=self.tr("Choose the city with this need"),
            purpose=self.tr("The city government whose need this is."),
        )
        self.sector = CodeCombo(sector_choices(self.ui_locale), self)
        self.problem_en, self.problem_zh = _text_box(self), _text_box(self)
        self.scale = QLineEdit(self)
        self.scale.setPlaceholderText(self.tr("For example: 50,000 inhabitants, 2 km of river"))
        self.currency = QComboBox(self)
        self.currency.setEditable(True)  # any other ISO code may be typed
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText("CNY")
        self.budget_min, self.budget_max = AmountBox(self, self.ui_locale), AmountBox(self, self.ui_locale)
        for box in (self.budget_min, self.budget_max):
            box.valueChanged.connect(self.mark_dirty)  # watch_form leaves spin boxes out
        self.currency.currentTextChanged.connect(self._show_currency_digits)
        self._show_currency_digits("CNY")
        budget = QHBoxLayout()
        budget.addWidget(self.budget_min, 1)
        budget.addWidget(QLabel("–", self))
        budget.addWidget(self.budget_max, 1)
        budget.addWidget(self.currency)
        budget_row = QWidget(self)
        budget_row.setLayout(budget)
        named(self.budget_min, self.tr("Budget from"))
        named(self.budget_max, self.tr("Budget to"))
        budget.setContentsMargins(0, 0, 0, 0)
        self.deadline = OptionalDateEdit(self, display_format())
        self.status = QComboBox(self)
        fill_enum_combo(self.status, NeedStatus, self.ui_locale)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Separated by commas"))
        self.add_row(self.tr("Title (&English)"), self.title_en)
        self.add_row(self.tr("Title (C&hinese)"), self.title_zh, "title_en")
        self.add_row(self.tr("&City"), self.city, "city_organisation_id")
        self.add_row(self.tr("&Sector"), self.sector, "sector")
        self.add_row(self.tr("&Problem (English)"), self.problem_en)
        self.add_row(self.tr("P&roblem (Chinese)"), self.problem_zh)
        self.add_row(self.tr("Sc&ale"), self.scale)
        self.add_row(self.tr("&Budget (from – to)"), budget_row, "budget_min", buddy=self.budget_min)
        self.problems.add("currency", self.currency)
        self.add_row(self.tr("&Deadline"), self.deadline)
        self.add_row(self.tr("Stat&us"), self.status)
        self.status_note = note_row(self.form, self.status)
        self.add_row(self.tr("&Tags"), self.tags)
        self.problems.fields["budget_min"] = self.budget_min  # the box to correct, not its row

    def _show_currency_digits(self, currency: str) -> None:
        for box in (self.budget_min, self.budget_max):
            box.show_digits(currency_digits(currency.strip().upper()))

    def read(self, session: Any, record_id: str) -> need_service.NeedRow:
        return need_service.get_need(session, record_id)

    def fill(self, row: need_service.NeedRow) -> None:
        self.title_en.setText(row.title_en)
        self.title_zh.setText(row.title_zh)
        self.city.set_record(row.city_id, self.organisation_label((row.city_en, row.city_zh)))
        self.sector.set_code(row.sector)
        self.problem_en.setPlainText(row.problem_en)
        self.problem_zh.setPlainText(row.problem_zh)
        self.scale.setText(row.scale)
        self.currency.setCurrentText(row.currency)
        self.budget_min.setValue(row.budget_min or 0)
        self.budget_max.setValue(row.budget_max or 0)
        if row.deadline:
            self.deadline.setDate(QDate(row.deadline.year, row.deadline.month, row.deadline.day))
        select_data(self.status, row.status.value)
        self.status_note.show_stored(row.stored_status)
        self.tags.setText(join_tags(row.tags, self.ui_locale))

    def values(self) -> dict[str, Any]:
        deadline = self.deadline.date()
        return {
            "title_en": self.title_en.text().strip(),
            "title_zh": self.title_zh.text().strip(),
            "city_organisation_id": self.city.record_id,
            "sector": self.sector.code(),
            "problem_en": self.problem_en.toPlainText().strip(),
            "problem_zh": self.problem_zh.toPlainText().strip(),
            "scale": self.scale.text().strip(),
            "budget_min": self.budget_min.value() or None,
            "budget_max": self.budget_max.value() or None,
            "currency": self.currency.currentText().strip().upper(),
            "deadline": None if deadline == NO_DATE else dt.date(*deadline.getDate()),
            "status": NeedStatus(self.status.currentData()),
            "tags": split_tags(self.tags.text()),
        }

    def inputs(self) -> dict[str, QWidget]:
        return {
            "title_en": self.title_en,
            "title_zh": self.title_zh,
            "city_organisation_id": self.city,
            "sector": self.sector,
            "problem_en": self.problem_en,
            "problem_zh": self.problem_zh,
            "scale": self.scale,
            "currency": self.currency,  # first: it sets the budget boxes' decimals
            "budget_min": self.budget_min,
            "budget_max": self.budget_max,
            "deadline": self.deadline,
            "status": self.status,
            "tags": self.tags,
        }

    def write(self, session: Any, values: dict[str, Any]) -> str:
        if self.record_id is None:
            return need_service.create_need(session, **values).id
        return need_service.update_need(session, self.record_id, **values).id
