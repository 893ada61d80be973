"""Tools > Tidy Phone Numbers…: the numbers typed without a country code, each with its international
form, whose it is and which country was used; one button rewrites them, one undoes the last tidy.
The same core as ``petdesk phones tidy`` (:mod:`petdesk.services.phone_tidy`), off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from petdesk.gui.a11y import named
from petdesk.gui.operations import Changes, run_in_background, write_op
from petdesk.gui.qt import (
    QAction,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.table_model import ListTableModel
from petdesk.labels import sentences

if TYPE_CHECKING:
    from petdesk.db import Database
    from petdesk.gui.main_window import MainWindow
    from petdesk.services.phone_tidy import TidyPlan


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("PhoneTidy", "Tidy &Phone Numbers…"), window)
    action.setObjectName("action_tidy_phone_numbers")
    action.triggered.connect(lambda _checked=False: open_phone_tidy(window))
    window.menu("tools").addAction(action)


def open_phone_tidy(window: MainWindow) -> PhoneTidyDialog:
    assert window.db is not None
    dialog = PhoneTidyDialog(window.db, window.ui_locale, window)
    window.phone_tidy_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


class PhoneTidyDialog(QDialog):
    """The preview of the tidy (rewritten and left numbers), Rewrite and Undo Last Tidy."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phone_tidy_dialog")
        self.setWindowTitle(self.tr("Tidy Phone Numbers"))
        self.db, self.ui_locale = db, locale
        note = QLabel(
            self.tr(
                "Numbers typed without a country code are stored in the form that dials from anywhere, "
                "read with the contact's country, else their organisation's, else the office's "
                "(Settings › Office). Each number's History keeps the form typed. Numbers that do not "
                "read as one of that country are left as they are."
            )
        )
        note.setWordWrap(True)
        self.model = ListTableModel(
            [self.tr("Whose"), self.tr("Typed"), self.tr("Stored as"), self.tr("Country, why")], parent=self
        )
        self.table = QTableView()
        self.table.setObjectName("phone_tidy_preview")
        named(self.table, self.tr("Numbers to rewrite and numbers left"))  # a screen reader read nothing
        self.table.verticalHeader().hide()  # (and its corner button, which has no name)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self.tr("Reading the numbers…"))
        self.status.setObjectName("phone_tidy_status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.rewrite_button = buttons.addButton(self.tr("&Rewrite"), QDialogButtonBox.ButtonRole.ActionRole)
        self.rewrite_button.setObjectName("phone_tidy_rewrite")
        self.rewrite_button.setEnabled(False)
        self.rewrite_button.clicked.connect(self.rewrite)
        self.undo_button = buttons.addButton(
            self.tr("&Undo Last Tidy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.setObjectName("phone_tidy_undo")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (note, self.table, self.status, buttons):
            layout.addWidget(widget)
        self.resize(720, 420)
        #: The plan on screen (None until read), and whether a last tidy can be undone.
        self.plan: TidyPlan | None = None
        self.undoable = False
        #: What the last rewrite or undo did, said before the counts of the plan read after it.
        self.done_text = ""
        self.refresh()

    def refresh(self) -> None:
        """Read the plan and whether a tidy can be undone, off the GUI thread."""
        from petdesk.services import phone_tidy

        db, locale = self.db, self.ui_locale

        def work() -> tuple[TidyPlan, bool]:
            with db.reading() as session:
                return phone_tidy.plan_tidy(session, locale=locale), phone_tidy.last_tidy(session) is not None

        run_in_background(work, on_success=self._show_plan, on_failure=self._failed, owner=self)

    def _show_plan(self, result: tuple[TidyPlan, bool]) -> None:
        from petdesk.i18n import translator
        from petdesk.services import phone_tidy

        plan, self.undoable = result
        self.plan = plan
        _ = translator(self.ui_locale)
        left = self.tr("left as typed")
        rows: list[Any] = [(r.whose, r.old, r.new, phone_tidy.reason_words(r, _)) for r in plan.rewrites]
        rows += [(x.whose, x.value, left, phone_tidy.left_words(x, _)) for x in plan.left]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        count = len(plan.rewrites)
        counts = [
            self.tr("%Ln number(s) to rewrite.", "", count),
            self.tr("%Ln left as typed.", "", len(plan.left)),
        ]
        self.status.setText(sentences(self.done_text, *counts))  # no space after a Chinese "。"
        self.rewrite_button.setText(self.tr("&Rewrite %Ln Number(s)", "", count))
        self.rewrite_button.setEnabled(count > 0)
        self.undo_button.setEnabled(self.undoable)

    def rewrite(self) -> None:
        from petdesk.services import phone_tidy

        plan = self.plan
        if plan is None or not plan.rewrites:
            return
        self._busy()
        self.done_text = ""
        write_op(
            self.db,
            lambda session: phone_tidy.apply_tidy(session, plan),
            changes=Changes.of("contact"),
            on_success=self._rewritten,
            on_failure=self._failed,
            owner=self,
        )

    def _rewritten(self, done: int) -> None:
        self.done_text = self.tr("%Ln number(s) rewritten. Undo Last Tidy puts them back.", "", done)
        self.refresh()

    def undo(self) -> None:
        from petdesk.services import phone_tidy

        locale = self.ui_locale
        self._busy()
        self.done_text = ""
        write_op(
            self.db,
            lambda session: phone_tidy.undo_last_tidy(session, locale=locale),
            changes=Changes.of("contact"),
            on_success=self._undone,
            on_failure=self._failed,
            owner=self,
        )

    def _undone(self, _result: object) -> None:
        self.done_text = self.tr("The last tidy was undone: the numbers are as they were typed.")
        self.refresh()

    def _busy(self) -> None:
        self.rewrite_button.setEnabled(False)
        self.undo_button.setEnabled(False)

    def _failed(self, exc: BaseException) -> None:
        from petdesk.messages import plain_error

        self.status.setText(plain_error(exc, self.ui_locale, context="tidying phone numbers"))
        self.rewrite_button.setEnabled(bool(self.plan and self.plan.rewrites))
        self.undo_button.setEnabled(self.undoable)
