"""At start, offer back the unsaved changes an editor kept in a draft before the process was killed
(``petdesk.drafts``; the editors write them, ``RecordEditor``).

Each draft is asked about once: Recover opens the record's editor with the draft's values in the
form, unsaved, for the user to check and save; Discard removes the draft; Later (Esc) keeps it for
the next start. A record changed meanwhile (another window, sync) is named so before anything is
put back, and a deleted one cannot take the draft: it can only be discarded or kept.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from petdesk import drafts
from petdesk.gui.operations import read_op
from petdesk.gui.qt import QCoreApplication, QMessageBox, QWidget
from petdesk.gui.record_editor import draft_time, offer_draft
from petdesk.gui.translation import arg

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow


class Answer(enum.Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


def question(draft: drafts.Draft, state: str) -> str:
    """The question about ``draft`` in the window's language."""
    name, when = draft.title or QCoreApplication.translate("DraftRecovery", "a new record"), draft_time(draft)
    if state == drafts.DELETED:
        return arg(
            QCoreApplication.translate(
                "DraftRecovery",
                "“%1” was deleted after its unsaved changes of %2 were typed, so they cannot be put "
                "back. Discard them, or keep them for later (Edit › Deleted Records… can bring the "
                "record back).",
            ),
            name,
            when,
        )
    if state == drafts.CHANGED:
        return arg(
            QCoreApplication.translate(
                "DraftRecovery",
                "Recover the unsaved changes to “%1” (from %2)? The record was changed since, here, in "
                "another window or by sync: the recovered changes replace those fields once you save, "
                "so check them first.",
            ),
            name,
            when,
        )
    return arg(
        QCoreApplication.translate("DraftRecovery", "Recover the unsaved changes to “%1” (from %2)?"),
        name,
        when,
    )


def ask_draft(parent: QWidget, draft: drafts.Draft, state: str) -> Answer:
    """Ask what to do with one draft (a module function tests replace)."""
    box = QMessageBox(parent)
    box.setObjectName("recover_draft")
    box.setIcon(QMessageBox.Icon.Question if state != drafts.DELETED else QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DraftRecovery", "Unsaved changes from last time"))
    box.setText(question(draft, state))
    recover = None
    if state != drafts.DELETED:
        recover = box.addButton(
            QCoreApplication.translate("DraftRecovery", "Recover"), QMessageBox.ButtonRole.AcceptRole
        )
    discard = box.addButton(
        QCoreApplication.translate("DraftRecovery", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    later = box.addButton(
        QCoreApplication.translate("DraftRecovery", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(recover or later)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    if recover is not None and clicked == recover:
        return Answer.RECOVER
    return Answer.DISCARD if clicked == discard else Answer.LATER


def tell_damaged(parent: QWidget, damaged: drafts.DraftDamaged, locale: str, aside: str) -> None:
    """Say that a draft cannot be read (and where it was put aside); a module function tests replace."""
    box = QMessageBox(parent)
    box.setObjectName("damaged_draft")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DraftRecovery", "Unsaved changes from last time"))
    box.setText(damaged.text(locale))
    box.setInformativeText(
        arg(
            QCoreApplication.translate(
                "DraftRecovery", "It was set aside as %1 and will not be offered again."
            ),
            aside,
        )
    )
    box.exec()


def offer_drafts(window: MainWindow) -> None:
    """Read the drafts beside the window's database (off the GUI thread) and ask about each."""
    db = window.db
    folder = drafts.folder_for(db.path)
    if not folder.is_dir():  # the usual start: nothing was left behind
        return
    read_op(
        db,
        lambda s: drafts.waiting(s, folder),
        on_success=lambda found: _ask_all(window, *found),
        owner=window,
    )


def _ask_all(
    window: MainWindow, found: list[tuple[drafts.Draft, str]], damaged: list[drafts.DraftDamaged]
) -> None:
    for problem in damaged:
        try:
            aside = str(drafts.set_aside(problem.path))
        except OSError:
            aside = str(problem.path)
        tell_damaged(window, problem, window.ui_locale, aside)
    for draft, state in found:
        answer = ask_draft(window, draft, state)
        if answer == Answer.DISCARD:
            drafts.remove_draft(draft.path)
        elif answer == Answer.RECOVER:
            _open(window, draft)


#: Each draft kind's page, and how the page opens the editor of a record (None: a new one).
_EDITORS: dict[str, tuple[str, Callable[[Any, str | None], object]]] = {
    "visit": ("visits", lambda page, rid: page.open_visit(rid)),
    "training": ("trainings", lambda page, rid: page.open_training(rid)),
    "contact": ("contacts", lambda page, rid: page.open_editor(rid)),
    "organisation": ("organisations", lambda page, rid: page.open_editor(rid)),
    "project": ("projects", lambda page, rid: page.open_project(rid) if rid else page.new_project()),
    "technology": (
        "technologies",
        lambda page, rid: page.edit_technology(rid) if rid else page.new_technology(),
    ),
    "need": ("needs", lambda page, rid: page.edit_need(rid) if rid else page.new_need()),
}


def _open(window: MainWindow, draft: drafts.Draft) -> None:
    """Open the draft's editor, which puts the draft in its form once the record is read."""
    offer_draft(draft)
    key, open_editor = _EDITORS[draft.kind]
    open_editor(window.show_page(key), draft.record_id)
