"""File › Export Exchange File…: the window's ``petdesk exchange export`` (exchange54b: the window
could only import one). The file name's suffix says the format (.json, or flat .xlsx / .csv), contact
persons only when their box is ticked; ``petdesk.exchange.export`` writes the file off the GUI thread,
its bar filling, logs a file with contacts to the export log and says the command line's sentence."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk.exchange import KINDS, VERSION
from petdesk.gui.qt import QAction, QCheckBox, QComboBox, QCoreApplication, QFormLayout, QHBoxLayout, QWidget
from petdesk.gui.year_file_form import ExportDialog, delimiter_for, file_box, file_to_write, save_as

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


class ExchangeExportDialog(ExportDialog):
    """The file and the command line's two choices; Export writes it in the background."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_export_dialog")
        self.setWindowTitle(self.tr("Export Exchange File"))
        self.db, self.ui_locale = db, locale
        self.path, file_label, file_row = file_box(
            name="exchange_path",
            file_label=self.tr("&File:"),
            browse=self.tr("&Browse…"),
            on_browse=self._browse,
            parent=self,
        )
        form = QFormLayout()
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
        #: ``--format-version``: the file (JSON, or a sheet's columns) for a hub on an older version
        self.version = QComboBox(self)
        self.version.setObjectName("exchange_format_version")
        self.version.addItem(self.tr("%1 (this petdesk's)").replace("%1", VERSION), VERSION)
        self.version.addItem(self.tr("1.0 (for a petdesk that reads only 1.0: no match notes)"), "1.0")
        self.version.setAccessibleName(self.tr("Format version of the exported file"))
        form.addRow(self.tr("Format &version:"), self.version)
        self.lay_out(
            form,
            name="exchange",
            description=self.tr(
                "Organisations, technologies, city needs and matches in the 3iPET exchange format, for the "
                "hub and partners: a JSON file (.json), a workbook (.xlsx) or CSV files (.csv)."
            ),
            export=self.tr("&Export"),
            progress=True,
        )
        #: What the last export wrote (None until one has finished).
        self.exported: Exported | None = None

    def _browse(self) -> None:
        # "交换文件.json" in the Chinese window (field test 92)
        suggested = self.path.text() or str(Path.home() / (self.tr("exchange", "file name") + ".json"))
        filters = (
            self.tr("3iPET exchange file (*.json)"),
            self.tr("Workbook (*.xlsx)"),
            self.tr("CSV files (*.csv)"),
        )
        if name := save_as(self, self.tr("Save the Exchange File As"), suggested, filters, SUFFIXES):
            self.path.setText(name)

    def export(self) -> None:
        from petdesk.exchange import export

        if (out := file_to_write(self.path, self._browse, SUFFIXES)) is None:
            return
        what = [kind for kind, box in self.kinds.items() if box.isChecked()]
        if not what:
            self.say(self.tr("Tick at least one kind of record to export."))
            return
        if (delimiter := delimiter_for(out, self)) is None:
            return
        db, locale = self.db, self.ui_locale
        consented, contacts = self.consented_only.isChecked(), self.with_contacts.isChecked()
        version = str(self.version.currentData())

        def work(report: Any) -> Exported:
            return export.export(
                db,
                out,
                what=what,
                consented_only=consented,
                with_contacts=contacts,
                delimiter=delimiter,
                version=version,
                report=report,
            )

        def said(exported: Exported) -> str:
            from petdesk.i18n import translator

            self.exported = exported
            return export.result_sentence(exported, translator(locale))

        self.run_export(work, said, locale=locale, context="exporting the exchange file")
