"""The dialogs that make one PDF in the background (banquet sheet, certificates, name cards): the
intro, the form, "Open the PDF when it is ready", the status line and Cancel with Make…, and the
PDF made off the GUI thread, saved, opened when asked, or the error in plain words. The words come
from each dialog, in its own context."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from petdesk.db import Database
from petdesk.dossier import DossierError
from petdesk.gui.dossier.dialog import open_in_viewer
from petdesk.gui.dossier.pdf_path import unwritten
from petdesk.gui.operations import Operation, run_in_background
from petdesk.gui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.language import interface_language
from petdesk.messages import localize


class PdfDialog(QDialog):
    """A dialog making one PDF: ``lay_out`` once its form is built, ``start`` the work in
    ``generate``, then ``saved`` or ``not_made`` with the dialog's own sentence."""

    #: Path of the PDF once it has been written.
    generated = Signal(str)

    open_after: QCheckBox
    status: QLabel
    buttons: QDialogButtonBox
    generate_button: QPushButton

    def __init__(self, db: Database, locale: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db, self.ui_locale = db, locale
        self.lang = interface_language(locale)
        #: Called with the finished PDF when "open it" is ticked (tests replace it).
        self.opener: Callable[[Path], None] = open_in_viewer
        self.operation: Operation | None = None

    def generate(self) -> Operation | None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def lay_out(self, intro: QLabel, form: QFormLayout, make: str) -> None:
        """The intro, the form, "Open the PDF…", the status line (object name "status") and Cancel
        with ``make`` (object name "generate"), one under the other."""
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.generate_button = self.buttons.addButton(make, QDialogButtonBox.ButtonRole.AcceptRole)
        self.generate_button.setObjectName("generate")
        self.buttons.accepted.connect(self.generate)
        self.buttons.rejected.connect(self.reject)
        main = QVBoxLayout(self)
        main.addWidget(intro)
        main.addLayout(form)
        main.addWidget(self.open_after)
        main.addWidget(self.status)
        main.addWidget(self.buttons)

    def start(self, work: Callable[[], Any], making: str) -> Operation:
        """``work`` off the GUI thread, ``making`` ("Making the … ") said meanwhile; its result
        reaches ``_done``, its error ``_failed``."""
        self.operation = run_in_background(work, on_success=self._done, on_failure=self._failed, parent=self)
        self._update_buttons()
        self.status.setText(making)
        return self.operation

    def _done(self, result: Any) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        raise NotImplementedError

    def saved(self, path: Path, said: str) -> None:
        """The PDF is written: ``said`` in the status line, ``generated`` emitted, the PDF opened
        when asked."""
        self.operation = None
        self._update_buttons()
        self.status.setText(said)
        self.generated.emit(str(path))
        if self.open_after.isChecked():
            self.opener(path)

    def not_made(self, exc: BaseException, said: str) -> None:
        """``said`` ("No … was made: %1") with the error in plain words for %1: the core's English
        sentence translated, a file's error naming the file."""
        self.operation = None
        self._update_buttons()
        if isinstance(exc, DossierError):
            text = localize(str(exc), self.ui_locale)
        else:
            text = unwritten(exc, self.ui_locale)
        self.status.setText(said.replace("%1", text))
