"""File › Remove This Office from This Computer… (field test 17 §8): the laptop is handed back.

The dialog is the confirmation: it names the file, counts the records, backups and files that go,
and the user types the file's name before the button works. The window's connections are closed,
``services.forget_office`` removes everything, the dialog says what was removed and what could not
be, and closing it closes the window (there is no office left to show).
"""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from petdesk.gui.backups.dialog import counts_text
from petdesk.gui.navigator import RECENT_KEY
from petdesk.gui.operations import Operation, run_in_background
from petdesk.gui.qt import (
    QAction,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSettings,
    Qt,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.read_only import writes
from petdesk.gui.screen_fit import resize_within_screen, scrolled
from petdesk.services import forget_office

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow


class ForgetOfficeDialog(QDialog):
    """Removes the office once its file's name is typed; then shows what was and was not removed."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("ForgetOfficeDialog")
        self.window_ = window
        self.path = window.db.path
        self.found = forget_office.survey(self.path)
        self.operation: Operation | None = None
        self.outcome: forget_office.Outcome | None = None
        self.setWindowTitle(self.tr("Remove This Office from This Computer"))
        intro = QLabel(self._intro(), self)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        # What to type stays in sight under the intro, which scrolls when the screen is short
        # (1.5× font at 1024×768: the sentence was cut off, field test 32, §3).
        self.ask = QLabel(
            self.tr("Nothing of this can be undone. Type the file's name, %1, to confirm.").replace(
                "%1", self.path.name
            ),
            self,
        )
        self.ask.setObjectName("ask")
        self.ask.setWordWrap(True)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirm")
        self.confirm.setPlaceholderText(self.path.name)
        self.confirm.setAccessibleName(self.tr("File name, typed to confirm"))
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_button = QPushButton(self.tr("&Remove for Good"), self)
        self.go_button.setObjectName("go")
        self.go_button.setEnabled(False)
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.confirm.textChanged.connect(
            lambda text: self.go_button.setEnabled(text.strip() == self.path.name)
        )
        self.go_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # wraps to the dialog's width, a long path included: no sideways scrolling
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addStretch(1)
        area = scrolled(content)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(area, 1)
        for widget in (self.ask, self.confirm, self.message, self.buttons):
            layout.addWidget(widget)
        self.ask.setBuddy(self.confirm)
        self.setMinimumWidth(560)
        self._fit_screen(intro)

    def _fit_screen(self, intro: QLabel) -> None:
        """As tall as the intro asks, within the screen: beyond it the intro scrolls."""
        width = max(self.minimumWidth(), 640)
        wanted = intro.heightForWidth(width) + self.sizeHint().height()
        resize_within_screen(self, width, wanted)

    def _intro(self) -> str:
        found = self.found
        records = (
            self.tr("its records cannot be counted (the file is encrypted or cannot be read)")
            if found.counts is None
            else counts_text(found.counts)
        )
        return (
            self.tr("Remove the office in %1 from this computer, for good?").replace("%1", str(self.path))
            + self._unsent_warning()
            + "\n\n• "
            + self.tr("The database: %1").replace("%1", records)
            + "\n• "
            + self.tr("Backups, plain and encrypted: %1").replace("%1", str(found.backups))
            + "".join(
                "\n    " + self.tr("in %1").replace("%1", str(folder)) for folder in found.backup_folders
            )
            + "\n• "
            + self.tr("Files in all: %1").replace("%1", str(len(found.files)))
            + "\n• "
            + self.tr(
                "What petdesk remembers of it: its entries in the error log, the record of its last "
                "check, the recently opened records and its passphrases in the system keyring."
            )
            + "\n\n"
            + self.tr(
                "Files you exported or saved elsewhere are yours: petdesk does not know them and leaves them."
            )
        )

    def _unsent_warning(self) -> str:
        """Changes that reached no office yet go for good with the office: said before the rest."""
        unsent = self.found.unsent
        if unsent is None:
            return ""
        from petdesk.i18n import format_integer, list_join

        language = self.window_.ui_locale
        office = unsent.offices[0]
        # %3 and not %n: the count is grouped as the locale groups it ("20,286"); the name is
        # quoted for the shell ("--to Laptop EU" failed: unrecognized arguments: EU).
        return "\n\n" + (
            self.tr(
                "Warning: changes made here to %3 record(s) have not been acknowledged by any other "
                "office (%1). They go with this office unless you export them first: File › Export "
                "Changes for Another Office… for %2, or petdesk sync export --to %4 --out FILE.",
                "",
                unsent.records,
            )
            .replace("%1", list_join(unsent.offices, language))
            .replace("%2", office)
            .replace("%3", format_integer(unsent.records, language))
            .replace("%4", shlex.quote(office))
        )

    def start(self) -> None:
        self.go_button.setEnabled(False)
        self.confirm.setEnabled(False)
        self.message.setText(self.tr("Removing…"))
        self.window_.db.retire()  # no connection of ours left on the files, and none made again
        path = self.path
        self.operation = run_in_background(
            lambda: forget_office.forget(path), on_success=self._done, on_failure=self._failed, parent=self
        )

    def _done(self, outcome: forget_office.Outcome) -> None:
        self.outcome = outcome
        QSettings().remove(RECENT_KEY)  # only once the office is gone: a refusal keeps it whole
        lines = [self.tr("Files removed: %1.").replace("%1", str(len(outcome.removed)))]
        lines += [
            self.tr("Could not remove %1: %2").replace("%1", str(path)).replace("%2", reason)
            for path, reason in outcome.failed
        ]
        lines.append(self.tr("petdesk closes now: there is no office left to show."))
        self.message.setText("\n".join(lines))
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("close")
        close.clicked.connect(self.accept)
        self.adjustSize()

    def _failed(self, exc: BaseException) -> None:
        from petdesk import faults

        if isinstance(exc, forget_office.InUse):
            reason = self.tr("%1 is open in another petdesk; close it first.").replace("%1", str(exc.path))
        else:
            from petdesk.gui.translation import window_locale

            reason = faults.describe(exc, window_locale())
        self.message.setText(self.tr("Nothing was removed: %1").replace("%1", reason))
        self.window_.db.retired = False  # the office stays: the window goes on showing it
        self.confirm.setEnabled(True)
        self.go_button.setEnabled(True)


def install(window: MainWindow) -> None:
    action = writes(
        QAction(QCoreApplication.translate("ForgetOffice", "&Remove This Office from This Computer…"), window)
    )
    action.setObjectName("action_forget_office")
    action.triggered.connect(lambda _checked=False: open_dialog(window))
    window.add_file_action(action)
    window.forget_office_action = action  # type: ignore[attr-defined]


def open_dialog(window: MainWindow) -> ForgetOfficeDialog:
    dialog = ForgetOfficeDialog(window)
    # Once removed, the window has no office to show: closing the dialog (any way) closes it.
    dialog.finished.connect(lambda _result: window.close() if dialog.outcome is not None else None)
    window.forget_office_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog
