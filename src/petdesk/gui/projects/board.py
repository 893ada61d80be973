"""The projects board: one column per stage; dragging a card to another column moves the project
there (the move is dated and can be undone with Ctrl+Z, the page's, or the Undo button)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from petdesk import connection
from petdesk.db import Database
from petdesk.gui.a11y import named
from petdesk.gui.operations import Operation, read_op
from petdesk.gui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMimeData,
    QPalette,
    QPointF,
    QPushButton,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTextLayout,
    QTextOption,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import hold, writes
from petdesk.i18n import format_money
from petdesk.language import interface_language
from petdesk.models.enums import ProjectStatus
from petdesk.services import projects as project_service
from petdesk.unbroken_names import unbroken_amount, without_joiners
from petdesk.vocab import label

MIME = "application/x-petdesk-project"
#: Cards laid out per pass of the event loop.
LAYOUT_BATCH = 100
#: Cards a hidden board lays out at once, ahead of its first show.
HIDDEN_LAYOUT_LIMIT = 500


def card_text(r: project_service.ProjectRow, locale: str) -> str:
    """A card's lines: title, funder and the sum requested (no Qt: made off the GUI thread). A
    sum of whole units goes without its ".00": a column at 1024 px has room for "SEK 25,830,000". A
    Chinese currency name is kept on one line ("孟加拉塔卡" was broken after 塔, shots58)."""
    lang = interface_language(locale)
    money = ""
    if r.amount_requested:
        # every cent in Chinese too, as the list and its totals ("8万欧元" hid 80,000.50's cents)
        money = unbroken_amount(format_money(r.amount_requested, r.currency, locale, whole=True, exact=True))
    return "\n".join(x for x in (r.title(lang), r.funder(lang), money) if x)


class CardDelegate(QStyledItemDelegate):
    """Draws a card's lines wrapped to the column's width, breaking inside a word only where
    a word is wider than the column. Qt's own wrapping breaks at spaces only: at 1024 px an
    amount ("SEK 25,830,000.00", one word) made the column scroll sideways, and in Chinese the
    card was cut short after the funder, its amount gone."""

    #: Space between the card's edge and its text, each side.
    PAD = 4

    def _view(self) -> QListWidget:
        return self.parent()  # type: ignore[return-value]

    def _text_width(self, card_width: int) -> int:
        return max(20, card_width - 2 * self.PAD)

    def _card_width(self) -> int:
        view = self._view()
        return view.viewport().width() - 2 * view.spacing()

    def _layouts(self, index: Any, card_width: int) -> list[QTextLayout]:
        view = self._view()
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        width = self._text_width(card_width)
        out = []
        for text in str(index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n"):
            layout = QTextLayout(text, view.font())
            layout.setTextOption(option)
            layout.beginLayout()
            y = 0.0
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                line.setPosition(QPointF(0, y))
                y += line.height()
            layout.endLayout()
            out.append(layout)
        return out

    def lines(self, index: Any, card_width: int) -> list[str]:
        """The card's text as it is broken into lines at ``card_width`` (for tests and reading)."""
        out = []
        for layout in self._layouts(index, card_width):
            text = layout.text()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                out.append(without_joiners(text[line.textStart() : line.textStart() + line.textLength()]))
        return out

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        width = self._card_width()
        height = sum(layout.boundingRect().height() for layout in self._layouts(index, width))
        return QSize(width, int(height) + 2 * self.PAD)

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Any) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        view = self._view()
        style = view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, view)  # background
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        painter.setClipRect(option.rect)
        y = float(option.rect.top() + self.PAD)
        for layout in self._layouts(index, option.rect.width()):
            layout.draw(painter, QPointF(option.rect.left() + self.PAD, y))
            y += layout.boundingRect().height()
        painter.restore()


class StageColumn(QListWidget):
    """The cards of one stage; accepts projects dragged from the other columns."""

    dropped = Signal(str, object)  # project id, stage

    def __init__(self, stage: ProjectStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"column_{stage.value}")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(3)
        # Cards as wide as the column, never wider: their lines wrap instead (``CardDelegate``).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setItemDelegate(CardDelegate(self))
        self.setAlternatingRowColors(True)  # where one card ends and the next begins
        # Laid out a batch at a time between events: a hub's 4,000 cards at once froze the window
        # for 0.4 s.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: Any) -> QMimeData:
        data = QMimeData()
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in items]
        data.setData(MIME, "\n".join(ids).encode())
        return data

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        """The board, not Qt, moves the card: the database is changed first, then the board redrawn."""
        data = event.mimeData()
        if not data.hasFormat(MIME):
            event.ignore()
            return
        for project_id in bytes(data.data(MIME).data()).decode().split("\n"):
            if project_id:
                self.dropped.emit(project_id, self.stage)
        event.setDropAction(Qt.DropAction.CopyAction)  # keep Qt from removing the source item
        event.accept()


