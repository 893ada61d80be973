"""Ctrl+K: one search box for everything — organisations, contacts, visits, trainings, projects and
technologies, with pinyin — driven from the keyboard (type, ↑/↓, Enter; Esc closes). With the
box empty it lists the records opened last."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from petdesk.db import Database
from petdesk.gui import icons
from petdesk.gui.a11y import name_clear_button, named
from petdesk.gui.home.page import KIND_ICONS
from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDialog,
    QEvent,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.language import interface_language
from petdesk.services import home as home_service
from petdesk.services.everything import search_everything

EntryRole = Qt.ItemDataRole.UserRole + 32
#: Typing pauses this long before the search runs (ms).
DELAY = 150
KIND_NAMES = {
    home_service.ORGANISATION: QT_TRANSLATE_NOOP("QuickSearch", "Organisation"),
    home_service.CONTACT: QT_TRANSLATE_NOOP("QuickSearch", "Contact"),
    home_service.VISIT: QT_TRANSLATE_NOOP("QuickSearch", "Visit"),
    home_service.TRAINING: QT_TRANSLATE_NOOP("QuickSearch", "Training"),
    home_service.PROJECT: QT_TRANSLATE_NOOP("QuickSearch", "Project"),
    home_service.TECHNOLOGY: QT_TRANSLATE_NOOP("QuickSearch", "Technology"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("QuickSearch", KIND_NAMES.get(kind, kind))  # type: ignore[arg-type]


class QuickSearch(QDialog):
    #: The chosen entry (the window's navigator opens it).
    chosen = Signal(object)
    #: A result list is shown (tests wait for it).
    shown_results = Signal()

    def __init__(
        self,
        db: Database,
        locale: str,
        recent: Callable[[], list[home_service.Ref]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.lang = interface_language(locale)
        self.recent = recent
        self._generation = 0
        self._opened = False
        self.setObjectName("QuickSearch")
        self.setWindowTitle(self.tr("Search everything"))
        self.resize(640, 420)
        self.box = QLineEdit(self)
        self.box.setObjectName("quick_search_box")
        self.box.setPlaceholderText(
            self.tr(
                "Organisations, contacts, visits, trainings, projects, technologies (English, 中文, pinyin)"
            )
        )
        self.box.setClearButtonEnabled(True)
        named(self.box, self.tr("Search everything"))
        name_clear_button(self.box)
        search_icon = self.box.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        search_icon.setText(self.tr("Search"))  # its icon button is read by this name
        self.results = QListWidget(self)
        self.results.setObjectName("quick_search_results")
        named(self.results, self.tr("Results"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        self.hint = QLabel(self.tr("↑↓ choose · Enter opens · Esc closes"), self)
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _text: self.timer.start())
        self.box.returnPressed.connect(self.open_current)
        self._keys = _ArrowKeys(self)
        self.box.installEventFilter(self._keys)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._opened = False
        self.box.setFocus()
        self.box.selectAll()
        self.run()

    def run(self) -> None:
        """Search for the typed text off the GUI thread (the recent records when it is empty)."""
        self.timer.stop()
        self._generation += 1
        generation, query, language = self._generation, self.box.text(), self.ui_locale
        recent = [] if query.strip() else list(self.recent())

        def work() -> list[home_service.Entry]:
            with self.db.reading() as s:
                if query.strip():
                    return search_everything(s, query, language=language)
                return home_service.resolve(s, recent)

        run_in_background(
            work, on_success=lambda found: self._show(generation, bool(query.strip()), found), owner=self
        )

    def _show(self, generation: int, searched: bool, found: list[home_service.Entry]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        if not searched and found:
            heading = QListWidgetItem(self.tr("Recently opened"))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(heading)
        for entry in found:
            title = entry.title(self.lang)
            other = entry.title_en if self.lang == "zh" else entry.title_zh
            parts = [kind_name(entry.ref.kind)]
            if other and other != title:
                parts.append(other)
            if context := entry.context(self.lang):
                parts.append(context)
            item = QListWidgetItem(
                icons.icon(KIND_ICONS[entry.ref.kind]), f"{title}   ·   {' · '.join(parts)}"
            )
            item.setData(EntryRole, entry)
            self.results.addItem(item)
        if searched and not found:
            none = QListWidgetItem(self.tr("Nothing found."))
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(none)
        first = next((r for r in range(self.results.count()) if self._entry(r) is not None), -1)
        self.results.setCurrentRow(first)
        self.shown_results.emit()

    def _entry(self, row: int) -> home_service.Entry | None:
        item = self.results.item(row)
        entry = item.data(EntryRole) if item is not None else None
        return entry if isinstance(entry, home_service.Entry) else None

    def entries(self) -> list[home_service.Entry]:
        return [e for r in range(self.results.count()) if (e := self._entry(r)) is not None]

    def step_results(self, step: int) -> None:
        """↑/↓ from the search box: the previous or next result (headings are skipped)."""
        rows = [r for r in range(self.results.count()) if self._entry(r) is not None]
        if not rows:
            return
        current = self.results.currentRow()
        if current not in rows:
            self.results.setCurrentRow(rows[0])
            return
        index = max(0, min(len(rows) - 1, rows.index(current) + step))
        self.results.setCurrentRow(rows[index])

    def open_current(self) -> None:
        if self.timer.isActive():  # Enter typed before the pause: search first, then open
            self.run()
            self.shown_results.connect(self._open_after_search)
            return
        item = self.results.currentItem()
        if item is not None:
            self._activate(item)

    def _open_after_search(self) -> None:
        self.shown_results.disconnect(self._open_after_search)
        self.open_current()

    def _activate(self, item: QListWidgetItem) -> None:
        entry = item.data(EntryRole)
        if isinstance(entry, home_service.Entry) and not self._opened:
            self._opened = True  # a click and an activation of the same line open it once
            self.accept()
            self.chosen.emit(entry)


class _ArrowKeys(QObject):
    """↑, ↓, Page Up and Page Down in the search box move through the results."""

    def __init__(self, dialog: QuickSearch) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}
            step = steps.get(Qt.Key(event.key()))
            if step is not None:
                self.dialog.step_results(step)
                return True
        return False
