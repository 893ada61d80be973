"""Where a PDF goes: the path, "Browse…", and "open it when ready", as the dossier and name-cards
dialogs both ask.

Strings use the context "DossierDialog", where both dialogs had them translated already (written
out in full for lupdate to find).
"""

from __future__ import annotations

from pathlib import Path

from petdesk.dossier import with_pdf_suffix
from petdesk.gui.qt import (
    QCheckBox,
    QCoreApplication,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSettings,
    QStandardPaths,
    QWidget,
)
from petdesk.messages import explain

#: QSettings key of the folder the last PDF went to: dossiers, name cards and certificates share it.
KEY_DIR = "dossier/directory"


def suggested_path(file_name: str) -> str:
    """``file_name`` in the folder the last PDF went to, else in Documents, else in the home folder."""
    directory = str(QSettings().value(KEY_DIR, "")) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    return str(Path(directory or Path.home()) / file_name)


def chosen_pdf(text: str) -> Path:
    """The path typed in the row, ``~`` expanded; a name typed without ".pdf" gets it."""
    return with_pdf_suffix(Path(text.strip()).expanduser())


def unwritten(exc: BaseException, ui_locale: str) -> str:
    """Why a PDF was not made, for an error other than the dossier's own: a file that could not be
    written in plain words (a full disk, a folder without permission), anything else as it is."""
    if isinstance(exc, OSError):
        return QCoreApplication.translate("DossierDialog", "The file could not be written: %1").replace(
            "%1", explain(exc, ui_locale)
        )
    from petdesk import faults

    if faults.classify(exc) is not None:  # the database's disk, not the PDF's: never SQLite's words
        from petdesk.messages import plain_error

        return plain_error(exc, ui_locale, context="making a PDF")
    return f"{type(exc).__name__}: {exc}"


def remember_folder(out: Path) -> None:
    """The next PDF dialog suggests the folder this PDF went to."""
    QSettings().setValue(KEY_DIR, str(out.parent))


class PdfPathRow(QWidget):
    """The path line with its "Browse…" button, for a form's "Save as:" row.

    ``open_after`` is the "Open the PDF when it is ready" check box: the dialog places it in its
    own layout (below the form), which makes the dialog its parent."""

    def __init__(self, browse_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the file dialog's title ("Save dossier as"), translated by the caller
        self.browse_title = browse_title
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path")
        self.browse = QPushButton(QCoreApplication.translate("DossierDialog", "B&rowse…"), self)
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.open_after = QCheckBox(
            QCoreApplication.translate("DossierDialog", "&Open the PDF when it is ready (to read or print)"),
            parent,
        )
        self.open_after.setObjectName("open_after")

    def focus_chain(self) -> list[QWidget]:
        """The row's Tab stops, in order."""
        return [self.path_edit, self.browse]

    def path_text(self) -> str:
        return self.path_edit.text().strip()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.browse_title,
            self.path_edit.text(),
            QCoreApplication.translate("DossierDialog", "PDF files (*.pdf)"),
        )
        if path:
            self.path_edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")


def labelled_row(form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None) -> QLabel:
    """A form row whose label is the buddy of its field: its Alt+letter reaches the field and a
    screen reader names the field by it (field test 32, §5: "Save as" and others were unnamed)."""
    label = QLabel(text, form.parentWidget())
    label.setBuddy(buddy or field)
    form.addRow(label, field)
    return label
