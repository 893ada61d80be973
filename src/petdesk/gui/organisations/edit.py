"""Create or edit a partner organisation, with validation messages in the interface language."""

from __future__ import annotations

from typing import Any

from petdesk import vocab
from petdesk.db import Database
from petdesk.gui import code_fields
from petdesk.gui.code_fields import CodeChecklist, CodeCombo
from petdesk.gui.colours import CAUTION, ERROR, tint
from petdesk.gui.mnemonic import without_mnemonic
from petdesk.gui.newer_value_note import note_row
from petdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    Qt,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.record_editor import RecordEditor, put_back_all
from petdesk.gui.screen_fit import fields_beside_scroll_bar, resize_within_screen, scrolled
from petdesk.language import interface_language
from petdesk.models.enums import OrgKind
from petdesk.services import newer_values
from petdesk.services import organisations as organisation_service
from petdesk.services.contacts import join_tags
from petdesk.services.org_kind_guess import kind_said_by_name
from petdesk.services.validation import ValidationError


def kind_choices(locale: str) -> list[tuple[str, str]]:
    """The organisation types as (stored value, label), named as dossiers and lists name them:
    ``vocab`` is the one table, so the editor no longer says "Ministry or agency" where a dossier
    prints "Ministry / agency"."""
    return [(kind.value, vocab.label(kind, locale)) for kind in OrgKind]


ERROR_STYLE = "border: 1px solid {colour};"
_TEXT_FIELDS = (
    "name_en",
    "name_zh",
    "short_name_en",
    "short_name_zh",
    "city_en",
    "city_zh",
    "address_en",
    "address_zh",
    "postal_code",
    "website",
    "phone",
    "email",
)
_LIST_FIELDS = ("tags",)


