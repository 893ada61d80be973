"""The "Certificates…" dialog of a training: everyone or only those who earned one, the language
printed first, paper and file. The PDF is made by :mod:`petdesk.dossier.certificates` on the thread
pool; the dialog never touches the database rows itself."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import Paper, certificates
from petdesk.dossier.data import gather_training
from petdesk.gui.dossier.dialog import KEY_PAPER
from petdesk.gui.dossier.pdf_dialog import PdfDialog
from petdesk.gui.dossier.pdf_path import (
    PdfPathRow,
    chosen_pdf,
    labelled_row,
    remember_folder,
    suggested_path,
)
from petdesk.gui.operations import Operation
from petdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSettings,
    QWidget,
)
from petdesk.language import interface_language


class CertificatesDialog(PdfDialog):
    """Certificates of completion (结业证书) of one training."""

    def __init__(self, db: Database, training_id: str, *, locale: str = "en", parent: QWidget | None = None):
        super().__init__(db, locale, parent)
        self.training_id = training_id
        #: How many certificates the last PDF holds.
        self.count = 0
        self.setObjectName("CertificatesDialog")
        self.setWindowTitle(self.tr("Certificates of completion"))
        self.setMinimumWidth(560)
        with db.reading() as session:
            title = gather_training(session, training_id).title
        intro = QLabel(
            self.tr(
                "One page per attendee who attended at least 80 % of the sessions, in English and "
                "Chinese, with a number that stays the same on every reprint."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.everyone = QCheckBox(self.tr("&Every attendee, whatever their attendance"), self)
        self.everyone.setObjectName("everyone")
        self.first = QComboBox(self)
        self.first.setObjectName("first_language")
        self.first.addItem(self.tr("English"), "en")
        self.first.addItem(self.tr("Chinese"), "zh_CN")
        self.first.setCurrentIndex(1 if interface_language(locale) == "zh" else 0)
        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        self.paper.addItem(self.tr("A4"), Paper.A4.value)
        self.paper.addItem(self.tr("US Letter"), Paper.LETTER.value)
        path_row = PdfPathRow(self.tr("Save certificates as"), self)
        self.path_edit, self.open_after = path_row.path_edit, path_row.open_after
        self.path_edit.textChanged.connect(self._update_buttons)
        self.open_after.setChecked(True)

        form = QFormLayout()
        form.addRow("", self.everyone)
        labelled_row(form, self.tr("&Language first:"), self.first)
        labelled_row(form, self.tr("&Paper:"), self.paper)
        labelled_row(form, self.tr("&Save as:"), path_row, buddy=self.path_edit)
        self.path_edit.setAccessibleName(self.tr("Save as"))
        self.lay_out(intro, form, self.tr("&Make certificates"))

        self.paper.setCurrentIndex(
            max(0, self.paper.findData(str(QSettings().value(KEY_PAPER, Paper.A4.value))))
        )
        # The Chinese window names the file after the Chinese title, when the training has one.
        title_zh = title.zh if interface_language(locale) == "zh" else ""
        # the file name's first word in the window's language: "结业证书-….pdf" (field test 92)
        prefix = self.tr("certificates", "file name")
        self.path_edit.setText(
            suggested_path(
                certificates.default_file_name(title.en or title.zh, title_zh=title_zh, prefix=prefix)
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.generate_button.setEnabled(self.operation is None and bool(self.path_edit.text().strip()))

    def generate(self) -> Operation | None:
        """Start making the PDF in the background; returns the operation (tests wait on its signals)."""
        if self.operation is not None or not self.generate_button.isEnabled():
            return None
        out = chosen_pdf(self.path_edit.text())
        paper, lang, everyone = (
            Paper(self.paper.currentData()),
            self.first.currentData(),
            self.everyone.isChecked(),
        )
        QSettings().setValue(KEY_PAPER, paper.value)  # shared with the dossier and name cards
        remember_folder(out)
        db, training_id = self.db, self.training_id

        def work() -> tuple[Path, int]:
            return certificates.build_certificates(
                db, training_id, out, everyone=everyone, lang=lang, paper=paper
            )

        return self.start(work, self.tr("Making the certificates…"))

    def _done(self, result: tuple[Path, int]) -> None:
        path, self.count = result
        self.saved(path, self.tr("Saved %1").replace("%1", str(path)))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.not_made(exc, self.tr("No certificates were made: %1"))


def open_certificates_dialog(
    parent: QWidget | None, db: Database, training_id: str, *, locale: str = "en"
) -> CertificatesDialog:
    """Show the certificates dialog of a training (not modal) and return it."""
    dialog = CertificatesDialog(db, training_id, locale=locale, parent=parent)
    dialog.show()
    return dialog
