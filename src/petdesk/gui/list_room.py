"""A list beside a detail pane in a splitter gets the room its columns' texts need, while the
user has not moved the splitter: the Find duplicates dialog's pairs had 430 px of a 1,100 px dialog
at 1366 px, their reasons cut, while the comparison beside had room to spare (shots60)."""

from __future__ import annotations

from petdesk.gui.column_fit import READABLE_WIDTH
from petdesk.gui.qt import QEvent, QObject, QSplitter, QTableView


class ListRoom(QObject):
    """Widens the splitter's first pane (holding ``table``) to the width of the table's columns,
    the naming column at its readable width, leaving the other pane at least ``pane_least`` px.
    Hidden columns count too: one hidden only for want of room shows once the room is given (a
    column the user hid leaves its width to the naming one)."""

    def __init__(self, splitter: QSplitter, table: QTableView, *, pane_least: int, naming: int = 0) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.table = table
        self.pane_least = pane_least
        self.naming = naming
        self._moved = False
        splitter.splitterMoved.connect(self._user_moved)
        splitter.installEventFilter(self)
        model = table.model()
        if model is not None:  # the texts are known once the rows are read
            model.modelReset.connect(self.fit)
            model.rowsInserted.connect(self.fit)

    def _user_moved(self, _pos: int, _index: int) -> None:
        self._moved = True  # the user's split rules from then on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return super().eventFilter(watched, event)

    def wanted(self) -> int:
        """The first pane's width for every column's longest text (the naming one readable)."""
        table, header = self.table, self.table.horizontalHeader()
        columns = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(header.count())
            if c != self.naming
        )
        pane = self.splitter.widget(0)
        # the frame, scroll bar and margins around the table's viewport
        around = (pane.width() if pane is not None else 0) - table.viewport().width()
        return columns + READABLE_WIDTH + max(around, 0) + table.verticalScrollBar().sizeHint().width()

    def fit(self) -> None:
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if self._moved or len(sizes) < 2 or total <= 0 or not self.splitter.isVisible():
            return
        first = min(self.wanted(), total - self.pane_least)
        if sizes[0] < first:
            self.splitter.setSizes([first, total - first, *sizes[2:]])