class OrganisationEditDialog(RecordEditor):
    def __init__(
        self, db: Database, locale: str, organisation_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.organisation_id = organisation_id
        self.saved_id: str | None = None
        #: The user said yes to a second organisation of the same name and city.
        self.same_name_confirmed = False
        #: The answer to "Is this a new name or a correction?" (None: not asked), asked once.
        self.renamed: bool | None = None
        self.setWindowTitle(
            self.tr("New organisation") if organisation_id is None else self.tr("Edit organisation")
        )
        self.error = QLabel(self)
        self.error.setObjectName("error")
        tint(self.error, ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        self.edits: dict[str, QLineEdit] = {}
        for key in (*_TEXT_FIELDS, *_LIST_FIELDS):
            edit = QLineEdit(self)
            edit.setObjectName(key)
            self.edits[key] = edit
        # Labels shown, codes stored (issue 16): the country by its name (type to find it), the
        # technology areas from a list of their names.
        self.country = CodeCombo(code_fields.country_choices(locale), self, editable=True)
        self.country.setObjectName("country")
        self.technology_areas = CodeChecklist(code_fields.technology_area_choices(locale), locale, self)
        self.technology_areas.setObjectName("technology_areas")
        self.technology_areas.changed.connect(self.mark_dirty)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for value, text in kind_choices(locale):
            self.kind.addItem(text, value)
        self.kind.setCurrentIndex(self.kind.findData("enterprise"))
        #: A new organisation's kind follows its name (the import's guess) until chosen by hand.
        self.kind_chosen = organisation_id is not None
        self.kind_guess = QLabel(self.tr("guessed from the name"), self)
        self.kind_guess.setObjectName("kind_guess")
        self.kind_guess.setAccessibleName(self.kind_guess.text())
        tint(self.kind_guess, CAUTION)
        self.kind_guess.hide()
        self.member = QCheckBox(self.tr("Member city of the network"), self)
        self.member.setObjectName("is_member_city")
        # One name a line, not split at commas: a former name such as "University of Stuttgart,
        # Institute of Sanitary Engineering" came back as two names from a comma-joined line, and
        # the last of several former names was cut off at the right (field test 102, defect 3).
        self.other_names = QPlainTextEdit(self)
        self.other_names.setObjectName("aliases")
        self.other_names.setTabChangesFocus(True)
        self.other_names.setPlaceholderText(self.tr("One name a line: former names, abbreviations"))
        self.other_names.setMaximumHeight(3 * self.other_names.fontMetrics().lineSpacing() + 14)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(90)
        labels = {
            "name_en": self.tr("&Name (English)"),
            "name_zh": self.tr("Na&me (Chinese)"),
            "short_name_en": self.tr("&Short name (English)"),
            "short_name_zh": self.tr("Sho&rt name (Chinese)"),
            "aliases": self.tr("&Other names"),
            "country": self.tr("&Country"),
            "city_en": self.tr("C&ity (English)"),
            "city_zh": self.tr("Cit&y (Chinese)"),
            "address_en": self.tr("&Address (English)"),
            "address_zh": self.tr("A&ddress (Chinese)"),
            "postal_code": self.tr("Posta&l code"),
            "website": self.tr("&Web site"),
            # the organisation's own switchboard and mailbox, not a person's (0078)
            "phone": self.tr("&Phone"),
            "email": self.tr("&E-mail"),
            "technology_areas": self.tr("Tec&hnology areas"),
            "tags": self.tr("Ta&gs"),
        }
        form = QFormLayout()
        for key in ("name_en", "name_zh", "short_name_en", "short_name_zh"):
            form.addRow(labels[key], self.edits[key])
        form.addRow(labels["aliases"], self.other_names)
        kind_label = QLabel(self.tr("&Kind"), self)
        kind_label.setBuddy(self.kind)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.kind_guess)
        form.addRow(kind_label, kind_row)
        self.kind_note = note_row(form, self.kind)
        for key in (
            "country",
            "city_en",
            "city_zh",
            "address_en",
            "address_zh",
            "postal_code",
            "website",
            "phone",
            "email",
            "technology_areas",
            "tags",
        ):
            field = {"country": self.country, "technology_areas": self.technology_areas}.get(key)
            form.addRow(labels[key], field or self.edits[key])
        for key in ("phone", "email"):
            self.edits[key].setAccessibleName(without_mnemonic(labels[key]))
        self.edits["phone"].setPlaceholderText("+86 10 6512 3456")
        self.edits["email"].setPlaceholderText("info@example.org")
        form.addRow("", self.member)
        form.addRow(self.tr("No&tes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # The fields scroll, the error line and Save/Cancel stay in view: the form needs 598 px of
        # height, and a 1366×768 screen at 125 % leaves 614 with the title bar to come, at 150 % 512
        # (field test 109: Save was below the screen's edge, Return the only way to it).
        content = QWidget(self)
        content.setObjectName("form")
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(form)
        content_layout.addStretch(1)
        area = scrolled(content)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fields_beside_scroll_bar(area)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 560, 600)
        self.watch_form(self)
        self.set_clean()
        if organisation_id is None:
            # ``textEdited`` and ``activated``: the user's typing and choice, not a draft put back
            for key in ("name_en", "name_zh"):
                self.edits[key].textEdited.connect(self._follow_name)
            self.kind.activated.connect(self._kind_chosen_by_hand)
        if organisation_id:
            # Read off the GUI thread; the form is disabled ("Loading…") until it is filled.
            self.load_in_background(db, lambda s: _read(s, organisation_id), self._fill)

    def _follow_name(self) -> None:
        """Propose the kind the name says (a city bureau is no enterprise) until one is chosen."""
        if self.kind_chosen:
            return
        said = kind_said_by_name(self.edits["name_en"].text(), self.edits["name_zh"].text())
        self.kind.setCurrentIndex(self.kind.findData((said or OrgKind.ENTERPRISE).value))
        self._show_guess(said is not None)

    def _kind_chosen_by_hand(self) -> None:
        self.kind_chosen = True
        self._show_guess(False)

    def _show_guess(self, guessed: bool) -> None:
        """The hint, and the kind box's description: a screen reader on the box hears no label beside it."""
        self.kind_guess.setVisible(guessed)
        description = self.tr("Guessed from the name; choose another kind to set it yourself.")
        self.kind.setAccessibleDescription(description if guessed else "")

    def _fill(self, values: dict[str, Any]) -> None:
        for key in _TEXT_FIELDS:
            self.edits[key].setText(values[key])
        self.other_names.setPlainText("\n".join(values["aliases"]))
        self.edits["tags"].setText(join_tags(values["tags"], self.ui_locale))
        self.country.set_code(values["country"])
        self.technology_areas.set_codes(values["technology_areas"])
        self.kind.setCurrentIndex(max(0, self.kind.findData(values["kind"])))
        self.kind_note.show_stored(values["newer"].get("kind"))
        self.member.setChecked(values["is_member_city"])
        self.notes.setPlainText(values["notes"])

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: self.edits[key].text() for key in (*_TEXT_FIELDS, *_LIST_FIELDS)}
        values["aliases"] = self.other_names.toPlainText().splitlines()
        values["country"] = self.country.code()
        values["technology_areas"] = self.technology_areas.codes()
        values["kind"] = self.kind.currentData()
        values["is_member_city"] = self.member.isChecked()
        values["notes"] = self.notes.toPlainText()
        return values

    # --- drafts (RecordEditor): the form as ``values`` collects it --------------------------------
    draft_kind = "organisation"

    def draft_record_id(self) -> str | None:
        return self.organisation_id

    def draft_values(self) -> dict[str, Any]:
        return self.values()

    def restore_draft(self, values: dict[str, Any]) -> None:
        inputs: dict[str, Any] = {
            **self.edits,
            "country": self.country,
            "technology_areas": self.technology_areas,
            "kind": self.kind,
            "is_member_city": self.member,
            "notes": self.notes,
        }
        put_back_all(inputs, values)
        if self.organisation_id is None:
            # a kind other than the names say was chosen by hand before the draft was kept
            said = kind_said_by_name(self.edits["name_en"].text(), self.edits["name_zh"].text())
            self.kind_chosen = self.kind.currentData() != (said or OrgKind.ENTERPRISE).value
            self._show_guess(not self.kind_chosen and said is not None)

    def save_changes(self) -> bool:
        self.save()
        return self.wait_for_save() and self.result() == QDialog.DialogCode.Accepted

    def save(self) -> None:
        """Save off the GUI thread; the dialog closes once saved, or shows what to correct."""
        if self.is_busy():
            return
        values, organisation_id = self.values(), self.organisation_id
        ask, renamed = not self.same_name_confirmed, self.renamed

        def write(session: Any) -> str:
            if organisation_id is None:
                return organisation_service.create_organisation(session, refuse_same_name=ask, **values).id
            return organisation_service.update_organisation(
                session, organisation_id, renamed=renamed, refuse_unsure=True, **values
            ).id

        def saved(saved_id: str) -> None:
            self.saved_id = saved_id
            self.accept()

        self.save_in_background(
            self.db,
            write,
            on_saved=saved,
            on_refused=self._refused,
            refused=(
                ValidationError,
                organisation_service.DuplicateOrganisation,
                organisation_service.UnsureRename,
            ),
        )

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, organisation_service.DuplicateOrganisation):
            if self.ask_same_name(exc.existing):
                self.same_name_confirmed = True
                self.save()
            return
        if isinstance(exc, organisation_service.UnsureRename):
            if (answer := self.ask_renamed(exc.changes)) is not None:
                self.renamed = answer
                self.save()
            return
        assert isinstance(exc, ValidationError)
        for edit in self.edits.values():
            tint(edit, None)
        tint(self.country, None)
        for field in exc.fields():
            if field in self.edits:
                tint(self.edits[field], ERROR, ERROR_STYLE)
            elif field == "country":
                tint(self.country, ERROR, ERROR_STYLE)
        self.error.setText(exc.text(self.ui_locale))
        self.error.show()

    def ask_same_name(self, existing: organisation_service.SameName) -> bool:
        """Whether to create a second organisation of the name and city of ``existing``, which is
        named so that the user can tell whether it is the one they meant."""
        lang = interface_language(self.ui_locale)
        city = existing.city(lang)
        if city:
            question = self.tr("An organisation of that name already exists in %1. Create another?")
            question = question.replace("%1", city)
        else:
            question = self.tr("An organisation of that name already exists. Create another?")
        name, other = existing.name(lang), existing.name("en" if lang == "zh" else "zh")
        label = f"{name} ({other})" if other and other != name else name
        answer = QMessageBox.question(
            self,
            self.tr("Same name"),
            "\n\n".join([question, f"{label} — {city}" if city else label]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_renamed(self, changes: list[tuple[str, str]]) -> bool | None:
        """Whether the changed names are new names (True: the old ones are kept as other names) or
        corrections (False); None when cancelled. Asked only where one letter may be the meaning
        (an acronym, a short name): the rule sync uses decides the rest."""
        box = QMessageBox(self)
        box.setObjectName("new_name_or_correction")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Name changed"))
        box.setText(self.tr("Is this a new name or a correction?"))
        lines = [f"{old} → {new}" for old, new in changes]
        box.setInformativeText(
            "\n".join(
                [
                    *lines,
                    "",
                    self.tr("A new name keeps the old one among the other names; a correction does not."),
                ]
            )
        )
        new_name = box.addButton(self.tr("New name"), QMessageBox.ButtonRole.YesRole)
        correction = box.addButton(self.tr("Correction"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(correction)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is new_name else False if clicked is correction else None


def _read(session: Any, organisation_id: str) -> dict[str, Any]:
    """The organisation as plain values for the form (read off the GUI thread)."""
    org = organisation_service.get_organisation(session, organisation_id)
    values: dict[str, Any] = {key: getattr(org, key) or "" for key in _TEXT_FIELDS}  # no postal code: ""
    values.update({key: list(getattr(org, key)) for key in (*_LIST_FIELDS, "aliases")})
    values.update(kind=org.kind.value, is_member_city=org.is_member_city, notes=org.notes)
    values.update(country=org.country, technology_areas=list(org.technology_areas))
    values["newer"] = newer_values.unknown_values(session, org)
    return values
