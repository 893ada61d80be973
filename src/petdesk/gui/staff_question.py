"""The question, once, of the name the history gives for changes made here (field test 84: without
one it gave the system account, "root", and two colleagues on one office laptop looked the same).

Asked at start when the database has no staff name and none was chosen for the whole computer
($PETDESK_STAFF), prefilled with the account's full name. "Not now" is remembered on this computer
and never asked again: a question that comes back at every start gets clicked away unread, and
nothing is lost without an answer (the history then names the account, as before); Settings ›
Defaults keeps the name editable."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from petdesk.gui.author import AUTHOR_KEY, author_name
from petdesk.gui.operations import Changes, Operation, read_op, write_op
from petdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSettings,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from petdesk.db import Database
    from petdesk.gui.main_window import MainWindow

#: QSettings key: "Not now" was answered on this computer.
NOT_NOW_KEY = "staff/not_now"


class StaffNameDialog(QDialog):
    """Her name, for the history; OK stores it (empty: OK stays disabled)."""

    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff_name_question")
        self.setWindowTitle(self.tr("Your name"))
        intro = QLabel(
            self.tr(
                "petdesk notes who made each change, so that colleagues can see it in History. "
                "Which name should it give for the changes you make here?"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(suggested, self)
        self.name.setObjectName("staff_name")
        self.name.setMaxLength(100)  # services.staff.MAX_LENGTH
        self.name.setPlaceholderText(self.tr("e.g. Gao Yan / 高燕"))
        later = QLabel(self.tr("You can change it later in Settings › Defaults."), self)
        later.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.not_now = buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: self.save.setEnabled(bool(text.strip())))
        self.save.setEnabled(bool(suggested.strip()))
        layout = QVBoxLayout(self)
        for widget in (intro, self.name, later, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(min(460, max(320, self.sizeHint().width())))


def ask_if_unnamed(window: MainWindow) -> Operation | None:
    """Ask ``window``'s user for her name if nothing names her yet: the read that decides (None when
    decided without one)."""
    if os.environ.get("PETDESK_STAFF") or QSettings().value(NOT_NOW_KEY, False, type=bool):
        return None
    from petdesk.services import staff

    def unnamed(session: Session) -> str | None:
        """The name to offer, or None when one is set already."""
        return None if staff.staff_setting(session) else staff.suggested_name()

    def offer(suggested: str | None) -> None:
        if suggested is not None:
            open_question(window, window.db, author_name() or suggested)

    return read_op(window.db, unnamed, on_success=offer, owner=window)


def open_question(parent: QWidget, db: Database, suggested: str) -> StaffNameDialog:
    """Open the question beside ``parent`` without blocking it, and store the answer."""
    dialog = StaffNameDialog(suggested, parent)

    def answered(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            QSettings().setValue(NOT_NOW_KEY, True)
            return
        save_staff_name(parent, db, dialog.name.text())

    dialog.finished.connect(answered)
    dialog.open()
    return dialog


def save_staff_name(owner: QWidget, db: Database, name: str) -> None:
    """Store the name for the history, and for "Logged by" where that has none yet (one name)."""
    from petdesk.services import staff

    if not author_name():
        QSettings().setValue(AUTHOR_KEY, " ".join(name.split()))  # (Settings sets both itself)
    write_op(db, lambda session: staff.set_staff_name(session, name), changes=Changes.of(), owner=owner)
