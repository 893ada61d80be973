"""File › Export Exchange File…: the window's ``petdesk exchange export`` (exchange54b: the window
could only import one). The file name's suffix says the format (.json, or flat .xlsx / .csv), contact
persons only when their box is ticked; ``petdesk.exchange.export`` writes the file off the GUI thread,
its bar filling, logs a file with contacts to the export log and says the command line's sentence."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk.exchange import KINDS
from petdesk.gui import csv_separator
from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import (
    QAction,
    QCheckBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.year_file_form import PATH_CHARS, grow_to_fit

if TYPE_CHECKING:
    from petdesk.db import Database
    from petdesk.exchange.export import Exported
    from petdesk.gui.main_window import MainWindow

SUFFIXES = (".json", ".xlsx", ".csv")


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("ExchangeExport", "Export E&xchange File…"), window)
    action.setObjectName("action_export_exchange")
    action.triggered.connect(lambda _checked=False: open_exchange_export(window))
    window.add_file_action(action)


def open_exchange_export(window: MainWindow) -> ExchangeExportDialog:
    assert window.db is not None
    dialog = ExchangeExportDialog(window.db, window.ui_locale, window)
    window.exchange_export_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def _with_suffix(text: str) -> Path:
    return Path(text if text.lower().endswith(SUFFIXES) else f"{text}.json")


class ExchangeExportDialog(QDialog):
    """The file and the command line's two choices; Export writes it in the background."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_export_dialog")
        self.setWindowTitle(self.tr("Export Exchange File"))
        self.db, self.ui_locale = db, locale
        self.path = QLineEdit(self)
        self.path.setObjectName("exchange_path")
        self.path.setMinimumWidth(self.path.fontMetrics().horizontalAdvance("x" * PATH_CHARS))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        #: ``--what``: the kinds written, all to start with (the organisations that technologies and
        #: needs refer to are written with them whatever is ticked)
        names = {
            "organisations": self.tr("&Organisations"),
            "technologies": self.tr("&Technologies"),
            "needs": self.tr("City &needs"),
            "matches": self.tr("&Matches"),
        }
        kinds_row = QHBoxLayout()
        self.kinds: dict[str, QCheckBox] = {}
        for kind in KINDS:
            box = QCheckBox(names[kind], self)
            box.setObjectName(f"exchange_kind_{kind}")
            box.setChecked(True)
            self.kinds[kind] = box
            kinds_row.addWidget(box)
        kinds_row.addStretch(1)
        form.addRow(self.tr("Records:"), kinds_row)
        #: ``--consented-only``, ``--with-contacts``
        self.consented_only = QCheckBox(self.tr("Only records whose owners agreed to &sharing"), self)
        self.consented_only.setObjectName("exchange_consented_only")
        self.with_contacts = QCheckBox(self.tr("With &contact persons (personal data)"), self)
        self.with_contacts.setObjectName("exchange_with_contacts")
        form.addRow("", self.consented_only)
        form.addRow("", self.with_contacts)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("exchange_progress")
        policy = self.bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # shown, it does not squeeze the sentence above
        self.bar.setSizePolicy(policy)
        self.bar.hide()
        self.result_label = QLabel(
            self.tr(
                "Organisations, technologies, city needs and matches in the 3iPET exchange format, for the "
                "hub and partners: a JSON file (.json), a workbook (.xlsx) or CSV files (.csv)."
            ),
            self,
        )
        self.result_label.setObjectName("exchange_result")
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("exchange_export")
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        #: What the last export wrote (None until one has finished).
        self.exported: Exported | None = None

    def _browse(self) -> None:
        # "交换文件.json" in the Chinese window (field test 92)
        suggested = self.path.text() or str(Path.home() / (self.tr("exchange", "file name") + ".json"))
        filters = ";;".join(
            (
                self.tr("3iPET exchange file (*.json)"),
                self.tr("Workbook (*.xlsx)"),
                self.tr("CSV files (*.csv)"),
            )
        )
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the Exchange File As"), suggested, filters
        )
        if name:
            if not name.lower().endswith(SUFFIXES):
                name += ".csv" if "*.csv" in chosen else ".xlsx" if "*.xlsx" in chosen else ".json"
            self.path.setText(name)

    def export(self) -> None:
        from petdesk.exchange import export

        text = self.path.text().strip()
        if not text:
            self._browse()
            text = self.path.text().strip()
            if not text:
                return
        out = _with_suffix(text)
        what = [kind for kind, box in self.kinds.items() if box.isChecked()]
        if not what:
            self.result_label.setText(self.tr("Tick at least one kind of record to export."))
            grow_to_fit(self)
            return
        delimiter = ","
        if out.suffix.lower() == ".csv":
            if (asked := csv_separator.ask_separator(self)) is None:
                return
            delimiter = asked
        db, locale = self.db, self.ui_locale
        consented, contacts = self.consented_only.isChecked(), self.with_contacts.isChecked()
        self.export_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()

        def work(report: Any) -> Exported:
            return export.export(
                db,
                out,
                what=what,
                consented_only=consented,
                with_contacts=contacts,
                delimiter=delimiter,
                report=report,
            )

        def show(done: int, total: int) -> None:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)

        def done(exported: Exported) -> None:
            from petdesk.i18n import translator

            self.exported = exported
            self.export_button.setEnabled(True)
            self.bar.hide()
            self.result_label.setText(export.result_sentence(exported, translator(locale)))
            grow_to_fit(self)

        def failed(exc: BaseException) -> None:
            from petdesk.messages import plain_error

            self.export_button.setEnabled(True)
            self.bar.hide()
            self.result_label.setText(plain_error(exc, locale, context="exporting the exchange file"))
            grow_to_fit(self)

        run_in_background(work, on_success=done, on_failure=failed, on_progress=show, owner=self)
