"""Tools > Tidy Phone Numbers…: the numbers typed without a country code, each with its international
form, whose it is and which country was used; one button rewrites them, one undoes the last tidy.
The same core as ``petdesk phones tidy`` (:mod:`petdesk.services.phone_tidy`), off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from petdesk.gui.qt import QAction, QCoreApplication, QWidget
from petdesk.gui.tidy_dialog import Report, TidyDialog

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


class PhoneTidyDialog(TidyDialog):
    """The preview of the tidy (rewritten and left numbers), Rewrite and Undo Last Tidy."""

    failure_context = "tidying phone numbers"

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(
            db,
            locale,
            parent,
            name="phone_tidy",
            note=self.tr(
                "Numbers typed without a country code are stored in the form that dials from anywhere, "
                "read with the contact's country, else their organisation's, else the office's "
                "(Settings › Office). Each number's History keeps the form typed. Numbers that do not "
                "read as one of that country are left as they are."
            ),
            headers=[self.tr("Whose"), self.tr("Typed"), self.tr("Stored as"), self.tr("Country, why")],
            table_name=self.tr("Numbers to rewrite and numbers left"),
            reading=self.tr("Reading the numbers…"),
            apply_name="phone_tidy_rewrite",
            undo_text=self.tr("&Undo Last Tidy"),
        )
        self.setWindowTitle(self.tr("Tidy Phone Numbers"))
        #: The button's older name (tests and the help refer to Rewrite).
        self.rewrite_button = self.apply_button

    def read(self, session: Any) -> tuple[TidyPlan, bool]:
        from petdesk.services import phone_tidy

        return phone_tidy.plan_tidy(session, locale=self.ui_locale), phone_tidy.last_tidy(session) is not None

    def rows(self, plan: TidyPlan) -> list[Any]:
        from petdesk.i18n import translator
        from petdesk.services import phone_tidy

        _ = translator(self.ui_locale)
        left = self.tr("left as typed")
        rows: list[Any] = [(r.whose, r.old, r.new, phone_tidy.reason_words(r, _)) for r in plan.rewrites]
        rows += [(x.whose, x.value, left, phone_tidy.left_words(x, _)) for x in plan.left]
        return rows

    def count(self, plan: TidyPlan) -> int:
        return len(plan.rewrites)

    def counts(self, plan: TidyPlan) -> list[str]:
        return [
            self.tr("%Ln number(s) to rewrite.", "", len(plan.rewrites)),
            self.tr("%Ln left as typed.", "", len(plan.left)),
        ]

    def apply_text(self, count: int) -> str:
        return self.tr("&Rewrite %Ln Number(s)", "", count) if count else self.tr("&Rewrite")

    def write(self, session: Any, plan: TidyPlan, report: Report) -> int:
        from petdesk.services import phone_tidy

        return phone_tidy.apply_tidy(session, plan)

    def applied_text(self, done: int) -> str:
        return self.tr("%Ln number(s) rewritten. Undo Last Tidy puts them back.", "", done)

    def undo_write(self, session: Any, locale: str, report: Report) -> Any:
        from petdesk.services import phone_tidy

        return phone_tidy.undo_last_tidy(session, locale=locale, on_progress=report)

    def undone_text(self) -> str:
        return self.tr("The last tidy was undone: the numbers are as they were typed.")
