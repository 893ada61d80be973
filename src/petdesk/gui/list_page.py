"""A searchable, sortable list of one entity; the base of the navigation pages."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from petdesk.db import Database
from petdesk.gui import plurals
from petdesk.gui.a11y import name_clear_button, named
from petdesk.gui.column_fit import ColumnFitter, least_widths, whole_columns
from petdesk.gui.delete_landing import Landing, after_delete, in_order, runs
from petdesk.gui.edit_menu import REDO_KEYS
from petdesk.gui.hidden_columns import column_chooser, saved_hidden
from petdesk.gui.qt import (
    QAbstractItemView,
    QAbstractSpinBox,
    QAction,
    QComboBox,
    QCoreApplication,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QObject,
    QPushButton,
    QSettings,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import WRITING_ACTIONS, writes
from petdesk.gui.row_selection import select_rows, selected_ranges
from petdesk.gui.sort_menu import install_context_menu, keep_sort_on_sortable
from petdesk.gui.table_model import SqlTableModel
from petdesk.gui.text_size import fit_rows_to_text, text_scale
from petdesk.services.lists import ListQuery

#: Milliseconds of quiet typing before the search runs.
SEARCH_DELAY_MS = 150
#: Starting widths of columns that need less or more than the usual 150 pixels.
#: Columns of short labels kept whole at their longest text (ColumnFitter's ``labels``).
LABEL_KEYS = frozenset({"status"})
_COLUMN_WIDTHS = {
    "start": 130,
    "end": 130,
    "deadline": 110,
    "city": 110,
    "status": 100,
    "direction": 100,
    "country": 100,  # a country's name ("Netherlands"), no longer its code
    "trl": 60,  # one digit
    "budget": 80,  # a compact amount ("CN¥15m", "1,500万元"): measured once rows show
    "name": 220,
    # A title names its row as a name does: at 150 px it could not give way in proportion, and
    # at 1366 px the City needs' titles had 150 px beside a Sector of 150 (layout54).
    "title": 220,
}


class ListPage(QWidget):
    """Search box, table and a row count. ``activated(row_id)`` fires on Enter or double-click."""

    activated = Signal(str)
    #: Rows were deleted or restored here (a detail pane beside the list shows the current row again).
    rows_changed = Signal()

    def __init__(
        self,
        db: Database,
        query: ListQuery,
        headers: Sequence[tuple[str, str]],
        *,
        locale: str = "en",
        formatters: dict[str, Callable[[Any], str]] | None = None,
        money: Mapping[str, str] | None = None,
        compact_money: bool = False,
        placeholder: str = "",
        noun: Callable[[int], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        #: "8 projects" under the table; "8 rows" without one
        self.noun = noun or (lambda n: self.tr("%Ln row(s)", "", n))
        self.search = named(QLineEdit(self), self.tr("Search"))
        self.search.setPlaceholderText(placeholder or self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search)
        self.count_label = QLabel(self)
        self.model = SqlTableModel(
            db,
            query,
            headers,
            formatters=formatters,
            money=money,
            compact_money=compact_money,
            locale=locale,
            parent=self,
        )
        self.table = named(QTableView(self), self.tr("Records"))
        self.table.setModel(self.model)
        keys = [key for key, _title in headers]
        # Open A→Z on the listing's own order: switched on bare, sorting asks for Qt's default
        # indicator, descending on the first column (the lists opened Z→A).
        first = keys.index(query.default_sort) if query.default_sort in keys else 0
        self.table.horizontalHeader().setSortIndicator(first, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # read-only: Tab leaves, arrows move in the table
        self.table.verticalHeader().hide()
        # One line a row, cut with "…" at the cell's edge: wrapped, a City needs title was cut
        # after its last whole word ("Upgrade of the ...") and left the rest of the cell empty.
        self.table.setWordWrap(False)
        fit_rows_to_text(self.table)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        # Dates and statuses keep what they need; the title or name takes the spare width. All fit
        # the table's width at 1366 px, long titles elided: beside a detail pane the table scrolled
        # sideways and its last column was out of sight (field test 6, defect 19).
        wide = next((keys.index(k) for k in ("title", "name") if k in keys), None)
        scale = text_scale()  # the fitter wants widths for the system's text size
        wanted = [
            max(_COLUMN_WIDTHS.get(key, 150), round(header.sectionSizeHint(c) / scale))
            for c, key in enumerate(keys)
        ]
        # Room to spare (a wide screen) goes first to columns whose text is cut (field test 44, §5).
        self.column_fitter = ColumnFitter(
            self.table,
            wanted,
            stretch=wide,
            least=least_widths(keys, wanted),
            grow=True,
            content=whole_columns(keys),
            # a status cut is no status: "Matching" read "Match…" at 1366 px (cityneeds59)
            labels=frozenset(c for c, key in enumerate(keys) if key in LABEL_KEYS),
        )
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        # The table's actions and "Sort by ▸", Shift+F10 and the Menu key too (field test 13, defect 7).
        install_context_menu(self.table, self.model.is_sortable)
        keep_sort_on_sortable(self.table, self.model.is_sortable)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.apply_search)

        top = self._top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._layout = layout
        self._filter_bar: QWidget | None = None
        self.empty_hint: QWidget | None = None
        #: What the last delete or its Undo selected, kept through the reload right after it.
        self._landed: Landing | None = None
        #: The records this list's own delete or Undo just wrote, until the change bus has told the
        #: page around it: the page selects "the changed record", which is not to clear the search.
        self._written: frozenset[str] = frozenset()
        #: What Ctrl+Z on this list takes back: the last delete (see ``allow_delete``).
        self._undo_last: Callable[[], None] | None = None
        #: What Ctrl+Y on this list does again: the delete just undone (Redo).
        self._redo_last: Callable[[], None] | None = None
        self.actions_by_name: dict[str, QAction] = {}
        #: Columns that hide while the table is narrow (see ``allow_hiding``), and the settings' kind.
        self._narrow: dict[str, int] = {}
        self._hiding_kind = ""
        # Ctrl+F from anywhere in the window, as on the record lists: a hidden page's action does
        # not count, so only the shown list answers (field test 13, defect 4).
        self._add_action(
            "find",
            QCoreApplication.translate("RecordList", "Search the list"),
            QKeySequence.StandardKey.Find,
            self.focus_search,
            Qt.ShortcutContext.WindowShortcut,
        )
        self._update_count()

    def _add_action(
        self,
        name: str,
        text: str,
        keys: QKeySequence | QKeySequence.StandardKey | str,
        slot: Callable[[], None],
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> QAction:
        action = QAction(text, self)  # named for the list of shortcuts (Help)
        action.setObjectName(f"action_{name}")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: slot())
        if name in WRITING_ACTIONS:
            writes(action)
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def add_filter_bar(self, bar: QWidget) -> None:
        """Filter boxes under the search box (the catalogue's sector, TRL, country…)."""
        self._layout.insertWidget(1, bar)
        self._filter_bar = bar
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab as the eye reads the page: the search box and "New …" beside it, the filter boxes
        under them, then the list. Added later, the filter boxes and the button came first and
        last (field test 32, §10)."""
        chain: list[QWidget] = [self.search]
        chain += self.findChildren(QPushButton, "new_record")
        if self._filter_bar is not None:
            chain += [w for w in self._filter_bar.findChildren(QWidget) if _tab_stop(w, self.window())]
        chain.append(self.table)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def allow_hiding(self, kind: str, narrow: Mapping[str, int]) -> None:
        """The header's menu hides and shows columns, as on the record lists, and the choice is kept
        (``columns/<kind>``). Until the user has chosen, each column of ``narrow`` hides itself while
        the table is narrower than its width there (pixels at the system's text size): at 1024 px
        the City needs' Budget left the titles five characters (needs54)."""
        self._hiding_kind, self._narrow = kind, dict(narrow)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.column_menu().exec(header.mapToGlobal(pos))
        )
        if QSettings().contains(f"columns/{kind}"):
            self.set_hidden_columns(saved_hidden(QSettings(), kind, ()), save=False)
        self.table.installEventFilter(self)
        self._hide_narrow()

    def column_menu(self) -> QMenu:
        """The column chooser (see :func:`column_chooser`); a click is the user's choice, kept."""

        def toggled(key: str, on: bool) -> None:
            keys = set(self.hidden_columns())
            self.set_hidden_columns(sorted(keys - {key} if on else keys | {key}))

        return column_chooser(self, self.model.columns(), self.hidden_columns(), toggled)

    def hidden_columns(self) -> list[str]:
        return [key for c, (key, _t) in enumerate(self.model.columns()) if self.table.isColumnHidden(c)]

    def set_hidden_columns(self, keys: list[str], *, save: bool = True) -> None:
        """Hide the columns of ``keys`` (never the first), and with ``save`` keep the choice: the
        narrow rule no longer applies then."""
        for c, (key, _title) in enumerate(self.model.columns()):
            self.table.setColumnHidden(c, c > 0 and key in keys)
        if save:
            QSettings().setValue(f"columns/{self._hiding_kind}", self.hidden_columns())

    def _hide_narrow(self) -> None:
        if QSettings().contains(f"columns/{self._hiding_kind}"):
            return  # the user's choice rules
        scale = text_scale()
        for c, (key, _title) in enumerate(self.model.columns()):
            if key in self._narrow:
                self.table.setColumnHidden(c, self.table.width() < self._narrow[key] * scale)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize and self._narrow:
            self._hide_narrow()
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def allow_new(self, text: str, create: Callable[[], None]) -> QPushButton:
        """A "New …" button beside the search box, and Ctrl+N from anywhere in the window while
        this page is shown (a detail pane beside the list may have the focus), as on the record
        lists: both call ``create``."""
        self._add_action("new", text, QKeySequence.StandardKey.New, create, Qt.ShortcutContext.WindowShortcut)
        button = writes(QPushButton(text, self))
        button.setObjectName("new_record")
        button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        )
        button.clicked.connect(lambda _checked=False: create())
        self._top.addWidget(button)
        self._order_tabs()
        return button

    def allow_delete(
        self,
        kind: str,
        delete: Callable[[Session, list[str]], list[str]],
        restore: Callable[[Session, list[str]], list[str]],
    ) -> None:
        """Delete (the key and the table's menu) soft-deletes the selected rows after the record
        lists' question, and Ctrl+Z on the list brings them back: ``delete``/``restore`` are the
        service calls, ``kind`` the change announced."""
        self._kind, self._delete, self._restore_fn = kind, delete, restore
        action = self._add_action(
            "delete",
            QCoreApplication.translate("RecordList", "&Delete"),
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
        )
        self.table.addAction(action)
        self._add_action(
            "undo", QCoreApplication.translate("RecordList", "Undo"), QKeySequence.StandardKey.Undo, self.undo
        )
        redo = self._add_action(
            "redo", QCoreApplication.translate("RecordList", "Redo"), REDO_KEYS[0], self.redo
        )
        redo.setShortcuts([QKeySequence(k) for k in REDO_KEYS])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answered = self._confirm_delete(ids)
        # Back to the list once the box has closed, so Ctrl+Z undoes at once (as the record lists).
        self.window().activateWindow()
        self.table.setFocus()
        if answered:
            self._delete_ids(ids, selected_ranges(self.table))

    def _delete_ids(self, ids: list[str], rows: list[tuple[int, int]] | None = None) -> None:
        """Soft-delete ``ids`` (asked already, or a Redo of the delete just undone); ``rows``: the
        ranges of rows they are (else those of them loaded), the row after them made current."""
        self._redo_last = None
        if rows is None:
            rows = list(runs(r for i in ids if (r := self.model.row_of(i)) >= 0))
        # Worked out while the rows are there: no row was current after a delete (round 62).
        landing = after_delete(rows, self.model.rowCount(), self.model.row_id)
        first = min((top for top, _bottom in rows), default=0)

        def done(deleted: list[str]) -> None:
            # Undo selects them all where they were, the first current.
            back = Landing(tuple(in_order(ids, deleted)), first)
            self._undo_last = lambda: self._write(self._restore_fn, deleted, self._undone, back)
            self._tell(
                QCoreApplication.translate("RecordList", "Deleted %1.").replace("%1", self.noun(len(deleted)))
            )

        self._write(self._delete, ids, done, landing)

    def can_undo(self) -> bool:
        return self._undo_last is not None

    def can_redo(self) -> bool:
        return self._redo_last is not None

    def undo(self) -> None:
        undo, self._undo_last = self._undo_last, None
        if undo is not None:
            undo()

    def redo(self) -> None:
        """Delete again the records the last Undo brought back (no question: the user asked once)."""
        redo, self._redo_last = self._redo_last, None
        if redo is not None:
            redo()

    def _undone(self, restored: list[str]) -> None:
        self._tell(QCoreApplication.translate("RecordList", "Undone."))
        if restored:
            self._redo_last = lambda: self._delete_ids(restored)
        # No select_id here: it ran before the reload, found the restored row missing and cleared
        # the search to find it (polish62); the landing selects the rows once they are read again.

    def _write(
        self,
        fn: Callable[[Session, list[str]], list[str]],
        ids: list[str],
        then: Callable[[list[str]], None],
        landing: Landing | None = None,
    ) -> None:
        from petdesk.gui.operations import Changes, write_op

        def done(changed: list[str]) -> None:
            then(changed)  # first: the undo it offers keeps the emptied table shown
            self.refresh()
            self._land(landing)
            # Kept through the reload the page around the list makes on the change bus (posted
            # already, so it comes first), not later.
            self._landed = landing
            self._written = frozenset(ids) | frozenset(changed)
            QTimer.singleShot(0, self, self._forget_landed)
            self.rows_changed.emit()

        write_op(
            self.db,
            lambda s: fn(s, ids),
            changes=lambda changed: Changes.of(self._kind, ids=changed),
            on_success=done,
            owner=self,
        )

    def _confirm_delete(self, ids: list[str]) -> bool:
        """The record lists' question, word for word (their translations serve here too)."""
        names = [str(self.model.index(self.model.row_of(i), 0).data() or "") for i in ids[:5]]
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("RecordList", "Delete"),
            QCoreApplication.translate("RecordList", "Delete %1?").replace("%1", self.noun(len(ids)))
            + "\n\n"
            + "\n".join(names)
            + ("" if len(ids) <= 5 else "\n…")
            + "\n\n"
            + QCoreApplication.translate("RecordList", "You can undo this right after."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _land(self, landing: Landing | None, *, fall_back: bool = True) -> None:
        """Select what ``landing`` says in the rows just read again: its records where they are
        loaded, the first current, else (``fall_back``) its row."""
        count = self.model.rowCount()
        if landing is None or not count:
            return
        row = min(max(landing.row, 0), count - 1)
        self.model.row_id(row)  # reads the page they were on (this model reads on this thread)
        rows = [r for i in landing.ids if (r := self.model.row_of(i)) >= 0]
        if rows or fall_back:
            select_rows(self.table, rows[0] if rows else row, rows)

    def _tell(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def set_empty_state(
        self, title: str, text: str, actions: list[tuple[str, str, Callable[[], None]]]
    ) -> None:
        """What to show instead of the table while the list is empty and nothing is searched."""
        from petdesk.gui.empty_state import EmptyHint

        self.empty_hint = EmptyHint(title, text, actions, self)
        self._layout.addWidget(self.empty_hint, 1)
        self._update_count()

    def apply_search(self) -> None:
        self._timer.stop()
        self.model.set_search_text(self.search.text())
        self._update_count()

    def refresh(self) -> None:
        # What a delete or its Undo just selected stays: the page around the list reloads it
        # again on the change bus, right after (round 62). Only then: the rows are read at once
        # for it, and a refresh asked ahead of a write (an editor's Save) would read them stale.
        landed, self._landed = self._landed, None
        self.model.refresh()
        self._update_count()
        self._land(landed, fall_back=False)

    def _forget_landed(self) -> None:
        self._landed = None
        self._written = frozenset()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [rid for row in rows if (rid := self.model.row_id(row))]

    def select_id(self, row_id: str) -> bool:
        """Select the row of ``row_id`` if it is among the loaded rows (clearing the search first
        when it hides the row); False if it is not loaded. Not for a record this list itself just
        deleted or brought back: a delete or Undo made while a search was typed showed every row
        (polish62); the contacts list keeps the search."""
        row = self.model.row_of(row_id)
        if row < 0 and self.search.text() and row_id not in self._written:
            self.search.clear()
            self.apply_search()
            row = self.model.row_of(row_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _activate(self, row: int) -> None:
        if row_id := self.model.row_id(row):
            self.activated.emit(row_id)

    def _update_count(self) -> None:
        self.count_label.setText(plurals.ListCount().of(self.noun(self.model.rowCount())))
        if self.empty_hint is not None:
            # Not while a delete can be undone: the hint would hide the table that has the focus,
            # and Ctrl+Z on the list would then reach nothing.
            empty = self.model.rowCount() == 0 and not self.search.text().strip() and self._undo_last is None
            self.empty_hint.setVisible(empty)
            self.table.setVisible(not empty)

    def keyPressEvent(self, event: Any) -> None:  # Enter on the table opens the row
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._activate(self.table.currentIndex().row())
            return
        super().keyPressEvent(event)


def _tab_stop(widget: QWidget, window: QWidget) -> bool:
    """A control Tab stops at: not a part of one (an editable box's line edit), nor in a popup."""
    part = isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))
    return not part and widget.window() is window and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
