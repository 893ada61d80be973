"""Shortlist a technology by hand: one the ranking leaves out (another sector, no shared term) or
lists below its top ten. Field test 76: the window offered only the ranked top ten, so a match the
officer knew from a fair talk could not be recorded there."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.gui.operations import read_op
from petdesk.gui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.table_model import SEARCH_DELAY_MS
from petdesk.language import interface_language
from petdesk.services import tech_matching


class TechnologyChooser(QDialog):
    """A search field over the catalogue and the technologies it finds (a capped list: a list
    widget is enough); OK takes the selected one."""

    #: A search's choices are shown (tests wait for it).
    searched = Signal()

    def __init__(self, db: Database, locale: str, need_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lang = interface_language(locale)
        self._generation = 0
        self.setWindowTitle(QCoreApplication.translate("TechnologyChooser", "Shortlist a technology by hand"))
        intro = QLabel(
            QCoreApplication.translate("TechnologyChooser", "A technology for “%1”, ranked or not:").replace(
                "%1", need_title
            ),
            self,
        )
        intro.setWordWrap(True)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(
            QCoreApplication.translate(
                "TechnologyChooser", "Type part of its name or provider (any language)"
            )
        )
        self.query.setAccessibleName(QCoreApplication.translate("TechnologyChooser", "Find a technology"))
        self.found = QListWidget(self)
        self.found.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.found.setAccessibleName(QCoreApplication.translate("TechnologyChooser", "Technologies found"))
        #: Said instead of an empty list (shots51: a search that found nothing left a blank box).
        self.nothing = QLabel(self)
        self.nothing.setObjectName("nothing_found")
        self.nothing.setWordWrap(True)
        self.nothing.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.found.itemSelectionChanged.connect(self._enable_ok)
        self.found.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.query)
        layout.addWidget(self.found, 1)
        layout.addWidget(self.nothing)
        layout.addWidget(self.buttons)
        self.resize(560, 420)  # names with their providers read whole; fits a 1024 × 640 screen
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textEdited.connect(lambda _text: self._timer.start())
        self._enable_ok()
        self.search_now()

    def search_now(self) -> None:
        """Search for the text typed now, off the GUI thread; the newest search wins."""
        self._timer.stop()
        self._generation += 1
        generation, text, lang = self._generation, self.query.text(), self.lang
        read_op(
            self.db,
            lambda session: tech_matching.technology_choices(session, text, lang),
            on_success=lambda choices: self._show(generation, choices),
            owner=self,
        )

    def _show(self, generation: int, choices: list[tuple[str, str]]) -> None:
        if generation != self._generation:
            return  # an older search answered late
        self.found.clear()
        for text, tech_id in choices:
            item = QListWidgetItem(text, self.found)
            item.setData(Qt.ItemDataRole.UserRole, tech_id)
        if choices:
            self.found.setCurrentRow(0)
        text = self.query.text().strip()
        if text:
            nothing = QCoreApplication.translate(
                "TechnologyChooser", "No technology in the catalogue has “%1” in its name or provider."
            ).replace("%1", text)
        else:
            nothing = QCoreApplication.translate(
                "TechnologyChooser",
                "The catalogue has no technologies yet: add them on the Technologies page.",
            )
        self.nothing.setText(nothing)
        self.nothing.setVisible(not choices)
        self._enable_ok()
        self.searched.emit()

    def _enable_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self.found.currentItem() is not None)

    def chosen(self) -> tuple[str, str] | None:
        """The chosen technology's id and name, or None."""
        item = self.found.currentItem()
        if item is None:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), item.text().split(" — ")[0]
