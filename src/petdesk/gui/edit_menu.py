"""Edit › Undo, Redo, Cut, Copy, Paste, Select All for whatever has the keyboard focus.

Text fields do it themselves (Qt's own undo stacks); a list or table copies its selected rows as
tab-separated text (pastes into a spreadsheet) and selects all its rows; on a list page whose last
delete can be undone, Undo undoes it (and Redo deletes the same records again), and on the
project board, the calendar and the needs' shortlist it undoes the last move. The actions are
enabled for the focused widget when the menu opens, so the menu never offers what would do nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from petdesk.gui.qt import (
    QAbstractItemView,
    QAction,
    QApplication,
    QComboBox,
    QCoreApplication,
    QKeySequence,
    QLineEdit,
    QModelIndex,
    QPlainTextEdit,
    Qt,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow

TextWidget = QLineEdit | QTextEdit | QPlainTextEdit

#: Redo's keys on a list: both the Windows and the Linux/macOS habit (field test 13, defect 6).
REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")


def _focused() -> QWidget | None:
    widget = QApplication.focusWidget()
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return widget


def _view_of(widget: QWidget | None) -> QAbstractItemView | None:
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            return widget
        widget = widget.parentWidget()
    return None


def selected_rows_text(view: QAbstractItemView) -> str:
    """The selected rows (or the current cell's row) as tab-separated lines, in view order."""
    model = view.model()
    if model is None:
        return ""
    rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()}) if view.selectionModel() else []
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column
        columns = 1
    hidden = getattr(view, "isColumnHidden", lambda _c: False)
    lines = []
    for row in rows:
        cells = []
        for column in range(columns):
            if hidden(column):
                continue
            value = model.index(row, column, QModelIndex()).data(Qt.ItemDataRole.DisplayRole)
            cells.append("" if value is None else str(value).replace("\n", " "))
        lines.append("\t".join(cells))
    return "\n".join(lines)


def _page_undo(window: MainWindow) -> Callable[[], None] | None:
    """What undoes the current page's last action: a list page's last delete (its undo bar shows),
    or the last move of a page that moves things (the project board, the calendar), which offers
    ``can_undo_last()`` and ``undo_last()``."""
    page = window.stack.currentWidget()
    bar = getattr(page, "undo_bar", None)
    undo_delete = getattr(page, "undo_delete", None)
    if bar is not None and bar.isVisible() and callable(undo_delete):
        return undo_delete
    can_undo, undo_last = getattr(page, "can_undo_last", None), getattr(page, "undo_last", None)
    if callable(can_undo) and callable(undo_last) and can_undo():
        return undo_last
    return None


def _undo_text(window: MainWindow | None) -> str:
    """Edit › Undo's words: what it will take back on the current page ("Undo Delete 3
    contacts"; field test 49, defect 6), else plain Undo (typing in a field)."""
    name = ""
    if window is not None and _page_undo(window) is not None:
        undo_name = getattr(window.stack.currentWidget(), "undo_name", None)
        name = undo_name() if callable(undo_name) else ""
    if not name:
        return QCoreApplication.translate("EditMenu", "&Undo")
    return QCoreApplication.translate("EditMenu", "&Undo %1").replace("%1", name)


def _page_redo(window: MainWindow) -> Callable[[], None] | None:
    """What redoes on the current page: a delete its last Undo took back (``can_redo_last()`` and
    ``redo_last()``); nothing else on a page can be done again."""
    page = window.stack.currentWidget()
    can_redo, redo_last = getattr(page, "can_redo_last", None), getattr(page, "redo_last", None)
    if callable(can_redo) and callable(redo_last) and can_redo():
        return redo_last
    return None


