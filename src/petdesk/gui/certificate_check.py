"""Tools > Verify Certificate… (field test 89: an auditor could check a printed certificate's serial
only with ``petdesk dossier certificates --verify``): serials typed or pasted, one sentence each in the
reader's language, from the same core function as the command line, looked up off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import (
    QAction,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from petdesk.db import Database
    from petdesk.dossier.certificate_check import Verdict
    from petdesk.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("CertificateCheck", "&Verify Certificate…"), window)
    action.setObjectName("action_verify_certificate")
    action.triggered.connect(lambda _checked=False: open_certificate_check(window))
    window.menu("tools").addAction(action)


def open_certificate_check(window: MainWindow) -> CertificateCheckDialog:
    assert window.db is not None
    dialog = CertificateCheckDialog(window.db, window.ui_locale, window)
    window.certificate_check_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


class CertificateCheckDialog(QDialog):
    """Serials in the upper box; Verify says of each whose certificate it is, below."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificate_check_dialog")
        self.setWindowTitle(self.tr("Verify Certificate"))
        self.db, self.ui_locale = db, locale
        note = QLabel(
            self.tr(
                "Type or paste the serial numbers printed on certificates, one a line or separated by "
                "commas: petdesk says whose certificate each is, of which training, and whether the "
                "attendance recorded earns it."
            )
        )
        note.setWordWrap(True)
        serials_label = QLabel(self.tr("&Serial numbers:"))
        self.serials = QPlainTextEdit()
        self.serials.setObjectName("certificate_serials")
        self.serials.setTabChangesFocus(True)
        self.serials.setPlaceholderText("2026-9401-5F2D48")
        self.serials.setMaximumHeight(self.serials.fontMetrics().lineSpacing() * 5 + 12)
        serials_label.setBuddy(self.serials)
        results_label = QLabel(self.tr("&Results:"))
        self.results = QPlainTextEdit()
        self.results.setObjectName("certificate_results")
        self.results.setReadOnly(True)  # still selectable: the auditor copies the sentences
        self.results.setTabChangesFocus(True)
        results_label.setBuddy(self.results)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = buttons.addButton(self.tr("&Verify"), QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.setObjectName("certificate_verify")
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (note, serials_label, self.serials, results_label, self.results, buttons):
            layout.addWidget(widget)
        self.resize(560, 380)
        #: The verdicts of the last check, in the order typed (None until one has finished).
        self.verdicts: list[Verdict] | None = None

    def verify(self) -> None:
        from petdesk.dossier.certificate_check import split_serials, verdict

        serials = split_serials(self.serials.toPlainText())
        if not serials:
            self.results.setPlainText(self.tr("Type a serial number first, such as 2026-9401-5F2D48."))
            self.serials.setFocus()
            return
        db, locale = self.db, self.ui_locale
        self.verify_button.setEnabled(False)

        def work() -> list[Verdict]:
            with db.reading() as session:
                return [verdict(session, serial, locale) for serial in serials]

        def done(verdicts: list[Verdict]) -> None:
            self.verdicts = verdicts
            self.verify_button.setEnabled(True)
            valid = sum(v.valid for v in verdicts)
            summary = self.tr("%Ln valid certificate(s) of %1.", "", valid).replace("%1", str(len(verdicts)))
            self.results.setPlainText("\n".join([v.text for v in verdicts] + ["", summary]))

        def failed(exc: BaseException) -> None:
            from petdesk.messages import plain_error

            self.verify_button.setEnabled(True)
            self.results.setPlainText(plain_error(exc, locale, context="verifying certificates"))

        run_in_background(work, on_success=done, on_failure=failed, owner=self)
