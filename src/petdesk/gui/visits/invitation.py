"""The visit editor's "Invitation letter…" (field test 99): the visa invitation letter of the
delegation, written by :func:`petdesk.dossier.invitation.build_invitation` off the GUI thread.

A letter with data missing is refused, naming it; the user may then write a draft with the gaps
marked in red, never a letter with a silently empty field.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from petdesk.gui.colours import ERROR, SUCCESS, WARNING, tint
from petdesk.gui.qt import QFileDialog, QInputDialog, QMessageBox, QObject, QPushButton, QWidget
from petdesk.language import interface_language

if TYPE_CHECKING:
    from petdesk.gui.visits.edit import VisitEditor


class InvitationLetter(QObject):
    """The Delegation tab's button and what it does (a QObject: ``self.tr`` gives lupdate the
    plural form of the guests written)."""

    def __init__(self, editor: VisitEditor, page: QWidget) -> None:
        super().__init__(editor)
        self.editor = editor
        button = QPushButton(self.tr("Invitation letter…"), page)
        button.setObjectName("invitation_letter")
        button.setToolTip(self.tr("Visa invitation letter for the delegation, in Chinese or English"))
        button.clicked.connect(lambda _checked=False: self.ask())
        # enabled with the registration list's: a saved visit
        editor.registration_action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(editor.registration_action.isEnabled())
        self.button = button

    def write(self, path: Path, *, lang: str, gaps: bool = False) -> str | None:
        """Write the letter in ``lang`` ("zh_CN" or "en") to ``path`` and say so under the tabs;
        return None, or what is missing (in the interface's language) when it was refused for it."""
        from petdesk.dossier.invitation import MissingData, build_invitation, refusal, refusal_text
        from petdesk.services.invitation import InvitationError

        editor = self.editor
        visit_id, db = editor.visit_id, editor.db
        words = interface_language(editor.ui_locale)

        def work() -> tuple[int, str, list[str]]:
            from petdesk.services.invitation import warnings as letter_warnings

            _path, letter = build_invitation(db, visit_id, path, lang=lang, gaps=gaps)  # type: ignore[arg-type]
            with db.reading() as session:
                expiring = letter_warnings(session, letter, editor.ui_locale)
            return len(letter.guests), refusal_text(refusal(letter, lang), words), expiring

        try:
            count, left, expiring = editor.wait_in_background(work, self.tr("Writing the invitation letter…"))
        except MissingData as exc:
            missing = refusal_text(exc.refused, words)
            said = self.tr("The invitation letter was not written: missing %1").replace("%1", missing)
            if any(whose == "office" for whose, _keys in exc.refused):  # where the window sets it
                said += "\n" + self.tr("The office's address, contact person and phone: Settings › Office.")
            tint(editor.message, ERROR)
            editor.message.setText(said)
            return missing
        except (InvitationError, OSError) as exc:
            editor._error(exc)
            return None
        said = self.tr("Invitation letter for %Ln guest(s) written to %1", "", count).replace("%1", str(path))
        if left:
            said += "\n" + self.tr("A draft: missing %1 (marked in red)").replace("%1", left)
        tint(editor.message, WARNING if left or expiring else SUCCESS)
        editor.message.setText("\n".join([said, *expiring]))
        return None

    def ask(self) -> None:
        """Ask the letter's language and file, write it; offer a draft with gaps when data is missing."""
        editor = self.editor
        choices = [self.tr("Chinese, for the visa office"), self.tr("English, a courtesy copy")]
        title = self.tr("Invitation letter")
        chosen, ok = QInputDialog.getItem(
            editor, title, self.tr("Language of the letter:"), choices, 0, False
        )
        if not ok:
            return
        lang = "zh_CN" if chosen == choices[0] else "en"
        default = "邀请函.pdf" if lang == "zh_CN" else "invitation-letter.pdf"
        name, _filter = QFileDialog.getSaveFileName(editor, title, default, self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        missing = self.write(path, lang=lang)
        if missing is None:
            return
        answer = QMessageBox.question(
            editor,
            title,
            self.tr("Data is missing: %1.\n\nWrite a draft with the gaps marked in red?").replace(
                "%1", missing
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.write(path, lang=lang, gaps=True)
