"""Settings › Defaults: what a new person looks for first (field test 14, defect 6) — her name for
"Logged by", the time zone the window shows times in, and how dossiers start out. Each is kept in
QSettings under the key the feature itself reads, so the feature and this page never disagree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.author import AUTHOR_KEY, author_name
from petdesk.gui.dossier.dialog import KEY_FIRST, KEY_LAYOUT
from petdesk.gui.operations import read_op
from petdesk.gui.qt import QComboBox, QFormLayout, QLabel, QLineEdit, QSettings, QWidget
from petdesk.gui.settings.dialog import SettingsPage
from petdesk.gui.staff_question import save_staff_name
from petdesk.gui.viewer_zone import set_viewer_zone, viewer_zone
from petdesk.gui.visits.widgets import ZoneBox

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow


class DefaultsPage(SettingsPage):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Defaults")
        settings = QSettings()
        self.author = QLineEdit(author_name(), self)
        self.author.setObjectName("author")
        self.author.setPlaceholderText(self.tr("e.g. Gao Yan / 高燕"))
        self.zone = ZoneBox(self, viewer_zone().key, locale=window.ui_locale)
        self.zone.setObjectName("timezone")
        self.first_lang = QComboBox(self)
        self.first_lang.setObjectName("dossier_first_language")
        self.first_lang.addItem(self.tr("English"), "en")
        self.first_lang.addItem(self.tr("Chinese"), "zh_CN")
        default_first = "zh_CN" if window.ui_locale.startswith("zh") else "en"
        first = self.first_lang.findData(str(settings.value(KEY_FIRST, default_first)))
        self.first_lang.setCurrentIndex(max(0, first))
        self.layout_choice = QComboBox(self)
        self.layout_choice.setObjectName("dossier_layout")
        # the values of dossier.Layout, named as the dossier dialog names them
        self.layout_choice.addItem(self.tr("Side by side (two columns)"), "parallel")
        self.layout_choice.addItem(self.tr("One language after the other"), "sequential")
        layout = self.layout_choice.findData(str(settings.value(KEY_LAYOUT, "parallel")))
        self.layout_choice.setCurrentIndex(max(0, layout))
        note = QLabel(self.tr("Each dossier can still be made otherwise in its own dialog."), self)
        note.setWordWrap(True)

        #: The staff name the history credits (the database's; None until read): one name for both.
        self.staff: str | None = None
        self._load_staff_name(window)

        form = QFormLayout(self)
        form.addRow(self.tr("Your &name:"), self.author)
        form.addRow(QLabel(self.tr("Filled in as “Logged by” when you log an activity."), self))
        form.addRow(QLabel(self.tr("History names you with it as the author of your changes."), self))
        form.addRow(self.tr("Your &time zone:"), self.zone)
        form.addRow(QLabel(self.tr("The calendar and the editors show times in it."), self))
        form.addRow(self.tr("Dossier &first language:"), self.first_lang)
        form.addRow(self.tr("Dossier &layout:"), self.layout_choice)
        form.addRow(note)

    def _load_staff_name(self, window: MainWindow) -> None:
        from petdesk.services import staff

        def loaded(name: str) -> None:
            self.staff = name
            if name and not self.author.isModified():  # the history's name, unless she typed one
                self.author.setText(name)

        read_op(window.db, staff.staff_setting, on_success=loaded, owner=self)

    def apply(self, window: MainWindow) -> None:
        settings = QSettings()
        name = self.author.text().strip()
        settings.setValue(AUTHOR_KEY, name)
        if name != self.staff and (self.staff is not None or name):
            save_staff_name(window, window.db, name)
        settings.setValue(KEY_FIRST, self.first_lang.currentData())
        settings.setValue(KEY_LAYOUT, self.layout_choice.currentData())
        zone = self.zone.zone()
        if zone != viewer_zone().key and set_viewer_zone(zone):
            # an open calendar follows at once, as when the zone is chosen in its toolbar
            calendar = window.page("calendar") if window.is_page_built("calendar") else None
            follow = getattr(calendar, "set_viewer_zone", None)
            if callable(follow):
                follow(zone)
