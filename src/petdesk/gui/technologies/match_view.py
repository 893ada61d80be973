"""City needs and, for the selected need, the ranked technologies with the reasons, a Shortlist
button, and the need's shortlist whose matches move from suggested to agreement. Each shortlist
change says what it did and Ctrl+Z (Edit › Undo) takes it back, as the project board's moves.
Under the shortlist, the coordinator's own note on the selected match (why it was shortlisted), kept
in the language it is typed in (field test 26, §2)."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Callable
from math import ceil
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from petdesk import connection
from petdesk.db import Database
from petdesk.gui.colours import HINT, tint
from petdesk.gui.focus_back import focus_back_after
from petdesk.gui.list_page import ListPage
from petdesk.gui.newer_value_note import newer_value_text
from petdesk.gui.operations import Changes, Operation, show_failure, subscribe
from petdesk.gui.pages import enum_formatter
from petdesk.gui.plurals import PipelineLists
from petdesk.gui.qt import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCoreApplication,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QResizeEvent,
    QShortcut,
    QSplitter,
    QStyle,
    Qt,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextLayout,
    QTextOption,
    QTimer,
    QVBoxLayout,
    QWheelEvent,
    QWidget,
)
from petdesk.gui.read_only import hold, writes
from petdesk.gui.screen_fit import scrolled
from petdesk.gui.shortcut_log import ambiguity_logged
from petdesk.gui.sort_menu import install_context_menu
from petdesk.gui.technologies.add_match import TechnologyChooser
from petdesk.gui.technologies.editors import NeedEditor
from petdesk.gui.technologies.filter_bar import NEEDS, CatalogueFilterBar
from petdesk.gui.text_size import text_scale
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.i18n import format_date
from petdesk.language import interface_language
from petdesk.models.enums import MatchState
from petdesk.services import names, pipeline_lists, tech_matching
from petdesk.services import needs as need_service
from petdesk.services.projects import PipelineError
from petdesk.services.tech_matching import MatchRow
from petdesk.vocab import label, technology_area_label

NEED_HEADERS = (
    ("title", QT_TRANSLATE_NOOP("Columns", "Title")),
    ("city", QT_TRANSLATE_NOOP("Columns", "City")),
    ("sector", QT_TRANSLATE_NOOP("Columns", "Sector")),
    ("status", QT_TRANSLATE_NOOP("Columns", "Status")),
    ("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline")),
    ("budget", QT_TRANSLATE_NOOP("Columns", "Budget")),
)
#: The needs table's least width, in pixels, that shows the Budget beside titles still readable
#: (about 370 px at 1024 × 640, 520 at 1366 × 768).
BUDGET_SHOWN_FROM = 440
#: The page's least width for the list and the match view side by side; narrower, the match view
#: goes under the list. At 1024 px (a page of about 870) side by side the list had 370 px, its
#: sectors cut and its Budget hidden, and the match view 470, its reasons no more than that
#: allowed (field test F9): under each other both have the whole width (shots60).
SIDE_BY_SIDE_FROM = 1000
#: How many ranked technologies the match view shows.
TOP = 10
#: The technology column's share of the table and its bounds in pixels: the reasons beside it get
#: the rest (a fixed 240 px left them 90 px at 1024×640, field test F9). 0.28 of the width measured
#: after the resize left the reasons 54.8 % at 1024 px beside a score of two lines (polish54).
TECHNOLOGY_SHARE, TECHNOLOGY_WIDTH = 0.26, (110, 220)


class SortItem(QTableWidgetItem):
    """A cell that sorts by a key of its own (the score as a number, a name in pinyin order, a
    state in pipeline order), not by its text: the match view's tables sort (field test 26, defect 9)."""

    def __init__(self, text: str, key: object) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, SortItem) and type(self.key) is type(other.key):
            return bool(self.key < other.key)  # type: ignore[operator]
        return self.text() < other.text()  # (QTableWidgetItem.__lt__ would call this one again)


