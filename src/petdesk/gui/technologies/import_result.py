"""What a catalogue import did, shown after it: the counts, the warnings and the details (each record
added or updated with the fields it changed, each new organisation), in the same words as
``petdesk import-technologies`` prints them (field test 26, §6: the window said only
"已导入 60 条记录。" and its warnings and new organisations were lost)."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.exchange import catalogue_report
from petdesk.exchange.flat import CatalogueReport
from petdesk.gui.colours import WARNING, tint
from petdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.read_only import hold, writes
from petdesk.gui.screen_fit import resize_within_screen


class CatalogueImportResult(QDialog):
    """The result of one catalogue import; nothing to decide, only to read (and copy)."""

    def __init__(
        self,
        report: CatalogueReport,
        locale: str,
        parent: QWidget | None = None,
        db: Database | None = None,
        *,
        names: dict[str, str] | None = None,
    ) -> None:
        """``names``: each record's name in the reader's language for its English one (see
        ``catalogue_report.reader_names``)."""
        super().__init__(parent)
        self.db, self.ui_locale = db, locale
        self.setObjectName("catalogue_import_result")
        if report.kind == "technologies":
            self.setWindowTitle(self.tr("Technologies imported"))
        else:
            self.setWindowTitle(self.tr("City needs imported"))
        self.summary = QLabel(catalogue_report.summary(report, locale), self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        warnings = catalogue_report.warnings(report, locale)
        self.warnings = QLabel("\n".join(warnings), self)
        self.warnings.setObjectName("import_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(warnings))
        tint(self.warnings, WARNING)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("import_details")
        self.details.setReadOnly(True)  # read-only, not disabled: the lines can be selected and copied
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setPlainText("\n".join(catalogue_report.report_lines(report, locale, names)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # A wrong mapping or a wrong file is taken back as one step (field test 58).
        self.undo_button = buttons.addButton(self.tr("&Undo Import…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.setObjectName("undo_import")
        self.undo_button.setVisible(db is not None and bool(report.added or report.updated))
        self.undo_button.clicked.connect(lambda _checked=False: self.undo_import())
        if db is not None:
            hold(writes(self.undo_button), db.path)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        details_label = QLabel(self.tr("&Details:"), self)
        details_label.setBuddy(self.details)  # names the box for a screen reader (field test 32, §10)
        layout.addWidget(details_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 760, 520)

    def undo_import(self) -> None:
        """Ask, then undo the import this dialog reports (the button hides once it is undone)."""
        from petdesk.gui.import_undo import ImportUndo

        assert self.db is not None
        self.undoing = ImportUndo(self, self.db, self.ui_locale)
        self.undoing.finished.connect(lambda changed: self.undo_button.setHidden(changed))
        self.undoing.start()
