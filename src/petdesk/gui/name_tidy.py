"""Tools > Tidy Names…: people stored with a title in their given name ("Mr. John" Smith, from
before names59), a couple split the wrong way round ("Mr. and Mrs. ZHANG Wei" as "ZHANG" / "Wei") or
a Japanese name split the Chinese way (佐 / 々木翔),
each with the name before → after, the honorific it becomes, the line a couple's wording adds to the
notes and why; Apply asks first, Undo Last Tidy takes the whole tidy back.
The same core as ``petdesk tidy-names`` (:mod:`petdesk.services.name_title_tidy`), off the GUI
thread, in the dialog the phone tidy shares (:mod:`petdesk.gui.tidy_dialog`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from petdesk import labels
from petdesk.gui.qt import QAction, QCoreApplication, QWidget
from petdesk.gui.tidy_dialog import Report, TidyDialog

if TYPE_CHECKING:
    from petdesk.db import Database
    from petdesk.gui.main_window import MainWindow
    from petdesk.services.name_title_tidy import TitleMove


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("NameTidy", "Tidy &Names…"), window)
    action.setObjectName("action_tidy_names")
    action.triggered.connect(lambda _checked=False: open_name_tidy(window))
    window.menu("tools").addAction(action)


def open_name_tidy(window: MainWindow) -> NameTidyDialog:
    assert window.db is not None
    dialog = NameTidyDialog(window.db, window.ui_locale, window)
    window.name_tidy_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


class NameTidyDialog(TidyDialog):
    """Each person's given name before → after, honorific and notes line; Tidy and Undo Last Tidy."""

    confirm_apply = True  # unlike a number's form, a name is read by everyone: ask first
    failure_context = "tidying names"

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(
            db,
            locale,
            parent,
            name="name_tidy",
            note=self.tr(
                "People stored with a title in their given name (“Mr. John” Smith), from before titles "
                "were read, get the title as their honorific (Mr. / 先生) and the gender it tells. A "
                "couple's titles (“Mr. and Mrs. John”) come off with no honorific, the wording kept in "
                "the notes. People with a honorific are left alone. A Japanese name stored split the "
                "Chinese way (佐 / 々木翔) is split as an import splits it now. Each change is in the "
                "person's History."
            ),
            headers=[
                self.tr("Person"),
                self.tr("Given name"),
                self.tr("Honorific"),
                self.tr("Notes line"),
                self.tr("Why"),
            ],
            table_name=self.tr("People whose names would change"),
            reading=self.tr("Reading the names…"),
            apply_name="name_tidy_apply",
            undo_text=self.tr("&Undo Last Tidy"),
        )
        self.setWindowTitle(self.tr("Tidy Names"))

    def read(self, session: Any) -> tuple[list[TitleMove], bool]:
        from petdesk.services import name_title_tidy

        return name_title_tidy.plan_tidy(session), name_title_tidy.last_tidy(session) is not None

    def rows(self, plan: list[TitleMove]) -> list[Any]:
        from petdesk.i18n import translator
        from petdesk.services import name_title_tidy

        _ = translator(self.ui_locale)
        chinese = self.ui_locale.startswith("zh")
        none = self.tr("none")
        rows = []
        for mv in plan:
            before, after = name_title_tidy.before_after(mv, locale=self.ui_locale)
            # a name split again changes the family name too: the whole name before → after
            resplit = mv.new_family is not None or mv.native is not None
            change = f"{before} → {after}" if resplit else f"{mv.old_given} → {mv.new_given}"
            if mv.latin and mv.native is not None:
                # a title moved and the characters split again: the name as the tidy leaves it, once
                # (the Person column has it as stored, Why both reasons); tidy64: "Mr. Sho Sasaki
                # (佐 々木翔) → Sho Sasaki (佐々木 翔)" read as two changes in two pairs of brackets
                change = after
            # a Japanese name split again leaves the honorific as it is: nothing to show
            honorific = " / ".join(t for t in (mv.honorific_en, mv.honorific_zh) if t) if mv.latin else ""
            rows.append(
                (
                    before,
                    change,
                    honorific or (none if mv.latin else ""),
                    name_title_tidy.notes_line(mv, chinese=chinese),
                    # "；" between Chinese reasons (shots63: "名字中带有称谓; 日文姓名…")
                    labels.clauses([_(reason) for reason in name_title_tidy.reasons(mv)], self.ui_locale),
                )
            )
        return rows

    def count(self, plan: list[TitleMove]) -> int:
        return len(plan)

    def counts(self, plan: list[TitleMove]) -> list[str]:
        return [self.tr("%Ln person(s) to tidy.", "", len(plan))]

    def apply_text(self, count: int) -> str:
        return self.tr("&Tidy %Ln Name(s)", "", count) if count else self.tr("&Tidy Names")

    def confirm_text(self, count: int) -> str:
        """What Apply will do, each kind counted: titles moved, names split again (a person with both
        counts in both), then how to take it back."""
        from petdesk.labels import sentences
        from petdesk.services import name_title_tidy

        kinds = name_title_tidy.plan_kinds(self.plan or [])
        parts = []
        if kinds.titles:
            parts.append(self.tr("Move the titles of %Ln person(s) out of the name.", "", kinds.titles))
        if kinds.resplit:
            parts.append(self.tr("Split %Ln name(s) again as an import splits them now.", "", kinds.resplit))
        parts.append(
            self.tr("Each change is in the person's History, and Undo Last Tidy puts them all back. Go on?")
        )
        return sentences(*parts)

    def write(self, session: Any, plan: list[TitleMove], report: Report) -> int:
        from petdesk.services import name_title_tidy

        return name_title_tidy.apply_tidy(session, plan, on_progress=report)

    def applied_text(self, done: int) -> str:
        return self.tr("%Ln person(s) tidied. Undo Last Tidy puts them back.", "", done)

    def undo_write(self, session: Any, locale: str, report: Report) -> Any:
        from petdesk.services import name_title_tidy

        return name_title_tidy.undo_last_tidy(session, locale=locale, on_progress=report)

    def undone_text(self) -> str:
        return self.tr("The last tidy of names was undone: the names are as they were stored.")
