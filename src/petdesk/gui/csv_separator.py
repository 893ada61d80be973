"""The "Field separator" asked before a CSV export: Excel splits a CSV file at the list separator of
the system's region, a semicolon where numbers have a decimal comma (Germany, France, the
Netherlands), where a comma-separated file showed every row in one column (field test 74).

Offered first: the choice made last time (remembered in the settings), else the semicolon where the
window's numbers have a decimal comma (``QLocale``, which follows babel's formatting locale), else
the comma every export wrote before."""

from __future__ import annotations

from petdesk.csv_separators import SEPARATORS, for_decimal_mark, separator
from petdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLocale,
    QSettings,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP

#: QSettings key of the separator chosen last (a name of ``csv_separators.SEPARATORS``).
SEPARATOR_KEY = "export/csv_separator"

#: The choices as the dialog names them, in the order offered.
LABELS = {
    "semicolon": QT_TRANSLATE_NOOP("CsvSeparator", "Semicolon: Excel where numbers have a decimal comma"),
    "comma": QT_TRANSLATE_NOOP("CsvSeparator", "Comma: Excel where numbers have a decimal point"),
    "tab": QT_TRANSLATE_NOOP("CsvSeparator", "Tab"),
}


def offered_separator() -> str:
    """The name offered first: the one remembered, else the one the window's numbers call for."""
    remembered = str(QSettings().value(SEPARATOR_KEY, "") or "")
    if remembered in SEPARATORS:
        return remembered
    return for_decimal_mark(QLocale().decimalPoint())


class SeparatorDialog(QDialog):
    """A combo box of the separators, the offered one chosen; OK remembers the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Field separator"))
        self.choice = QComboBox(self)
        for name, label in LABELS.items():
            self.choice.addItem(QCoreApplication.translate("CsvSeparator", label), name)
        self.choice.setCurrentIndex(self.choice.findData(offered_separator()))
        self.choice.setAccessibleName(self.tr("Field separator"))
        note = QLabel(
            self.tr(
                "Excel opens a CSV file split at the separator its region uses; with another one "
                "every row stays in one column."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Field &separator:"), self.choice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        """The name chosen (``csv_separators.SEPARATORS``)."""
        return str(self.choice.currentData())

    def accept(self) -> None:
        QSettings().setValue(SEPARATOR_KEY, self.chosen())
        super().accept()


def ask_separator(parent: QWidget | None) -> str | None:
    """The separator character for a CSV export, or None when the user cancelled."""
    dialog = SeparatorDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return separator(dialog.chosen())