class ProjectBoard(QWidget):
    """Columns by stage, an Undo button and a note of the last move."""

    changed = Signal()
    #: Emitted each time the columns have been filled from a read.
    rows_shown = Signal()

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.lang = interface_language(locale)
        self.undo_stack: list[project_service.MoveReceipt] = []
        self.last_operation: Operation | None = None
        self.columns: dict[ProjectStatus, StageColumn] = {}
        #: True once the columns hold a first read; what waits for it (``after_fill``).
        self.filled = False
        self._after_fill: list[Callable[[], object]] = []
        self._generation = 0
        self.titles: dict[ProjectStatus, QLabel] = {}
        row = QHBoxLayout()
        for stage in project_service.STAGES:
            box = QVBoxLayout()
            title = QLabel(self)
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column = named(StageColumn(stage, self), label(stage, self.ui_locale))
            column.dropped.connect(self.move)
            box.addWidget(title)
            box.addWidget(column, 1)
            row.addLayout(box, 1)
            self.columns[stage] = column
            self.titles[stage] = title
        self.undo_button = writes(QPushButton(QCoreApplication.translate("ProjectBoard", "Undo move"), self))
        self.undo_button.setEnabled(False)
        hold(self, db.path)
        # A read-only window: the cards are not dragged (a move failed only at saving).
        self.read_only = connection.read_only(db.path)
        if self.read_only:
            for column in self.columns.values():
                column.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.undo_button.clicked.connect(self.undo)
        # Ctrl+Z is the page's (ProjectsPage.undo_on_board): it undoes a delete too, not moves only.
        self.status = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addLayout(bottom)
        self.refresh()

    def refresh(self) -> None:
        """Read the projects in the background; the columns are filled when they arrive (the page
        shows at once, its first show read on the GUI thread)."""
        self._generation += 1
        generation = self._generation
        self.filled = False  # what waits for the rows waits for this read

        locale = self.ui_locale

        def work(s: Any) -> list[tuple[project_service.ProjectRow, str]]:
            # The cards' texts are made here too: babel formatting the sums of a hub's 4,000
            # projects was a third of the GUI thread's work in the board's first show (py-spy).
            return [(r, card_text(r, locale)) for r in project_service.list_projects(s)]

        def arrived(cards: list[tuple[project_service.ProjectRow, str]]) -> None:
            if generation == self._generation:
                self._fill(cards)

        read_op(self.db, work, on_success=arrived, owner=self)

    def after_fill(self, fn: Callable[[], object]) -> None:
        """Call ``fn`` once the columns hold the projects read (now if they do)."""
        if self.filled:
            fn()
        else:
            self._after_fill.append(fn)

    def _fill(self, cards: list[tuple[project_service.ProjectRow, str]]) -> None:
        for column in self.columns.values():
            column.clear()
        counts: dict[ProjectStatus, int] = {}
        for r, text in cards:
            column = self.columns.get(r.stage)  # type: ignore[assignment]
            if column is None:
                continue
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, without_joiners(text))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(r.title("zh" if self.lang == "en" else "en"))
            column.addItem(item)
            counts[r.stage] = counts.get(r.stage, 0) + 1
        for stage, title in self.titles.items():
            title.setText(f"<b>{label(stage, self.ui_locale)}</b> ({counts.get(stage, 0)})")
        if not self.isVisible() and len(cards) <= HIDDEN_LAYOUT_LIMIT:
            # Built in idle time (or hidden meanwhile): measure the cards now, not in the first
            # paint of the next show (40 ms on the demo's 250 projects). Not thousands: measured
            # at once they froze the idle window for 0.19 s; shown, they are laid out in batches.
            for column in self.columns.values():
                column.doItemsLayout()
        self.filled = True
        waiting, self._after_fill = self._after_fill, []
        for fn in waiting:
            fn()
        self.rows_shown.emit()

    def item_of(self, project_id: str) -> tuple[ProjectStatus, QListWidgetItem] | None:
        for stage, column in self.columns.items():
            for i in range(column.count()):
                item = column.item(i)
                if item.data(Qt.ItemDataRole.UserRole) == project_id:
                    return stage, item
        return None

    def move(self, project_id: str, stage: ProjectStatus) -> None:  # type: ignore[override]
        found = self.item_of(project_id)
        if found is None or found[0] == stage or self.read_only:
            return

        def work() -> project_service.MoveReceipt:
            with self.db.transaction() as s:
                return project_service.move_project(s, project_id, stage)

        self.last_operation = Operation(work, on_success=self._moved, on_failure=self._failed).start()

    def _moved(self, receipt: project_service.MoveReceipt) -> None:
        self.undo_stack.append(receipt)
        self.undo_button.setEnabled(True)
        self.status.setText(
            QCoreApplication.translate("ProjectBoard", "Moved from %1 — Ctrl+Z undoes it.").replace(
                "%1", label(receipt.previous_stage, self.ui_locale)
            )
        )
        self.refresh()
        self.after_fill(self.changed.emit)  # announced once the columns show the move

    def undo(self) -> None:
        if not self.undo_stack:
            return
        receipt = self.undo_stack.pop()

        def work() -> None:
            with self.db.transaction() as s:
                project_service.undo_move(s, receipt)

        self.undo_button.setEnabled(bool(self.undo_stack))
        self.last_operation = Operation(work, on_success=self._undone, on_failure=self._failed).start()

    def _undone(self, _result: object) -> None:
        self.status.setText(QCoreApplication.translate("ProjectBoard", "Move undone."))
        self.refresh()
        self.after_fill(self.changed.emit)

    def _failed(self, exc: BaseException) -> None:
        from petdesk.messages import explain  # the service's sentence in the window's language

        self.status.setText(explain(exc, self.ui_locale))
        self.refresh()