def install(window: MainWindow) -> None:
    menu = window.menu("edit")

    def act(text: str, key: QKeySequence.StandardKey, slot: object, name: str) -> QAction:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # menu entry; widgets keep their keys
        action.triggered.connect(slot)
        return action

    def undo() -> None:
        w = _focused()
        if isinstance(w, TextWidget):
            w.undo()
        elif (undo_last := _page_undo(window)) is not None:
            undo_last()

    def redo() -> None:
        w = _focused()
        if isinstance(w, TextWidget):
            w.redo()
        elif (redo_last := _page_redo(window)) is not None:
            redo_last()

    def cut() -> None:
        w = _focused()
        if isinstance(w, TextWidget):
            w.cut()

    def copy() -> None:
        w = _focused()
        if isinstance(w, TextWidget):
            w.copy()
        elif (view := _view_of(w)) is not None:
            QApplication.clipboard().setText(selected_rows_text(view))

    def paste() -> None:
        w = _focused()
        if isinstance(w, TextWidget):
            w.paste()

    def select_all() -> None:
        w = _focused()
        if isinstance(w, TextWidget):
            w.selectAll()
        elif (view := _view_of(w)) is not None:
            view.selectAll()

    actions = [
        act(
            QCoreApplication.translate("EditMenu", "&Undo"), QKeySequence.StandardKey.Undo, undo, "edit_undo"
        ),
        act(
            QCoreApplication.translate("EditMenu", "&Redo"), QKeySequence.StandardKey.Redo, redo, "edit_redo"
        ),
        None,
        act(QCoreApplication.translate("EditMenu", "Cu&t"), QKeySequence.StandardKey.Cut, cut, "edit_cut"),
        act(
            QCoreApplication.translate("EditMenu", "&Copy"), QKeySequence.StandardKey.Copy, copy, "edit_copy"
        ),
        act(
            QCoreApplication.translate("EditMenu", "&Paste"),
            QKeySequence.StandardKey.Paste,
            paste,
            "edit_paste",
        ),
        act(
            QCoreApplication.translate("EditMenu", "Select &All"),
            QKeySequence.StandardKey.SelectAll,
            select_all,
            "edit_select_all",
        ),
        None,
    ]
    first = menu.actions()[0] if menu.actions() else None
    for action in actions:
        if action is None:
            menu.insertSeparator(first) if first is not None else menu.addSeparator()
        else:
            menu.insertAction(first, action) if first is not None else menu.addAction(action)
    by_name = {a.objectName(): a for a in actions if a is not None}
    # Said in the status bar over the (often greyed) entry: what Redo can do at all.
    by_name["edit_redo"].setStatusTip(
        QCoreApplication.translate(
            "EditMenu", "Redo the typing just undone, or delete again the records an Undo just brought back."
        )
    )
    window.edit_actions = by_name  # type: ignore[attr-defined]

    def update() -> None:
        """Enable what the focused widget can do now."""
        w = _focused()
        text = isinstance(w, TextWidget)
        writable = text and not w.isReadOnly()  # type: ignore[union-attr]
        has_selection = False
        if isinstance(w, QLineEdit):
            has_selection = w.hasSelectedText()
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            has_selection = w.textCursor().hasSelection()
        view = None if text else _view_of(w)
        if isinstance(w, QLineEdit):
            can_undo, can_redo = w.isUndoAvailable(), w.isRedoAvailable()
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            can_undo = w.document().isUndoAvailable()
            can_redo = w.document().isRedoAvailable()
        else:
            can_undo, can_redo = _page_undo(window) is not None, _page_redo(window) is not None
        by_name["edit_undo"].setEnabled(bool(can_undo))
        by_name["edit_undo"].setText(_undo_text(window if not text else None))
        by_name["edit_redo"].setEnabled(bool(can_redo))
        by_name["edit_cut"].setEnabled(bool(writable and has_selection))
        by_name["edit_copy"].setEnabled(bool(has_selection or view is not None))
        by_name["edit_paste"].setEnabled(bool(writable))
        by_name["edit_select_all"].setEnabled(bool(text or view is not None))

    menu.aboutToShow.connect(update)
