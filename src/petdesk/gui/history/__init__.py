"""History, the Deleted view and a person's data in the window.

``install`` adds Edit › Deleted Records…; ``detail_buttons`` gives a contact or organisation
detail pane its "History…" button (and, for contacts, "Personal data (PDF)…" and "Erase Personal
Data…"), so the panes need
one line each. Everything runs through ``petdesk.services.history`` and ``privacy``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from petdesk.gui import plurals
from petdesk.gui.operations import Changes, announce
from petdesk.gui.qt import QAction, QCoreApplication, QLocale, QPushButton, QWidget
from petdesk.gui.read_only import writes
from petdesk.gui.translation import arg
from petdesk.labels import sentences
from petdesk.messages import plain_error

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow
    from petdesk.services.privacy import NotRewritten


def install(window: MainWindow) -> None:
    """Edit › Deleted Records… (find and restore deleted contacts, organisations, visits …)."""
    action = QAction(QCoreApplication.translate("History", "&Deleted Records…"), window)
    action.setObjectName("action_deleted_records")
    action.triggered.connect(lambda _checked=False: open_deleted(window))
    window.menu("edit").addAction(action)
    window.deleted_action = action  # type: ignore[attr-defined]


def open_deleted(window: MainWindow) -> Any:
    from petdesk.gui.history.deleted import DeletedDialog

    dialog = DeletedDialog(window.db, parent=window)

    def restored(refs: list[Any]) -> None:
        # Named, so that a page's Undo of that record's delete is withdrawn (field test 49, defect 4).
        announce(Changes.of(*{r.entity for r in refs}, ids=[r.row_id for r in refs]))
        window.refresh_all()

    dialog.restored.connect(restored)
    dialog.open()
    return dialog


def detail_buttons(
    pane: Any, entity: str, layout: Any, current_id: Callable[[], str | None]
) -> list[QWidget]:
    """Buttons for a detail pane: History… (and Personal data… for a contact). The pane shows or
    hides them with its other content; after a revert it shows the record again and emits
    ``changed``."""
    body = layout.parentWidget()
    history = QPushButton(QCoreApplication.translate("History", "History…"), body)
    history.setObjectName("history")
    history.clicked.connect(lambda _checked=False: open_history(pane, entity, current_id()))
    layout.addWidget(history)
    buttons: list[QWidget] = [history]
    if entity == "contact":
        person = QPushButton(QCoreApplication.translate("History", "Personal Data (PDF)…"), body)
        person.setObjectName("personal_data")
        person.clicked.connect(lambda _checked=False: export_person_pdf(pane, current_id()))
        layout.addWidget(person)
        buttons.append(person)
        # Marked: the read-only window left it enabled, the one writing button of the pane (shots50)
        erase = writes(QPushButton(QCoreApplication.translate("History", "Erase Personal Data…"), body))
        erase.setObjectName("erase_person")
        erase.clicked.connect(lambda _checked=False: erase_person(pane, current_id()))
        layout.addWidget(erase)
        buttons.append(erase)
    return buttons


def open_history(pane: Any, entity: str, row_id: str | None) -> Any:
    if not row_id:
        return None
    from petdesk.gui.history.dialog import HistoryDialog

    dialog = HistoryDialog(pane.db, entity, row_id, locale=getattr(pane, "ui_locale", "en"), parent=pane)

    def reverted() -> None:
        pane.show_entity(row_id)
        pane.changed.emit()

    def undoable(edit: Any, said: str) -> None:
        page = _list_page_of(pane)
        if page is None:
            return
        page.offer_undo_of_edit(
            edit,
            text=said,
            name=QCoreApplication.translate("History", "Revert %1").replace("%1", dialog.record_label),
            record_id=row_id,
        )

    dialog.reverted.connect(reverted)
    dialog.reverted_edit.connect(undoable)
    pane.history_dialog = dialog
    dialog.open()
    return dialog


def _list_page_of(pane: QWidget) -> Any:
    """The list page holding a detail pane, whose Undo (bar, Edit › Undo, Ctrl+Z) takes a revert
    back as it takes back a save; None for a pane shown on its own."""
    widget = pane.parentWidget()
    while widget is not None and not hasattr(widget, "offer_undo_of_edit"):
        widget = widget.parentWidget()
    return widget


def export_person_pdf(pane: Any, contact_id: str | None, path: str | None = None) -> str | None:
    """Save everything held about the person as a readable PDF (asks where unless ``path``)."""
    if not contact_id:
        return None
    from petdesk.gui.qt import QFileDialog, QMessageBox
    from petdesk.services import privacy

    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            pane,
            QCoreApplication.translate("History", "Save Personal Data"),
            QCoreApplication.translate("History", "personal-data", "file name") + ".pdf",
            QCoreApplication.translate("History", "PDF files (*.pdf)"),
        )
        if not path:
            return None
    locale = getattr(pane, "ui_locale", None) or QLocale().name()
    try:
        data = privacy.export_person(pane.db, contact_id, locale)
        privacy.write_pdf(data, _path(path), logged_in=pane.db)
    except (privacy.PrivacyError, OSError) as exc:
        # one path for every pane's error: the file named plainly, the service's sentence translated
        text = plain_error(exc, locale, context="saving personal data")
        QMessageBox.warning(pane, QCoreApplication.translate("History", "Personal Data"), text)
        return None
    return path


def _path(text: str) -> Any:
    from pathlib import Path

    return Path(text)


#: How many records still naming an erased person the message lists (the rest: "Show Details…").
_MENTIONS_SHOWN = 8
#: How many the confirmation lists: it names the person and the backups too, and must fit the screen.
_MENTIONS_AHEAD = 5


def _first_lines(lines: list[str], shown: int) -> list[str]:
    """The first ``shown`` lines as a bulleted list, and how many more there are."""
    out = [f"• {line}" for line in lines[:shown]]
    if len(lines) > shown:
        out.append(
            QCoreApplication.translate("History", "… and %1 more").replace("%1", str(len(lines) - shown))
        )
    return out


def erase_person(pane: Any, contact_id: str | None) -> bool:
    """Erase a person everywhere (PIPL/GDPR), after a confirmation that names the person, what is
    erased and which backups still hold them. True when erased."""
    if not contact_id:
        return False
    from petdesk.gui.qt import QMessageBox
    from petdesk.services import privacy

    title = QCoreApplication.translate("History", "Erase Personal Data")
    locale = getattr(pane, "ui_locale", "en")
    try:
        person = privacy.person_to_erase(pane.db, contact_id, locale)
        held = privacy.backup_files(pane.db, locale)
    except privacy.PrivacyError as exc:
        QMessageBox.warning(pane, title, plain_error(exc, locale))
        return False
    text = QCoreApplication.translate(
        "History",
        "Erase %1 and everything petdesk holds about this person: names, contact methods, "
        "affiliations, visit and training attendance, activities and the history of their record? "
        "The other offices erase it too with the next sync. This cannot be undone.",
    ).replace("%1", person.name)
    if places := privacy.renamed_places(person.renamed, locale):
        # Typed as "Logged by" or "Merged by", their name goes too: said before, not found after.
        text += _sentence_space(locale) + QCoreApplication.translate(
            "History", "Their name is also replaced where it was typed as text: in %1."
        ).replace("%1", places)
    # Organisation and e-mail first, as the command line asks: they tell namesakes apart.
    text = f"{person.details}\n\n{text}"
    if person.mention_lines:
        # Other people's words naming the person stay as written: known before saying yes.
        text += "\n\n" + plurals.History().named_ahead(len(person.mention_lines)) + "\n"
        text += "\n".join(_first_lines(person.mention_lines, _MENTIONS_AHEAD))
    if held:
        lines = [f"• {b.path.name} ({b.ages_out})" if b.ages_out else f"• {b.path.name}" for b in held[-5:]]
        if len(held) > 5:
            lines.insert(
                0, QCoreApplication.translate("History", "… and %1 older").replace("%1", str(len(held) - 5))
            )
        # Not opened here (about a second each at a hub's size): `person backups` names those that do.
        text += "\n\n" + plurals.History().backups_may_hold(len(held))
        text += "\n" + "\n".join(lines)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, pane)
    box.setObjectName("erase_confirmation")
    erase_button = box.addButton(
        QCoreApplication.translate("History", "&Erase"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    pane.erase_confirmation = box
    box.exec()
    if box.clickedButton() is not erase_button:
        return False
    try:
        # The window's message does not list backups: opening each one is not worth the wait.
        result = privacy.erase(pane.db, person.person_id, locale=locale, look_in_backups=False)
    except Exception as exc:  # locked, full disk ...: one sentence, nothing half-erased
        said = plain_error(exc, locale, database=pane.db.path, context="erasing personal data")
        QMessageBox.warning(pane, title, said)
        return False
    pane.show_entity(None)
    pane.changed.emit()
    erased = arg(plurals.History().erased(result.total), result.label)  # "(1 record)", not "(1 records)"
    if places := privacy.renamed_places(result.renamed, locale):
        also = arg(QCoreApplication.translate("History", "Their name was also replaced in %1."), places)
        erased = sentences(erased, also)
    if result.mention_lines:
        # Other people's words, not rewritten: listed so they can be opened and edited.
        shown = _first_lines(result.mention_lines, _MENTIONS_SHOWN)
        erased += (
            "\n\n" + plurals.History().still_named_in(len(result.mention_lines)) + "\n" + "\n".join(shown)
        )
    if result.not_rewritten:
        _offer_rewrite(pane, title, erased, result.not_rewritten)
        return True
    done = QMessageBox(QMessageBox.Icon.Information, title, erased, QMessageBox.StandardButton.Ok, pane)
    if len(result.mention_lines) > _MENTIONS_SHOWN:
        done.setDetailedText("\n".join(result.mention_lines))
    done.setObjectName("erase_done")
    pane.erase_done = done
    done.open()
    return True


def _sentence_space(locale: str) -> str:
    """Between two sentences: a space, none after a Chinese full stop."""
    from petdesk.i18n import is_chinese

    return "" if is_chinese(locale) else " "


def _offer_rewrite(pane: Any, title: str, erased: str, problem: NotRewritten) -> None:
    """The person is erased but the file could not be rewritten (a full disk, a pulled stick): say
    so, and rewrite it again on Retry once the user has freed some space or reconnected the drive."""
    from petdesk.gui.qt import QMessageBox
    from petdesk.services import privacy

    why = (
        QCoreApplication.translate(
            "History",
            "The file could not be rewritten (%1), so pieces of the erased records may remain in its "
            "unused space. Reconnect the drive holding the file, then click Retry.",
        )
        if problem.unreachable
        else QCoreApplication.translate(
            "History",
            "The file could not be rewritten (%1), so pieces of the erased records may remain in its "
            "unused space. Free some space on the disk, then click Retry.",
        )
    )
    text = erased + "\n\n" + why.replace("%1", problem.reason)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        text,
        QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
        pane,
    )
    box.setObjectName("erase_done")
    pane.erase_done = box

    def clicked(button: Any) -> None:
        if box.standardButton(button) != QMessageBox.StandardButton.Retry:
            return
        again = privacy.rewrite_file(pane.db, getattr(pane, "ui_locale", "en"))
        if again:
            _offer_rewrite(pane, title, erased, again)
            return
        done = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            erased
            + "\n\n"
            + QCoreApplication.translate(
                "History", "The file is rewritten: no piece of the erased records remains in it."
            ),
            QMessageBox.StandardButton.Ok,
            pane,
        )
        done.setObjectName("erase_done")
        pane.erase_done = done
        done.open()

    box.buttonClicked.connect(clicked)
    box.open()
