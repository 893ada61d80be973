"""Sorting a list by keyboard: the table's context menu ends with "Sort by ▸", one entry per
sortable column shown, the current one checked; choosing it again reverses the order. Shift+F10
and the Menu key open that menu at the current row (field test 13, defect 7: the header's sort
was mouse-only).

Choosing an entry sets the header's sort indicator, exactly what a header click does, so the
list sorts and remembers its sort the same way either route.
"""

from __future__ import annotations

from collections.abc import Callable

from petdesk.gui.qt import (
    QCoreApplication,
    QCursor,
    QKeySequence,
    QMenu,
    QModelIndex,
    QPoint,
    QShortcut,
    Qt,
    QTableView,
    QToolTip,
)
from petdesk.gui.shortcut_log import ambiguity_logged

# The keys that open a table's context menu, as on Windows and in GTK and KDE applications.
MENU_KEYS = ("Shift+F10", "Menu")


def add_sort_menu(menu: QMenu, table: QTableView, sortable: Callable[[int], bool]) -> QMenu:
    """Append "Sort by ▸" to ``menu``: the columns ``sortable`` allows and the table shows."""
    #: A table's context menu: the submenu listing the columns to sort the list by.
    sub = menu.addMenu(QCoreApplication.translate("SortMenu", "&Sort by"))
    sub.setObjectName("sort_by")
    header = table.horizontalHeader()
    current, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    model = table.model()
    for column in range(model.columnCount(QModelIndex()) if model is not None else 0):
        if table.isColumnHidden(column) or not sortable(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        if column == current:
            arrow = "↑" if order == Qt.SortOrder.AscendingOrder else "↓"
            title = f"{title}  {arrow}"
        action = sub.addAction(title)
        action.setCheckable(True)
        action.setChecked(column == current)
        action.setData(column)
        action.triggered.connect(lambda _checked=False, c=column: sort_by(table, c))
    return sub


def cannot_sort_text() -> str:
    """The header tip of a column no list can sort by, shown on hover and when it is clicked."""
    return QCoreApplication.translate("SortMenu", "The list cannot be sorted by this column.")


def sort_by(table: QTableView, column: int) -> None:
    """Sort by ``column`` as a header click does: ascending first, reversed when already sorted by it."""
    header = table.horizontalHeader()
    order = Qt.SortOrder.AscendingOrder
    if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        order = Qt.SortOrder.DescendingOrder
    header.setSortIndicator(column, order)  # the view sorts, the page saves it: as for a click


def keep_sort_on_sortable(table: QTableView, sortable: Callable[[int], bool]) -> None:
    """A click on the header of a column the list cannot sort by puts the arrow back where it
    was: the rows keep their order, so the arrow must too (field test 25: Contacts' "Name (other
    script)" took the arrow while the rows stayed sorted by name). The arrow set back is one more
    ``sortIndicatorChanged``, so the page saves the sort that stands."""
    header = table.horizontalHeader()
    standing_column, standing_order = header.sortIndicatorSection(), header.sortIndicatorOrder()

    def changed(column: int, order: Qt.SortOrder) -> None:
        nonlocal standing_column, standing_order
        if sortable(column):
            standing_column, standing_order = column, order
            return
        header.setSortIndicator(standing_column, standing_order)
        # Say why nothing moved: the header's own tip (field test 47, defect 5).
        model = table.model()
        tip = model and model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if tip:
            QToolTip.showText(QCursor.pos(), str(tip), header)

    header.sortIndicatorChanged.connect(changed)


def install_context_menu(table: QTableView, sortable: Callable[[int], bool]) -> None:
    """The table's context menu: its own actions (Delete, Tag… as before), then "Sort by ▸"."""

    def show(pos: QPoint) -> None:
        menu = QMenu(table)
        menu.setObjectName("table_menu")
        actions = [a for a in table.actions() if a.isVisible()]
        menu.addActions(actions)
        if actions:
            menu.addSeparator()
        add_sort_menu(menu, table, sortable)
        menu.exec(table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(show)
    add_menu_keys(table)


def add_menu_keys(table: QTableView) -> None:
    """Shift+F10 and the Menu key open the table's context menu at the current row. Qt does not
    make a context-menu event of them on every platform (offscreen and X11 gave none)."""

    def open_menu() -> None:
        rect = table.visualRect(table.currentIndex())
        pos = rect.center() if rect.isValid() else QPoint(4, 4)
        table.customContextMenuRequested.emit(pos)

    for keys in MENU_KEYS:
        shortcut = ambiguity_logged(QShortcut(QKeySequence(keys), table))
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(open_menu)