class StateBox(QComboBox):
    """A match's state in the shortlist table. The wheel changes it only once it has the focus: a
    wheel turned to scroll the table over it recorded "Agreement" with today's date (field test F10)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel itself

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the table behind scrolls instead


class MatchView(QWidget):
    """Ranked technologies for one need (a short, fixed list: a table widget is enough here)."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.lang = interface_language(locale)
        self.need_id: str | None = None
        self.last_operation: Operation | None = None
        #: What takes back each shortlist change of this need, the last one last.
        self.undo_stack: list[Callable[[Session], object]] = []
        #: The shortlist as shown, by match id (the state a move leaves, for its undo).
        self.shown_matches: dict[str, MatchRow] = {}
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.ranked = QTableWidget(0, 3, self)
        self.ranked.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MatchView", "Score"),
                QCoreApplication.translate("MatchView", "Technology"),
                QCoreApplication.translate("MatchView", "Why"),
            ]
        )
        self.ranked.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranked.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ranked.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranked.setTabKeyNavigation(False)  # read-only: Tab leaves, arrows move in the table
        self.ranked.setWordWrap(True)
        self.ranked.verticalHeader().hide()
        header = self.ranked.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # best first, until a header is clicked
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # The technology column follows the table's width, read from the viewport's own resize: the
        # table's came before its viewport was laid out, so a narrower window set the share of the
        # old, wider width (Technology 110 → 178 px and Why 260 → 192 px from 1366 to 1024, polish54).
        self.ranked.viewport().installEventFilter(self)
        # The wrapped reasons take more lines in a narrower column: the rows are measured again once
        # the widths settle (at 1024 px they kept their 1366 px height, the reasons cut with "…").
        self._rows_to_text = QTimer(self)
        self._rows_to_text.setSingleShot(True)
        self._rows_to_text.setInterval(0)
        self._rows_to_text.timeout.connect(self._rows_to_contents)
        header.sectionResized.connect(lambda column, _old, _new: column and self._rows_to_text.start())
        self.ranked.setAccessibleName(QCoreApplication.translate("MatchView", "Technologies that fit"))
        # Shift+F10 or the Menu key › Sort by, as the lists sort by keyboard (field test 32, §7)
        install_context_menu(self.ranked, lambda column: column != 2)  # not by the reasons
        self.shortlist_button = QPushButton(QCoreApplication.translate("MatchView", "&Shortlist"), self)
        self.shortlist_button.clicked.connect(self.shortlist_selected)
        self.by_hand_button = QPushButton(
            QCoreApplication.translate("MatchView", "Shortlist &another…"), self
        )
        self.by_hand_button.setToolTip(
            QCoreApplication.translate(
                "MatchView", "Shortlist a technology from the whole catalogue, also one not ranked here"
            )
        )
        self.by_hand_button.clicked.connect(self.shortlist_by_hand)
        #: The open "shortlist by hand" dialog (tests drive it).
        self.chooser: TechnologyChooser | None = None
        self.hint = QLabel(
            QCoreApplication.translate(
                "MatchView",
                "Shortlist keeps the selected technology for this need; below, its state follows "
                "the talks from Suggested to Agreement.",
            ),
            self,
        )
        self.hint.setWordWrap(True)
        tint(self.hint, HINT)  # quieter than the data, yet readable (a disabled label was not)
        self.remove_button = QPushButton(
            QCoreApplication.translate("MatchView", "&Remove from shortlist"), self
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(QCoreApplication.translate("MatchView", "&Undo"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        # Ctrl+Z with the focus in the match view; elsewhere on the page Edit › Undo asks the page.
        undo_key = ambiguity_logged(QShortcut(QKeySequence.StandardKey.Undo, self))
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self.undo)
        self.matches = QTableWidget(0, 3, self)
        self.matches.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MatchView", "Shortlisted technology"),
                QCoreApplication.translate("MatchView", "State"),
                QCoreApplication.translate("MatchView", "Since"),
            ]
        )
        self.matches.verticalHeader().hide()
        self.matches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.setTabKeyNavigation(False)  # Tab leaves; the state boxes in it are Tab stops
        self.matches.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.matches.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # by state
        self.matches.setAccessibleName(QCoreApplication.translate("MatchView", "Shortlist"))
        install_context_menu(self.matches, lambda _column: True)
        self.matches.itemSelectionChanged.connect(self._show_note)
        #: The selected match's note; saved by its button, or on its own when another match is chosen.
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            QCoreApplication.translate("MatchView", "Why this technology was shortlisted, what was agreed…")
        )
        self.notes_edit.setAccessibleName(QCoreApplication.translate("MatchView", "Note on the match"))
        self.notes_edit.setMaximumHeight(self.notes_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.notes_edit.setEnabled(False)
        self.save_note_button = QPushButton(QCoreApplication.translate("MatchView", "Save &note"), self)
        self.save_note_button.setEnabled(False)
        self.save_note_button.clicked.connect(self.save_note)
        self.notes_edit.modificationChanged.connect(self.save_note_button.setEnabled)
        #: The match whose note the field shows.
        self.note_match_id: str | None = None
        row = QHBoxLayout()
        ranked_label = QLabel(
            QCoreApplication.translate("MatchView", "Technologies that fit, &best first:"), self
        )
        ranked_label.setBuddy(self.ranked)
        row.addWidget(ranked_label, 1)
        row.addWidget(self.shortlist_button)
        # What the organisations' and contacts' panes say before a row is chosen.
        self.empty = QLabel(
            QCoreApplication.translate("MatchView", "Select a city need to see the technologies that fit."),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        content = QWidget(self)
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addLayout(row)
        box.addWidget(self.hint)
        box.addWidget(self.ranked, 3)
        # under the ranking it widens, on a row of its own: beside Shortlist it pushed both out of a
        # 1024-wide window at the largest text size
        by_hand_row = QHBoxLayout()
        by_hand_row.addStretch(1)
        by_hand_row.addWidget(self.by_hand_button)
        box.addLayout(by_hand_row)
        shortlist_row = QHBoxLayout()
        shortlist_label = QLabel(QCoreApplication.translate("MatchView", "Shortl&ist:"), content)
        shortlist_label.setBuddy(self.matches)
        shortlist_row.addWidget(shortlist_label, 1)
        shortlist_row.addWidget(self.remove_button)
        box.addLayout(shortlist_row)
        box.addWidget(self.matches, 2)
        note_row = QHBoxLayout()
        self.note_label = QLabel(
            QCoreApplication.translate("MatchView", "N&ote on the selected match:"), content
        )
        self.note_label.setBuddy(self.notes_edit)
        note_row.addWidget(self.note_label, 1)
        note_row.addWidget(self.save_note_button)
        box.addLayout(note_row)
        box.addWidget(self.notes_edit)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button)
        box.addLayout(status_row)
        # At the largest text size on a 1024 × 640 screen the ranked list got less than one row and
        # its reasons were cut (field test 63): it keeps room for two rows of three lines, the
        # shortlist for two, and the pane scrolls when the screen is shorter than that.
        lines = self.ranked.fontMetrics().lineSpacing()
        header_height = self.ranked.horizontalHeader().sizeHint().height()
        self.ranked.setMinimumHeight(header_height + 2 * (3 * lines + 8))
        self.matches.setMinimumHeight(header_height + 2 * (lines + 10))
        self.content = content
        self.content_area = scrolled(content)
        # Up and down only: the labels beside the buttons wrap rather than push the buttons out.
        self.content_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for caption in (ranked_label, shortlist_label, self.note_label):
            caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.content_area, 1)
        self.content_area.hide()
        for button in (
            self.shortlist_button,
            self.by_hand_button,
            self.remove_button,
            self.undo_button,
            self.save_note_button,
        ):
            writes(button)
        hold(self, db.path)
        # A read-only window: the shortlist's state boxes and notes are shown, not changed.
        self.read_only = connection.read_only(db.path)
        self.notes_edit.setReadOnly(self.read_only)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ranked.viewport() and event.type() == QEvent.Type.Resize:
            low, high = TECHNOLOGY_WIDTH
            width = int(self.ranked.viewport().width() * TECHNOLOGY_SHARE)
            self.ranked.horizontalHeader().resizeSection(1, max(low, min(high, width)))
        return super().eventFilter(watched, event)

    def show_need(self, need_id: str) -> None:
        try:
            with self.db.reading() as s:
                need, ranked = tech_matching.rank_for_need(s, need_id, TOP)
                matches = tech_matching.list_matches(s, need_id=need_id)
        except PipelineError:
            # Deleted meanwhile: the list's selection or a queued refresh may still name a row it
            # has not reloaded yet (Delete, Undo and Redo at once). The hint shows, as after a delete.
            self.clear()
            return
        pending = self._pending_note()
        if need_id != self.need_id:  # another need: its changes are not this one's to undo
            if pending:  # a note typed and not saved is kept, not lost
                self._write_note_quietly(*pending)
                pending = None
            self.undo_stack.clear()
            self.undo_button.setEnabled(False)
            self.status.clear()
        self.need_id = need_id
        problem = need.problem_en or need.problem_zh
        if self.lang == "zh" and need.problem_zh:
            problem = need.problem_zh
        self.empty.hide()
        self.content_area.show()
        city = need.city(self.lang)  # a need with no city read "Sludge disposal —" (shots51)
        where = f" — {_escape(city)}" if city else ""
        self.heading.setText(f"<b>{_escape(need.title(self.lang))}</b>{where}<br>{_escape(problem)}")
        self.ranked.setSortingEnabled(False)  # rows filled in place, then sorted as the header says
        self.ranked.setRowCount(len(ranked))
        for i, r in enumerate(ranked):
            # the tier orders the list before the score does: shown with it, and sorted by both
            score = SortItem(f"{r.score:.1f}\n{r.fit(self.lang)}", r.order_key)
            score.setData(Qt.ItemDataRole.UserRole, r.technology.id)
            self.ranked.setItem(i, 0, score)
            area = technology_area_label(r.technology.sector, self.ui_locale)
            shown = r.technology.name(self.lang)
            self.ranked.setItem(i, 1, SortItem(f"{shown}\n{area}", self._name_key(shown)))
            self.ranked.setItem(i, 2, QTableWidgetItem(r.explain(self.lang)))  # sentences, no points
        self.ranked.setSortingEnabled(True)
        self._rows_to_contents()
        if ranked:
            self.ranked.selectRow(0)
        selected = self.selected_match()
        self.shown_matches = {x.id: x for x in matches}
        self.matches.setSortingEnabled(False)
        self.matches.blockSignals(True)  # the note is shown once the table is filled
        self.matches.clearSelection()
        self._drop_state_boxes()
        self.matches.setRowCount(len(matches))
        boxes: list[QWidget] = []
        for i, x in enumerate(matches):
            tech = SortItem(self._match_name(x), self._name_key(self._match_name(x)))
            tech.setData(Qt.ItemDataRole.UserRole, x.id)
            self.matches.setItem(i, 0, tech)
            combo = StateBox(self.matches)
            combo.setAccessibleName(
                QCoreApplication.translate("MatchView", "State of %1").replace("%1", self._match_name(x))
            )
            for state in MatchState:
                combo.addItem(label(state, self.ui_locale), state.value)
            combo.setCurrentIndex(list(MatchState).index(x.state))
            if x.stored_state is not None:  # a newer petdesk's state: shown as stored, not its stand-in
                combo.insertItem(0, x.stored_state, "")
                combo.setItemData(0, newer_value_text(x.stored_state), Qt.ItemDataRole.ToolTipRole)
                combo.setCurrentIndex(0)
                combo.setToolTip(newer_value_text(x.stored_state))
            combo.setEnabled(not self.read_only)
            combo.currentIndexChanged.connect(
                lambda _i, match_id=x.id, c=combo: self._box_moved(match_id, c.currentData())
            )
            self.matches.setCellWidget(i, 1, combo)
            self.matches.setItem(i, 1, SortItem("", list(MatchState).index(x.state)))  # under the box
            boxes.append(combo)
            # as wide as its longest state ("Meeting held" read "Meeting helc")
            header = self.matches.horizontalHeader()
            header.resizeSection(1, max(header.sectionSize(1), combo.sizeHint().width()))
            since = format_date(x.state_changed_on, self.ui_locale) if x.state_changed_on else ""
            self.matches.setItem(
                i, 2, SortItem(since, x.state_changed_on.isoformat() if x.state_changed_on else "")
            )
        self.matches.setSortingEnabled(True)
        self.matches.blockSignals(False)
        # Tab: the shortlist, its state boxes (made just now, so last in the chain), then the note
        chain = [self.matches, *boxes, self.notes_edit, self.save_note_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        if selected:
            self.select_match(selected)
        self._show_note(keep=pending)

    def _rows_to_contents(self) -> None:
        """Each ranked row as tall as its texts, the score's two lines whole. Qt measures the
        score's height in the view's font, while its Chinese line is drawn in a taller fallback
        font: a row no taller than the score read "9.0…" at 1024 px in Chinese (cityneeds59)."""
        self.ranked.resizeRowsToContents()
        width = self.ranked.columnWidth(0)
        for row in range(self.ranked.rowCount()):
            item = self.ranked.item(row, 0)
            if item is not None:
                needed = drawn_text_height(self.ranked, item.text(), width)
                if self.ranked.rowHeight(row) < needed:
                    self.ranked.setRowHeight(row, needed)

    def _drop_state_boxes(self) -> None:
        """Take the last need's state boxes out of the shortlist at once. Qt only deletes a
        replaced cell widget later, from the event loop: until then the old box stayed visible over
        the new one, in the Tab chain, and changing it did nothing (field test 32, defect 1)."""
        for row in range(self.matches.rowCount()):
            box = self.matches.cellWidget(row, 1)
            if box is not None:
                box.hide()  # out of sight and of the Tab chain now
                self.matches.removeCellWidget(row, 1)  # deleted later
        self.matches.setRowCount(0)

    def _name_key(self, name: str) -> str:
        """Names sort as the lists sort them: pinyin order in Chinese."""
        if self.lang == "zh":
            return names.organisation_sort_key_zh(name_en="", name_zh=name)
        return names.organisation_sort_key_en(name_en=name)

    def clear(self) -> None:
        """Show the hint, as before a need is chosen (the need shown was deleted)."""
        if pending := self._pending_note():
            self._write_note_quietly(*pending)
        self.need_id = None
        self.undo_stack.clear()
        self.undo_button.setEnabled(False)
        self.status.clear()
        self.shown_matches = {}
        self._show_note()
        self.content_area.hide()
        self.empty.show()

    def select_match(self, match_id: str) -> bool:
        for row in range(self.matches.rowCount()):
            item = self.matches.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == match_id:
                self.matches.selectRow(row)
                return True
        return False

    def selected_match(self) -> str | None:
        row = self.matches.currentRow()
        item = self.matches.item(row, 0) if row >= 0 else None
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def selected_technology(self) -> str | None:
        row = self.ranked.currentRow()
        item = self.ranked.item(row, 0) if row >= 0 else None
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _match_name(self, x: MatchRow) -> str:
        return x.technology(self.lang)

    def shortlist_selected(self) -> None:
        tech_id = self.selected_technology()
        if tech_id is None:
            return
        item = self.ranked.item(self.ranked.currentRow(), 1)
        self.shortlist_technology(tech_id, item.text().split("\n")[0] if item is not None else "")

    def shortlist_by_hand(self) -> None:
        """Choose any technology of the catalogue and shortlist it (a match agreed at a fair talk)."""
        if self.need_id is None:
            return
        with self.db.reading() as s:
            title = tech_matching.get_need(s, self.need_id).title(self.lang)
        self.chooser = chooser = TechnologyChooser(self.db, self.ui_locale, title, self)
        chooser.accepted.connect(lambda: self._shortlist_chosen(chooser))
        chooser.open()

    def _shortlist_chosen(self, chooser: TechnologyChooser) -> None:
        chosen = chooser.chosen()
        if chosen is not None:
            self.shortlist_technology(*chosen)

    def shortlist_technology(self, tech_id: str, name: str) -> None:
        need_id = self.need_id
        if need_id is None:
            return
        listed = [x.id for x in self.shown_matches.values() if x.technology_id == tech_id]
        if listed:  # nothing to do, but say so (it used to do nothing, silently)
            self.select_match(listed[0])
            self.status.setText(
                QCoreApplication.translate("MatchView", "%1 is already on the shortlist.").replace("%1", name)
            )
            return

        def work() -> str:
            with self.db.transaction() as s:
                return tech_matching.shortlist(s, need_id, tech_id).id

        def done(match_id: str) -> None:
            self._changed(
                lambda s: tech_matching.remove_from_shortlist(s, match_id),
                QCoreApplication.translate("MatchView", "Shortlisted %1 — Ctrl+Z undoes it.").replace(
                    "%1", name
                ),
            )
            self.select_match(match_id)

        self._write(work, done)

    def remove_selected(self) -> None:
        """Take the selected match off the shortlist (Ctrl+Z puts it back as it was)."""
        match_id = self.selected_match()
        x = self.shown_matches.get(match_id or "")
        if x is None:
            self.status.setText(
                QCoreApplication.translate("MatchView", "Select a technology in the shortlist first.")
            )
            return

        def work() -> None:
            with self.db.transaction() as s:
                tech_matching.remove_from_shortlist(s, x.id)

        text = QCoreApplication.translate("MatchView", "Removed %1 from the shortlist — Ctrl+Z undoes it.")
        self._write(
            work,
            lambda _r: self._changed(
                lambda s: tech_matching.restore_to_shortlist(s, x.id), text.replace("%1", self._match_name(x))
            ),
        )

    def _box_moved(self, match_id: str, data: str) -> None:
        if data:  # "": the newer petdesk's stored state, picked back: nothing to write
            self.move_match(match_id, MatchState(data))

    def move_match(self, match_id: str, state: MatchState, *, confirmed: bool = False) -> None:
        x = self.shown_matches.get(match_id)
        # the stand-in picked for a newer petdesk's state is a move too: the user chose it
        if x is None or (x.state == state and x.stored_state is None):
            return
        warning = tech_matching.fit_warning(x.score, state) if state == MatchState.AGREEMENT else None
        if warning and not confirmed:  # a technology with no fit agreed on unasked (field projfollow60)
            self._ask_no_fit(x, state, warning)
            return

        def work() -> None:
            with self.db.transaction() as s:
                tech_matching.move_match(s, match_id, state)

        text = (
            QCoreApplication.translate("MatchView", "%1 moved from %2 to %3 — Ctrl+Z undoes it.")
            .replace("%1", self._match_name(x))
            .replace("%2", x.stored_state or label(x.state, self.ui_locale))
            .replace("%3", label(state, self.ui_locale))
        )

        # The undo puts back the state and the day it was reached, not today.
        def undo(s: Session) -> None:
            if x.stored_state is not None:
                tech_matching.put_back_stored_state(s, match_id, x.stored_state, on=x.state_changed_on)
            else:
                tech_matching.move_match(s, match_id, x.state, on=x.state_changed_on)

        self._write(work, lambda _r: self._changed(undo, text))

    def _ask_no_fit(self, x: MatchRow, state: MatchState, warning: str) -> None:
        """Ask before recording an agreement on a match that meets none of the need's criteria; Cancel
        shows the state it had again."""
        from petdesk.gui.questions import ask
        from petdesk.i18n import translator

        need_id = self.need_id
        ask(
            self,
            title=QCoreApplication.translate("MatchView", "No criteria met"),
            text=translator(self.ui_locale)(warning).format(technology=self._match_name(x)),
            name="no_fit_question",
            yes_text=QCoreApplication.translate("MatchView", "Record the agreement"),
            on_yes=lambda: self.move_match(x.id, state, confirmed=True),
            on_no=lambda: self.show_need(need_id) if need_id else None,
        )

    def _pending_note(self) -> tuple[str, str] | None:
        """The match and the note typed for it but not saved yet, if any."""
        if self.note_match_id and self.notes_edit.document().isModified():
            return self.note_match_id, self.notes_edit.toPlainText()
        return None

    def _show_note(self, keep: tuple[str, str] | None = None) -> None:
        """Show the selected match's note. A note typed for the match before is saved first, or,
        with ``keep`` (the shortlist was read again), stays in the field as typed."""
        match_id = self.selected_match()
        pending = self._pending_note()
        if pending and pending[0] != match_id:
            self._save_note(*pending)
        x = self.shown_matches.get(match_id or "")
        self.note_match_id = x.id if x else None
        self.notes_edit.setEnabled(x is not None)
        if keep and x is not None and keep[0] == x.id:
            self.notes_edit.setPlainText(keep[1])
            self.notes_edit.document().setModified(True)
        else:
            self.notes_edit.setPlainText(x.notes if x else "")
            self.notes_edit.document().setModified(False)
        self.save_note_button.setEnabled(self.notes_edit.document().isModified())

    def save_note(self) -> None:
        """Save the note of the selected match (Ctrl+Z puts the one before back)."""
        if pending := self._pending_note():
            self._save_note(*pending)

    def _save_note(self, match_id: str, text: str) -> None:
        self.notes_edit.document().setModified(False)
        x = self.shown_matches.get(match_id)
        name = self._match_name(x) if x else ""

        def work() -> str:
            with self.db.transaction() as s:
                return tech_matching.set_match_notes(s, match_id, text)

        said = QCoreApplication.translate("MatchView", "Saved the note on %1 — Ctrl+Z undoes it.")
        self._write(
            work,
            lambda before: self._changed(
                lambda s: tech_matching.set_match_notes(s, match_id, before), said.replace("%1", name)
            ),
        )

    def _write_note_quietly(self, match_id: str, text: str) -> None:
        """Save a note typed for a need no longer shown (the view has moved on: nothing to refresh)."""
        self.notes_edit.document().setModified(False)

        def work() -> None:
            with self.db.transaction() as s:
                tech_matching.set_match_notes(s, match_id, text)

        self.last_operation = Operation(
            work, on_success=lambda _r: None, on_failure=lambda exc: self.status.setText(self._why(exc))
        ).start()

    def _why(self, exc: BaseException) -> str:
        """A refused shortlist write in plain words, naming the database when its disk refused."""
        from petdesk.messages import plain_error

        return plain_error(exc, self.ui_locale, database=self.db.path, context="technology matching")

    def can_undo_last(self) -> bool:
        """Edit › Undo: the last shortlist change of the need shown."""
        return bool(self.undo_stack)

    def undo(self) -> None:
        if not self.undo_stack:
            return
        take_back = self.undo_stack.pop()
        self.undo_button.setEnabled(bool(self.undo_stack))

        def work() -> None:
            with self.db.transaction() as s:
                take_back(s)

        self._write(work, lambda _r: self.status.setText(QCoreApplication.translate("MatchView", "Undone.")))

    def _changed(self, undo: Callable[[Session], object], text: str) -> None:
        self.undo_stack.append(undo)
        self.undo_button.setEnabled(True)
        self.status.setText(text)

    def _write(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run a shortlist write off the GUI thread; then say what it did and show the shortlist."""
        need_id = self.need_id

        def succeeded(result: object) -> None:
            if need_id:
                self.show_need(need_id)
            done(result)

        def failed(exc: BaseException) -> None:
            if need_id:
                self.show_need(need_id)
            self.status.setText(self._why(exc))

        self.last_operation = Operation(work, on_success=succeeded, on_failure=failed).start()


def drawn_text_height(view: QTableView, text: str, width: int) -> int:
    """The height a cell of ``view`` ``width`` px wide needs to draw ``text`` whole, wrapped as
    Qt's item delegate wraps it, each line as tall as the fonts it is drawn in (a Chinese fallback
    font's line is taller than the view font's), and the focus frame's room above and below (a
    row of 34 px cut 33 px of text, 35 px showed it whole)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text.replace("\n", "\u2028"), view.font())
    layout.setTextOption(option)
    height = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width - 2 * margin)
        height += line.height()
    layout.endLayout()
    return ceil(height) + view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, None, view)


