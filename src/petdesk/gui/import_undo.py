"""The "Undo import" button of an import's result (field test 58): ask with the counts, say which
records changed since and offer to undo the rest, then undo with progress. The rules are the
service's (``services.import_undo``); this module only asks and shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from petdesk.db import Database
from petdesk.gui.operations import Changes, announce, read_op, run_in_background
from petdesk.gui.qt import QCoreApplication, QMessageBox, QObject, QProgressDialog, QWidget, Signal


class ImportUndo(QObject):
    """One undo of the last import, from the question to the message saying what it did."""

    #: The undo is done (its message shown) or given up; True when records changed.
    finished = Signal(bool)

    def __init__(self, parent: QWidget, db: Database, locale: str, *, mark: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_undo")
        self.db, self.locale, self.window = db, locale, parent
        #: The import to undo (an ``ImportMark`` of the history), or None for the last one.
        self.mark = mark
        #: The message box asking or telling, for tests and screen readers to find.
        self.box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None

    def start(self) -> None:
        from petdesk.services import import_undo

        read_op(
            self.db,
            lambda s: import_undo.plan_undo(s, self.mark, locale=self.locale),
            on_success=self._ask,
            on_failure=self._failed,
            owner=self,
        )

    def _ask(self, plan: Any) -> None:
        from petdesk.services import import_undo

        box = self._box(QMessageBox.Icon.Question, import_undo.summary(plan, self.locale))
        if plan.changed:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(import_undo.refusal(plan, self.locale))
            box.setInformativeText(import_undo.summary(plan, self.locale))
            go = box.addButton(
                QCoreApplication.translate("ImportUndo", "Undo the &Rest"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            go = box.addButton(
                QCoreApplication.translate("ImportUndo", "&Undo Import"), QMessageBox.ButtonRole.AcceptRole
            )
        go.setObjectName("undo_import_go")
        box.addButton(QMessageBox.StandardButton.Cancel).setObjectName("undo_import_cancel")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # a slip of Enter undoes nothing
        box.buttonClicked.connect(
            lambda button: self._undo(plan) if button is go else self.finished.emit(False)
        )
        box.open()

    def _undo(self, plan: Any) -> None:
        from petdesk.services import import_undo

        progress = self.progress = QProgressDialog(
            QCoreApplication.translate("ImportUndo", "Undoing the import…"), "", 0, 0, self.window
        )
        progress.setObjectName("undo_import_progress")
        progress.setCancelButton(None)  # one transaction: all or nothing
        progress.setMinimumDuration(500)
        db, locale, skip = self.db, self.locale, bool(plan.changed)

        def work(report: Callable[[int, int], None]) -> Any:
            with db.transaction() as session:
                # planned again in the transaction if a sync (or anything) came in since the question
                again = import_undo.planned_again(session, plan, locale=locale)
                return import_undo.undo_import(
                    session, again, skip_changed=skip, locale=locale, on_progress=report
                )

        def show(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        run_in_background(work, on_success=self._done, on_failure=self._failed, on_progress=show, owner=self)

    def _done(self, done: Any) -> None:
        from petdesk.services import import_undo

        self._close_progress()
        announce(Changes.of("contact", "organisation", "technology", "city_need", "visit"))
        self._box(QMessageBox.Icon.Information, import_undo.undone_words(done, self.locale)).open()
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        from petdesk.messages import plain_error

        self._close_progress()
        said = plain_error(exc, self.locale, database=self.db.path, context="undoing an import")
        self._box(QMessageBox.Icon.Warning, said).open()
        self.finished.emit(False)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _box(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = self.box = QMessageBox(
            icon,
            QCoreApplication.translate("ImportUndo", "Undo Import"),
            text,
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("undo_import_box")
        if icon != QMessageBox.Icon.Question:
            box.addButton(QMessageBox.StandardButton.Close)
        return box
