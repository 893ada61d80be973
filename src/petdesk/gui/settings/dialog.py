"""The settings dialog: one tab per page; petdesk's own page holds the interface language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from petdesk import i18n
from petdesk.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QShowEvent,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.screen_fit import FRAME_HEIGHT, screen_room
from petdesk.gui.tab_room import room_for_tab_labels
from petdesk.gui.text_size import SIZES, choose_text_size, current_size
from petdesk.gui.translation import chosen_setting

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow


class SettingsPage(QWidget):
    """A page of the settings dialog. ``apply`` runs when the user presses OK."""

    #: Tab title (already translated).
    title: str = ""

    def apply(self, window: MainWindow) -> None:  # pragma: no cover - pages override
        """Store what the page shows."""


#: Factories of the pages other features add, in the order they registered.
_page_factories: list[Callable[[MainWindow], SettingsPage]] = []


def register_page(factory: Callable[[MainWindow], SettingsPage]) -> None:
    """Add a page to the settings dialog (call from a feature's ``install``; duplicates are ignored)."""
    if factory not in _page_factories:
        _page_factories.append(factory)


#: A fixed day to show how dates, times and numbers will look (a Sunday, so the weekday shows).
_SAMPLE = dt.datetime(2026, 11, 29, 14, 30)


class GeneralPage(SettingsPage):
    """Interface language, with a preview of dates and numbers in that language, and the text size."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("General")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        system = i18n.LANGUAGE_NAMES[i18n.system_locale()]
        # Each language is named in its own language, so it can be found whatever the window shows.
        self.language.addItem(self.tr("System default (%1)").replace("%1", system), "")
        for code in i18n.SUPPORTED:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        current = chosen_setting()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.preview = QLabel(self)
        self.preview.setObjectName("format_preview")
        self.preview.setWordWrap(True)
        self.note = QLabel(
            self.tr("The window is rebuilt in the new language; open pages and searches are kept."), self
        )
        self.note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._update_preview)
        self.text_size = self._text_size_box()

        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Formats:"), self.preview)
        form.addRow(self.note)
        form.addRow(self.tr("&Text size:"), self.text_size)
        self._update_preview()

    def _text_size_box(self) -> QComboBox:
        """The sizes offered, the one shown now selected (also View › Zoom In / Zoom Out)."""
        box = QComboBox(self)
        box.setObjectName("text_size")
        for percent in SIZES:
            box.addItem(self.tr("%1 %", "text size in percent").replace("%1", str(percent)), percent)
        box.setCurrentIndex(max(0, box.findData(current_size())))
        return box

    def selected(self) -> str:
        """ "" (follow the system), "en" or "zh_CN"."""
        return str(self.language.currentData() or "")

    def selected_locale(self) -> str:
        return self.selected() or i18n.system_locale()

    def _update_preview(self) -> None:
        loc = self.selected_locale()
        lines = [
            i18n.format_date_long_weekday(_SAMPLE.date(), loc) + " · " + i18n.format_time(_SAMPLE, loc),
            i18n.format_number(1234567.5, loc, 2) + " · " + i18n.format_currency(8000, "CNY", loc),
            i18n.format_relative(dt.timedelta(days=3), loc),
            # the week as the calendar will show it, starting on the locale's first day
            " ".join(i18n.weekday_names(loc, "abbreviated")),
        ]
        self.preview.setText("\n".join(lines))

    def apply(self, window: MainWindow) -> None:
        from petdesk.gui.settings.switch import apply_language

        if (percent := int(self.text_size.currentData())) != current_size():
            choose_text_size(percent)
        apply_language(window, self.selected())


class SettingsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget(self)
        room_for_tab_labels(self.tabs)
        self.general = GeneralPage(window, self)
        # imported here: it reads the dossier dialog's keys, and the dossier module is heavy
        from petdesk.gui.settings.defaults import DefaultsPage

        self.defaults = DefaultsPage(window, self)
        self.pages: list[SettingsPage] = [self.general, self.defaults]
        for factory in _page_factories:
            self.pages.append(factory(window))
        for page in self.pages:
            self.tabs.addTab(page, page.title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.make_room_for_wrapped_lines()

    def make_room_for_wrapped_lines(self) -> None:
        """Each tab as tall as its wrapped notes need at the tab's width: QTabWidget asks for the
        pages' heights without wrapping, and at 150 % text the Office tab's passphrase note was cut
        to half a line (field test 38). The dialog grows, within the screen."""
        for page in self.pages:
            layout = page.layout()
            if layout is not None and layout.hasHeightForWidth():
                page.setMinimumHeight(layout.totalHeightForWidth(max(page.width(), 1)))
        room = screen_room(self)
        if room is not None and self.minimumSizeHint().height() > self.height():
            self.resize(self.width(), min(self.minimumSizeHint().height(), room.height() - FRAME_HEIGHT))

    def apply(self, window: MainWindow) -> None:
        """Let every page store its values; the language page last, as it may replace the window."""
        for page in self.pages[1:]:
            page.apply(window)
        self.general.apply(window)
