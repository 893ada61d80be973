"""Settings → Office: this office's name and region (travel to other offices), the shared
passphrase (stays in this installation: remembered in the system keyring, never exported) and the
e-mail size limit packages are checked against (a local setting, as ``sync export --mail-limit``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.a11y import named
from petdesk.gui.qt import QCheckBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, Qt, QWidget
from petdesk.gui.settings.dialog import SettingsPage
from petdesk.services import office as office_service

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow


class OfficeSettingsPage(SettingsPage):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Office")
        in_chinese = self.tr("in Chinese")  # (before the ``#:`` notes below, which lupdate gives the next tr)
        self.db = window.db
        with self.db.transaction() as session:
            office = office_service.get_self(session)
            name, name_zh, region, office_id = office.name, office.name_zh, office.region, office.id
            #: Which name was set after the other: that one is not left behind by a rename.
            self._set_later = office_service.name_set_later(session)
            from petdesk.services import invitation

            letterhead = invitation.office_settings(session)
        self.name = QLineEdit(name, self)
        self.name.setObjectName("office_name")
        self.name_zh = QLineEdit(name_zh, self)
        self.name_zh.setObjectName("office_name_zh")
        #: The names as they were: an edit of one alone leaves the other naming the office as it was.
        self._names_before = (name, name_zh or "")
        self.name_hint = QLabel(self)
        self.name_hint.setObjectName("office_name_hint")
        self.name_hint.setWordWrap(True)
        self.name.textChanged.connect(self._show_name_hint)
        self.name_zh.textChanged.connect(self._show_name_hint)
        self.region = QLineEdit(region, self)
        self.region.setObjectName("office_region")
        # The invitation letters' letterhead (field test 99: only the command line could set it),
        # each in English and Chinese side by side; kept on this computer only.
        self.letterhead: dict[str, QLineEdit] = {}
        rows = []
        # each box says what it holds: the row's label names only the first, and a screen reader read
        # the others as nothing (the field test 95 walk)
        spoken = {
            "address": self.tr("Postal address (English)"),
            "address_zh": self.tr("Postal address (Chinese)"),
            "contact": self.tr("Contact person (English)"),
            "contact_zh": self.tr("Contact person (Chinese)"),
            "phone": self.tr("Phone"),
        }
        for keys in (("address", "address_zh"), ("contact", "contact_zh"), ("phone",)):
            row = QWidget(self)
            pair = QHBoxLayout(row)
            pair.setContentsMargins(0, 0, 0, 0)
            for key in keys:
                edit = named(QLineEdit(letterhead[key], row), spoken[key])
                edit.setObjectName(f"office_{key}")
                edit.setPlaceholderText(in_chinese if key.endswith("_zh") else "")
                self.letterhead[key] = edit
                pair.addWidget(edit, 1)
            row.setFocusProxy(self.letterhead[keys[0]])  # the label's Alt key goes to the first box
            rows.append(row)
        from petdesk.gui.code_fields import CodeCombo, country_choices

        # The country the office's post leaves from: the mailing list's addresses there have no
        # country line (it assumed China for every office, exchange54b).
        self.country = CodeCombo(country_choices(window.ui_locale), self, editable=True)
        self.country.setObjectName("office_country")
        self.country.set_code(letterhead["country"])
        from petdesk.sync import service  # on first use: keyring and the sync engine (issue 18)

        stored = service.stored_passphrase(self.db) or ""
        self.passphrase = QLineEdit(stored, self)
        self.passphrase.setObjectName("office_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_passphrase = QCheckBox(self.tr("Show"), self)
        self.show_passphrase.toggled.connect(
            lambda on: self.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.strength = QLabel(self)
        self.strength.setObjectName("office_passphrase_strength")
        self.passphrase.textChanged.connect(self._show_strength)
        self._show_strength(stored)
        self.error = QLabel(self)
        self.error.setObjectName("office_error")
        self.error.setWordWrap(True)
        from petdesk.sync import mail_limit

        # The size above which a package is said to be too large for e-mail (field test 34: only the
        # command line could set it).
        self.mail_limit = QDoubleSpinBox(self)
        self.mail_limit.setObjectName("office_mail_limit")
        self.mail_limit.setRange(0.5, 10_000)
        self.mail_limit.setDecimals(1)
        self.mail_limit.setSuffix(" MB")
        self.mail_limit.setValue(mail_limit.limit_mb(self.db))
        #: As first shown (a stored 0.001 shows as 0.5): only a value the user changed is kept.
        self._mail_limit_shown = self.mail_limit.value()
        ident = QLabel(office_id, self)
        ident.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout(self)
        form.addRow(self.tr("Office &name:"), self.name)
        form.addRow(self.tr("Name in &Chinese:"), self.name_zh)
        form.addRow("", self.name_hint)
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("Postal a&ddress:"), rows[0])
        form.addRow(self.tr("Con&tact person:"), rows[1])
        form.addRow(self.tr("P&hone:"), rows[2])
        form.addRow(self.tr("Co&untry:"), self.country)
        form.addRow(self.tr("Office id:"), ident)
        form.addRow(self.tr("Shared &passphrase:"), self.passphrase)
        form.addRow("", self.show_passphrase)
        form.addRow("", self.strength)
        note = QLabel(
            self.tr(
                "The passphrase encrypts sync packages. Agree on it with the other offices; it is kept "
                "on this computer only and never travels in a package. Leave it empty to be asked each time."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("&E-mail size limit for packages:"), self.mail_limit)
        mail_note = QLabel(
            self.tr(
                "A package larger than this is written with advice to send it another way. "
                "Kept on this computer only."
            ),
            self,
        )
        mail_note.setWordWrap(True)
        form.addRow(mail_note)
        form.addRow(self.error)

    def _show_name_hint(self) -> None:
        """Say which name still names the office as it was when only the other one is edited
        (field test 8, defect 6: the Chinese window kept showing the old Chinese name)."""
        old_name, old_name_zh = self._names_before
        left = office_service.name_left_behind(
            old_name=old_name,
            old_name_zh=old_name_zh,
            new_name=self.name.text(),
            new_name_zh=self.name_zh.text(),
            set_later=self._set_later,
        )
        if left == "name_zh":
            text = self.tr("The Chinese window still shows %1: if the office was renamed, change it too.")
            self.name_hint.setText(text.replace("%1", self.name_zh.text().strip()))
        elif left == "name":
            text = self.tr("The English window still shows %1: if the office was renamed, change it too.")
            self.name_hint.setText(text.replace("%1", self.name.text().strip()))
        else:
            self.name_hint.clear()

    def _show_strength(self, text: str) -> None:
        from petdesk.sync.passphrase import label

        if not text:
            self.strength.clear()
            return
        names = {
            "weak": self.tr("Strength: weak (at least 12 characters, hard to guess)"),
            "fair": self.tr("Strength: fair"),
            "strong": self.tr("Strength: strong"),
        }
        self.strength.setText(names[label(text)])

    def apply(self, window: MainWindow) -> None:
        name = self.name.text().strip()
        passphrase = self.passphrase.text()
        if not name:
            self.error.setText(self.tr("The office name must not be empty."))
            return
        from petdesk import labels
        from petdesk.services import invitation

        if labels.country_code(self.country.code()) is None:  # typed text naming no country: nothing saved
            self.error.setText(
                self.tr("%1 names no country: choose one from the list.").replace(
                    "%1", self.country.currentText().strip()
                )
            )
            return
        with self.db.transaction() as session:
            office_service.set_identity(
                session, name=name, name_zh=self.name_zh.text(), region=self.region.text()
            )
            invitation.set_office_settings(
                session, country=self.country.code(), **{k: e.text() for k, e in self.letterhead.items()}
            )
        from petdesk.sync import mail_limit, service

        if self.mail_limit.value() != self._mail_limit_shown:  # the default stays a default
            mail_limit.set_limit_mb(self.db, self.mail_limit.value())

        try:
            service.store_passphrase(self.db, passphrase or None)
        except service.SyncError:
            from petdesk.sync.passphrase import problem

            if problem(passphrase) is not None:
                self.error.setText(
                    self.tr(
                        "The passphrase is too weak: use at least 12 characters, a few unrelated words "
                        "or a mix of other characters."
                    )
                )
            else:
                self.error.setText(
                    self.tr(
                        "No system keyring is available to remember the passphrase; "
                        "it will be asked each time."
                    )
                )
        update_status = getattr(window, "update_status", None)
        if callable(update_status):
            update_status()
