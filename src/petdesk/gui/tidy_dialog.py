"""The shape shared by the Tools menu's tidies (phone numbers, names): a note saying what the tidy
does, the preview of each change read off the GUI thread, counts below, one button that makes the
changes (asking first where a subclass says so, with progress for a large file) and one that
undoes the last tidy through the import history. The result is also left in the window's status
bar. The rules are the services'; a subclass says what to read, show and write."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from petdesk.gui.a11y import named
from petdesk.gui.operations import Changes, run_in_background, write_op
from petdesk.gui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QResizeEvent,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.table_model import ListTableModel
from petdesk.labels import sentences

#: How long the result stays in the window's status bar.
STATUS_MS = 15_000
#: The least share of the preview's width the last column (why) keeps.
LEAST_WHY = 0.3
Report = Callable[[int, int], None]


class _PreviewModel(ListTableModel):
    """The preview's rows; each cell's whole text is its tooltip, for a cell cut short."""

    def role_data(self, row_no: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(self.cells(self.rows[row_no])[column]) or None
        return None


class TidyDialog(QDialog):
    """A preview, Apply (``apply_button``) and Undo Last Tidy (``undo_button``); see the module."""

    #: Whether Apply asks first (the subclass's ``confirm_text``).
    confirm_apply = False
    #: What the error messages say was being done ("tidying phone numbers").
    failure_context = ""

    def __init__(
        self,
        db: Any,
        locale: str,
        parent: QWidget | None,
        *,
        name: str,
        note: str,
        headers: Sequence[str],
        table_name: str,
        reading: str,
        apply_name: str,
        undo_text: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_dialog")
        self.db, self.ui_locale = db, locale
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.model = _PreviewModel(list(headers), parent=self)
        self.table = QTableView()
        self.table.setObjectName(f"{name}_preview")
        named(self.table, table_name)  # a screen reader read nothing
        self.table.verticalHeader().hide()  # (and its corner button, which has no name)
        self.table.setModel(self.model)
        # The last column (why) takes the room left and wraps its sentences, the rows growing to
        # them: at 1000 px the English reasons were cut to "a title in the given name; …" (tidy64)
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # a line's row as roomy as before
        self.table.horizontalHeader().setStretchLastSection(True)
        #: The rows in view fitted to their wrapped text once a resize or a scroll settles: not at
        #: each step of a drag, nor every row of a large file (5,000 rows took 2.4 s each time).
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(50)
        self._fit_rows.timeout.connect(self._fit_rows_in_view)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows.start())
        self.table.verticalScrollBar().valueChanged.connect(lambda *_: self._fit_rows.start())
        #: Whether the rows were fitted at the end of the list, which stays in view.
        self._at_end = False
        self.table.verticalScrollBar().rangeChanged.connect(self._keep_end)
        self.status = QLabel(reading)
        self.status.setObjectName(f"{name}_status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = buttons.addButton(self.apply_text(0), QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button.setObjectName(apply_name)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_changes)
        self.undo_button = buttons.addButton(undo_text, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.setObjectName(f"{name}_undo")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.table, self.status, buttons):
            layout.addWidget(widget)
        self.resize(720, 420)
        #: The plan on screen (None until read), and whether a last tidy can be undone.
        self.plan: Any = None
        self.undoable = False
        #: What the last apply or undo did, said before the counts of the plan read after it.
        self.done_text = ""
        #: The question before Apply and the progress of a write, for tests and screen readers.
        self.box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.refresh()

    # --- for subclasses -------------------------------------------------------------------------
    def read(self, session: Any) -> tuple[Any, bool]:
        """The plan and whether a tidy can be undone (off the GUI thread)."""
        raise NotImplementedError

    def rows(self, plan: Any) -> list[Any]:
        raise NotImplementedError

    def count(self, plan: Any) -> int:
        """How many changes Apply makes."""
        raise NotImplementedError

    def counts(self, plan: Any) -> list[str]:
        """The sentences counting the plan, under the preview."""
        raise NotImplementedError

    def apply_text(self, count: int) -> str:
        raise NotImplementedError

    def confirm_text(self, count: int) -> str:
        return ""

    def write(self, session: Any, plan: Any, report: Report) -> int:
        """Make the plan's changes (off the GUI thread); how many were made."""
        raise NotImplementedError

    def applied_text(self, done: int) -> str:
        raise NotImplementedError

    def undo_write(self, session: Any, locale: str, report: Report) -> Any:
        raise NotImplementedError

    def undone_text(self) -> str:
        raise NotImplementedError

    # --- the preview ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the plan and whether a tidy can be undone, off the GUI thread."""
        db, read = self.db, self.read

        def work() -> tuple[Any, bool]:
            with db.reading() as session:
                return read(session)

        run_in_background(work, on_success=self._show_plan, on_failure=self._failed, owner=self)

    def _show_plan(self, result: tuple[Any, bool]) -> None:
        self.plan, self.undoable = result
        self.model.set_rows(self.rows(self.plan))
        self.table.resizeColumnsToContents()
        self._share_columns()
        self._fit_rows_in_view()
        count = self.count(self.plan)
        self.status.setText(sentences(self.done_text, *self.counts(self.plan)))  # no space after "。"
        self.apply_button.setText(self.apply_text(count))
        self.apply_button.setEnabled(count > 0)
        self.undo_button.setEnabled(self.undoable)

    def _share_columns(self) -> None:
        """Leave the last column (why) at least ``LEAST_WHY`` of the view: the widest other columns
        give up what it lacks, down to one width (not below their headers), their cells wrapped and
        whole in their tooltips."""
        table, last = self.table, self.model.columnCount() - 1
        if last < 1:
            return
        room = table.viewport().width() - int(table.viewport().width() * LEAST_WHY)
        widths = [table.columnWidth(c) for c in range(last)]
        if sum(widths) <= room:
            return
        header = table.horizontalHeader()
        floors = [min(w, header.sectionSizeFromContents(c).width()) for c, w in enumerate(widths)]

        def shared(cap: int) -> list[int]:
            return [max(min(w, cap), floor) for w, floor in zip(widths, floors, strict=True)]

        low, high = 0, max(widths)  # the largest cap whose columns fit the room
        while low < high:
            cap = (low + high + 1) // 2
            low, high = (cap, high) if sum(shared(cap)) <= room else (low, cap - 1)
        for column, width in enumerate(shared(low)):
            table.setColumnWidth(column, width)

    def _fit_rows_in_view(self) -> None:
        """Each row in view as tall as its wrapped text (a line's row at least); the others when
        scrolled to."""
        table, bottom = self.table, self.table.viewport().height()
        scroll = table.verticalScrollBar()
        self._at_end = 0 < scroll.maximum() == scroll.value()  # not a list that fits (or not yet read)
        row = max(table.rowAt(0), 0)
        while row < self.model.rowCount() and table.rowViewportPosition(row) < bottom:
            table.resizeRowToContents(row)
            row += 1

    def _keep_end(self, _least: int, most: int) -> None:
        """At the end, the last rows pushed down by the taller ones brought back into view."""
        if self._at_end:
            self.table.verticalScrollBar().setValue(most)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows.start()  # taller, more rows in view

    # --- apply and undo -------------------------------------------------------------------------
    def apply_changes(self) -> None:
        plan = self.plan
        if plan is None or not self.count(plan):
            return
        if not self.confirm_apply:
            self._apply(plan)
            return
        box = self.box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.confirm_text(self.count(plan)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName(f"{self.objectName()}_question")
        go = box.addButton(self.apply_button.text(), QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName(f"{self.objectName()}_go")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # a slip of Enter changes nothing
        box.buttonClicked.connect(lambda button: self._apply(plan) if button is go else None)
        box.open()

    def _apply(self, plan: Any) -> None:
        write = self.write
        self._write(
            QCoreApplication.translate("TidyDialog", "Making the changes…"),
            lambda session, report: write(session, plan, report),
            self._applied,
        )

    def _applied(self, done: int) -> None:
        self._finished(self.applied_text(done))

    def undo(self) -> None:
        locale, undo_write = self.ui_locale, self.undo_write
        self._write(
            QCoreApplication.translate("TidyDialog", "Undoing the last tidy…"),
            lambda session, report: undo_write(session, locale, report),
            self._undone,
        )

    def _write(
        self, doing: str, work: Callable[[Any, Report], Any], on_success: Callable[[Any], None]
    ) -> None:
        """``work`` off the GUI thread, the dialog busy with ``doing`` and its progress shown."""
        self._busy(doing)
        write_op(
            self.db,
            work,
            changes=Changes.of("contact"),
            on_success=on_success,
            on_failure=self._failed,
            on_progress=self._show_progress,
            owner=self,
        )

    def _undone(self, _result: object) -> None:
        self._finished(self.undone_text())

    def _finished(self, text: str) -> None:
        self._close_progress()
        self.done_text = text
        window = self.parentWidget()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MS)  # still said once the dialog is closed
        self.refresh()

    def _busy(self, doing: str) -> None:
        self.apply_button.setEnabled(False)
        self.undo_button.setEnabled(False)
        self.done_text = ""
        # Shown only when the write takes longer than half a second (a large file); no Cancel:
        # one transaction, all or nothing.
        progress = self.progress = QProgressDialog(doing, "", 0, 0, self)
        progress.setObjectName(f"{self.objectName()}_progress")
        progress.setCancelButton(None)
        progress.setMinimumDuration(500)

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, exc: BaseException) -> None:
        from petdesk.messages import plain_error

        self._close_progress()
        self.status.setText(plain_error(exc, self.ui_locale, context=self.failure_context))
        self.apply_button.setEnabled(bool(self.plan is not None and self.count(self.plan)))
        self.undo_button.setEnabled(self.undoable)