def _escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NeedsPage(QSplitter):
    """City needs on the left, the match view of the selected need on the right."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.db = db
        headers = [(k, QCoreApplication.translate("Columns", t)) for k, t in NEED_HEADERS]
        self.query = pipeline_lists.needs(locale)
        # The remembered filters apply from the first read.
        self.filters = CatalogueFilterBar(db, NEEDS, locale, self)
        self.query.where = self.filters.current().need_clauses()
        self.list = ListPage(
            db,
            self.query,
            headers,
            locale=locale,
            formatters={
                "sector": lambda v: technology_area_label(v or "", locale),
                "status": enum_formatter(locale),
                "deadline": lambda v: "" if v is None else format_date(v, locale),
            },
            # 2,800万元 in Chinese, CN¥28m in English; the whole amount in the cell's tooltip and
            # the need's editor, the order by the stored number
            money={"budget": "currency"},
            compact_money=True,
            placeholder=QCoreApplication.translate("NeedsPage", "Search titles and problems…"),
            noun=PipelineLists(self).needs,
            parent=self,
        )
        self.list.allow_delete("need", need_service.delete_needs, need_service.restore_needs)
        # Beside the match view at 1024 px (a table of about 370 px) the Budget hides until the
        # header's menu shows it: with it the titles were cut to five characters (needs54).
        self.list.allow_hiding("needs", {"budget": BUDGET_SHOWN_FROM})
        self.list.add_filter_bar(self.filters)
        self.filters.changed.connect(self._filter)
        self.match_view = MatchView(db, locale, self)
        #: The last print preview and the operation that made its document (tests wait for it).
        self.preview: QWidget | None = None
        self.print_operation: Operation | None = None
        #: The match result last made for printing, in a folder of its own.
        self.printed_path: Path | None = None
        self._print_folder: tempfile.TemporaryDirectory[str] | None = None
        self.addWidget(self.list)
        self.addWidget(self.match_view)
        # The match view's room at 1366 px; a wider window widens the list most (field test 44,
        # §5: at 1920 px the needs list had a third of the width, its sectors cut).
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([560, 700])
        self._orient()
        self.list.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        # Enter or a double-click on a row opens the need to edit (selecting it shows its matches);
        # Ctrl+N or the button makes one.
        self.list.activated.connect(self.edit_need)
        self.list.allow_new(QCoreApplication.translate("NeedsPage", "New need…"), self.new_need)
        #: The editor last opened (tests reach it here).
        self.editor: NeedEditor | None = None
        # A need saved anywhere shows here; deferred, so that the list's own delete has offered
        # its Undo before the list is read again.
        subscribe(self, self._on_changes)
        # After a delete or its undo, the current need or the hint, as the catalogue's detail pane:
        # the match view kept showing a deleted need.
        self.list.rows_changed.connect(lambda: self._select(self.list.table.currentIndex().row()))
        from petdesk.gui.technologies.import_file import import_catalogue

        self.list.set_empty_state(
            QCoreApplication.translate("EmptyPage", "No city needs yet"),
            QCoreApplication.translate(
                "EmptyPage",
                "City needs are what partner cities are looking for; each is matched against the "
                "technology catalogue. Import them from a CSV or Excel file.",
            ),
            [
                (
                    "import",
                    QCoreApplication.translate("EmptyPage", "Import city needs…"),
                    lambda: import_catalogue(self, db, "needs", self.refresh),
                )
            ],
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._orient()

    def _orient(self) -> None:
        """Side by side from SIDE_BY_SIDE_FROM px (at the text size), else the match view under
        the list, each time with the split the page opens with."""
        wanted = (
            Qt.Orientation.Horizontal
            if self.width() >= SIDE_BY_SIDE_FROM * text_scale()
            else Qt.Orientation.Vertical
        )
        if wanted == self.orientation():
            return
        self.setOrientation(wanted)
        if wanted == Qt.Orientation.Horizontal:
            self.setStretchFactor(0, 3)
            self.setStretchFactor(1, 2)
            self.setSizes([560, 700])
        else:  # the list's filters and its first rows above; the match view (it scrolls) below
            self.setStretchFactor(0, 2)
            self.setStretchFactor(1, 3)
            above = max(self.height(), 400) * 2 // 5
            self.setSizes([above, max(self.height(), 400) - above])

    def new_need(self) -> None:
        self._open_editor(None)

    def edit_need(self, need_id: str) -> None:
        self._open_editor(need_id)

    def _open_editor(self, need_id: str | None) -> None:
        self.editor = NeedEditor(self.db, self.match_view.ui_locale, need_id, self)
        focus_back_after(self.editor)  # the card, row or list it was opened from
        self.editor.open()  # what it stores is announced on the change bus, which refreshes the page

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("need", "organisation"):
            ids = sorted(changes.ids) if changes.touches("need") else []
            QTimer.singleShot(0, self, lambda: self._show_changed(ids))

    def _show_changed(self, ids: list[str]) -> None:
        self.list.refresh()
        if len(ids) == 1 and self.list.select_id(ids[0]):
            self.match_view.show_need(ids[0])

    def _select(self, row: int) -> None:
        if (need_id := self.list.model.row_id(row)) is not None:
            self.match_view.show_need(need_id)
        else:  # no current row (the shown need was deleted)
            self.match_view.clear()

    def select_need(self, need_id: str, *, match_id: str | None = None) -> None:
        """Show the match view of ``need_id`` (from an organisation page), with ``match_id`` selected
        in its shortlist when given."""
        self.list.select_id(need_id)
        self.match_view.show_need(need_id)
        if match_id:
            self.match_view.select_match(match_id)

    def can_undo_last(self) -> bool:
        """Edit › Undo on this page: the list's last delete or the match view's last shortlist change."""
        return self.list.can_undo() or self.match_view.can_undo_last()

    def undo_last(self) -> None:
        """The undo of the part with the focus first (each keeps its own Ctrl+Z), then the other's."""
        focus = QApplication.focusWidget()
        list_first = focus is not None and self.list.isAncestorOf(focus)
        if self.list.can_undo() and (list_first or not self.match_view.can_undo_last()):
            self.list.undo()
        else:
            self.match_view.undo()

    def can_redo_last(self) -> bool:
        return self.list.can_redo()

    def redo_last(self) -> None:
        self.list.redo()

    def print_document(self) -> Operation | None:
        """File › Print Preview: the match result of the need shown, as the bilingual document
        ``petdesk report match`` writes (it printed a screenshot of the page, field test 9). Made
        off the GUI thread; the preview opens when it is ready (``self.preview``)."""
        need_id = self.match_view.need_id
        if need_id is None:
            self.match_view.empty.setText(
                QCoreApplication.translate("NeedsPage", "Select a city need to print its match result.")
            )
            return None
        from petdesk.dossier import DossierOptions
        from petdesk.dossier.match_report import build_match_report

        options = DossierOptions(first_lang=self.match_view.ui_locale, restricted=False, contents=False)
        # The file stays until the next print or the end of the program (the folder object removes
        # it then); the preview has read its pages at once.
        self._print_folder = tempfile.TemporaryDirectory(prefix="petdesk-match-")
        out = Path(self._print_folder.name) / "match.pdf"

        def work() -> Path:
            return build_match_report(self.db, need_id, out, options)

        def show(path: Path) -> None:
            from petdesk.gui.print_preview import preview_pdf

            self.printed_path = path
            self.preview = preview_pdf(path, self, QCoreApplication.translate("NeedsPage", "Match result"))

        def failed(exc: BaseException) -> None:
            show_failure(self, exc)

        self.print_operation = Operation(work, on_success=show, on_failure=failed, owner=self).start()
        return self.print_operation

    def _filter(self) -> None:
        self.query.where = self.filters.current().need_clauses()
        self.list.refresh()

    def refresh(self) -> None:
        self.list.refresh()
        if self.match_view.need_id:
            self.match_view.show_need(self.match_view.need_id)
