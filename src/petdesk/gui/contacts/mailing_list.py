"""File > Mailing List and Labels… (field test 98: New Year cards to 300 partners): the postal addresses
of all contacts, or of those she selected on the contacts page (a tag's filter, Select All), as a
mail-merge workbook or CSV or a PDF of label sheets, written by ``services.mailing_list`` off the GUI
thread; the message after it says who was left out and why, so that she can fix them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import QAction, QCoreApplication, QFileDialog, QMessageBox, QObject

if TYPE_CHECKING:
    from petdesk.db import Database
    from petdesk.gui.main_window import MainWindow

SUFFIXES = (".xlsx", ".csv", ".pdf")


class MailingList(QObject):
    """The plural message of this context: lupdate files ``self.tr(text, "", n)`` only as plural
    (gui/plurals.py)."""

    def written(self, n: int) -> str:
        return self.tr("%Ln address(es) written to %1.", "", n)


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    count: int
    #: Who was left out, one sentence per reason, in the window's language.
    left_out: list[str]


def write_mailing_list(db: Database, path: Path, locale: str, ids: list[str] | None = None) -> Written:
    """The work of the menu item, without widgets (it runs on the thread pool)."""
    from petdesk.dossier.address_labels import write_labels
    from petdesk.services import mailing_list as ml

    with db.reading() as session:
        found = ml.mailing_list(session, ids=ids, language=locale)
    if found.recipients:
        if path.suffix.lower() == ".pdf":
            write_labels(found.recipients, path, logged_in=db)
        else:
            ml.write(found, path, locale, logged_in=db)
    return Written(path, len(found.recipients), ml.left_out_sentences(found, locale))


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("MailingList", "Mailin&g List and Labels…"), window)
    action.setObjectName("action_mailing_list")
    action.triggered.connect(lambda _checked=False: choose_and_write(window))
    window.add_file_action(action)


def choose_and_write(window: MainWindow) -> None:
    """Ask for the file (its type says workbook, CSV or labels), then write it."""
    from petdesk.gui.contacts.import_dialog import _selected_on_contacts_page

    selected = _selected_on_contacts_page(window)
    ids = selected if len(selected) > 1 else None  # one row is the one she clicked to read
    filters = ";;".join(
        (
            QCoreApplication.translate("MailingList", "Workbook for mail merge (*.xlsx)"),
            QCoreApplication.translate("MailingList", "CSV file (*.csv)"),
            QCoreApplication.translate("MailingList", "Address labels, A4 3 × 8 (*.pdf)"),
        )
    )
    suggested = str(Path.home() / (QCoreApplication.translate("MailingList", "mailing list") + ".xlsx"))
    name, chosen = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("MailingList", "Save the Mailing List As"), suggested, filters
    )
    if not name:
        return
    if not name.lower().endswith(SUFFIXES):
        name += ".pdf" if "pdf" in chosen else ".csv" if "csv" in chosen else ".xlsx"
    start(window, Path(name), ids)


def start(window: MainWindow, path: Path, ids: list[str] | None = None) -> None:
    assert window.db is not None
    db, locale = window.db, window.ui_locale
    run_in_background(
        lambda: write_mailing_list(db, path, locale, ids),
        on_success=lambda written: _tell(window, written),
        on_failure=lambda exc: _failed(window, exc, locale),
        parent=window,
    )


def _failed(window: MainWindow, exc: BaseException, locale: str) -> None:
    from petdesk.messages import plain_error

    title = QCoreApplication.translate("MailingList", "Mailing List")
    QMessageBox.warning(window, title, plain_error(exc, locale, context="writing the mailing list"))


def _tell(window: MainWindow, written: Written) -> None:
    text = (
        MailingList().written(written.count).replace("%1", written.path.name)
        if written.count
        else QCoreApplication.translate(
            "MailingList", "Nothing to write: none of these contacts has a postal address."
        )
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MailingList", "Mailing List"),
        text,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("mailing_list_done")
    if written.left_out:
        box.setInformativeText("\n".join(written.left_out))
    window.mailing_list_message = box  # type: ignore[attr-defined]
    box.open()
