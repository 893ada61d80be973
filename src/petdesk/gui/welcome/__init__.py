"""The first run: a welcome page on a new database (see :func:`petdesk.services.first_run.is_new`).

It speaks the system's language, lets the user name the office and its region and choose the
language, then start empty, import contacts, restore the office's backup (a new laptop: field test
53, defect 6), or try things out in a separate demo database (the user's own database never
receives demo rows)."""

from __future__ import annotations

from pathlib import Path

from petdesk import i18n
from petdesk.db import Database, open_database
from petdesk.gui.qt import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.text_size import set_relative_font
from petdesk.gui.translation import chosen_setting, install_translators, store_choice
from petdesk.paths import demo_db_path
from petdesk.services import first_run
from petdesk.services import office as office_service

#: Contacts in a new demo database: enough to try searching and sorting, made in a few seconds.
DEMO_CONTACTS = 500

START_EMPTY, IMPORT_CONTACTS, OPEN_DEMO, RESTORED = "empty", "import", "demo", "restored"


def needs_welcome(db: Database) -> bool:
    with db.reading() as session:
        return first_run.is_new(session)


class WelcomeDialog(QDialog):
    """Name the office, choose the language, then one of three ways to begin (``choice``)."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.db = db
        self.ui_locale = locale
        #: START_EMPTY, IMPORT_CONTACTS, OPEN_DEMO or RESTORED once a button was pressed
        self.choice = ""

        self.heading = QLabel(self)
        self.heading.setObjectName("welcome_heading")
        set_relative_font(self.heading, 1.5)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.office_name = QLineEdit(self)
        self.office_name.setObjectName("office_name")
        self.office_name_zh = QLineEdit(self)
        self.office_name_zh.setObjectName("office_name_zh")
        self.region = QLineEdit(self)
        self.region.setObjectName("office_region")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("", "")
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_setting())))
        self.language.currentIndexChanged.connect(self._language_changed)

        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(
            self.labels, (self.office_name, self.office_name_zh, self.region, self.language), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)

        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("start_empty")
        self.empty_button.setDefault(True)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import_contacts")
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("open_demo")
        self.empty_button.clicked.connect(lambda: self._finish(START_EMPTY))
        self.import_button.clicked.connect(lambda: self._finish(IMPORT_CONTACTS))
        self.demo_button.clicked.connect(lambda: self._finish(OPEN_DEMO))
        # A new laptop takes over its office from a backup: no name to type, the backup has one.
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.choose_backup)
        # a new office needs a name before it starts; the demo can be tried without one
        self.office_name.textChanged.connect(self._update_buttons)
        self.office_name_zh.textChanged.connect(self._update_buttons)
        self._update_buttons()
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.empty_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(560, 360)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to petdesk"))
        self.heading.setText(self.tr("Welcome to petdesk"))
        self.intro.setText(
            self.tr(
                "This database is new. Name this office: other offices see the name when you exchange "
                "data. You can change it later with Tools › Settings or petdesk office."
            )
        )
        self.office_name.setPlaceholderText(self.tr("e.g. Beijing Representation Office"))
        self.office_name_zh.setPlaceholderText(self.tr("e.g. 北京代表处"))
        self.region.setPlaceholderText(self.tr("e.g. East Asia"))
        texts = (
            # As the organisation editor names its two fields (field test 38, defect 6).
            self.tr("Office &name (English):"),
            self.tr("Office name (&Chinese):"),
            self.tr("&Region:"),
            self.tr("&Language:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.language.setItemText(0, self.tr("Follow the system"))
        self.empty_button.setText(self.tr("&Start empty"))
        self.import_button.setText(self.tr("&Import contacts…"))
        self.demo_button.setText(self.tr("Try the &demo database"))
        self.restore_button.setText(self.tr("Restore from a &Backup…"))
        self.restore_button.setToolTip(
            self.tr(
                "Moving to a new computer: restore this office's backup (from a USB stick, for example). "
                "This computer then works as that office."
            )
        )
        self.demo_button.setToolTip(
            self.tr(
                "Opens a separate database with invented partners, visits and trainings; yours stays empty."
            )
        )

    def _update_buttons(self) -> None:
        named = bool(self.office_name.text().strip() or self.office_name_zh.text().strip())
        self.empty_button.setEnabled(named)
        self.import_button.setEnabled(named)

    def _language_changed(self) -> None:
        choice = str(self.language.currentData() or "")
        store_choice(choice)
        self.ui_locale = choice or i18n.system_locale()
        app = QApplication.instance()
        if app is not None:
            install_translators(app, self.ui_locale)
        self.retranslate()

    def choose_backup(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a Backup"),
            str(Path.home()),
            self.tr("petdesk backups (*.gz *.sqlite);;All files (*)"),
        )
        if path:
            self.restore_backup(Path(path))

    def restore_backup(self, backup: Path, passphrase: str | None = None) -> bool:
        """Restore ``backup`` into this new database (asking an encrypted one's passphrase) and
        finish with RESTORED; False when it was not restored (the user was told why)."""
        from petdesk.services import backups

        if passphrase is None and backups.is_encrypted_backup(backup):
            passphrase = self.ask_passphrase(backup, wrong=False)
            if passphrase is None:
                return False
        self.db.close()  # the file is replaced; the new database reopens it afterwards
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.restored = backups.restore_new_installation(self.db.path, backup, passphrase=passphrase)
        except backups.BackupPassphraseError:
            QApplication.restoreOverrideCursor()
            again = self.ask_passphrase(backup, wrong=True)
            return again is not None and self.restore_backup(backup, again)
        except backups.BackupError as exc:
            QApplication.restoreOverrideCursor()
            self._tell_not_restored(exc)
            return False
        QApplication.restoreOverrideCursor()
        self.choice = RESTORED
        self.accept()
        return True

    def ask_passphrase(self, backup: Path, *, wrong: bool) -> str | None:
        """The passphrase the backup was made with, typed (None: cancelled)."""
        label = (
            self.tr("Wrong passphrase for this backup; nothing was restored. Type it again:")
            if wrong
            else self.tr("%1 is encrypted. Type the passphrase it was made with:").replace("%1", backup.name)
        )
        text, ok = QInputDialog.getText(
            self, self.tr("Passphrase of the Backup"), label, QLineEdit.EchoMode.Password
        )
        return text if ok and text else None

    def _tell_not_restored(self, exc: BaseException) -> None:
        from petdesk.messages import explain

        sentence = explain(exc, self.ui_locale)
        self.not_restored = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not Restored"),
            sentence[:1].upper() + sentence[1:],
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.not_restored.setObjectName("not_restored")
        self.not_restored.open()

    def _finish(self, choice: str) -> None:
        name, name_zh = office_service.names_as_typed(self.office_name.text(), self.office_name_zh.text())
        with self.db.transaction() as session:
            office_service.set_identity(
                session,
                name=name or None,
                name_zh=name_zh,
                region=self.region.text(),
            )
        self.choice = choice
        self.accept()


def open_demo_database(path: Path | None = None) -> Database:
    """The demo database, made with demo data on first use (a few seconds, with a busy cursor)."""
    path = path or demo_db_path()
    fresh = not path.exists() or path.stat().st_size == 0
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    if fresh:
        from petdesk.demo import generate

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            generate(db, contacts=DEMO_CONTACTS, seed=1)
        finally:
            QApplication.restoreOverrideCursor()
    return db
