"""The "Dossier…" dialog: choose layout, paper and sections, make the PDF in the background, open it.

The PDF is made by :mod:`petdesk.dossier` on the thread pool (``gui.operations``); the dialog only
shows progress and never touches the database itself. The last choices are kept in ``QSettings``.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

from petdesk import dossier
from petdesk.db import Database
from petdesk.dossier import fonts as dossier_fonts
from petdesk.dossier import glyph_summary
from petdesk.dossier.text import text_segmentation_ready
from petdesk.gui import desktop_open
from petdesk.gui.dossier.pdf_path import (
    PdfPathRow,
    chosen_pdf,
    labelled_row,
    remember_folder,
    suggested_path,
    unwritten,
)
from petdesk.gui.operations import Operation, run_in_background
from petdesk.gui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QSettings,
    QStyle,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.screen_fit import resize_within_screen, scrolled
from petdesk.i18n import format_datetime
from petdesk.language import interface_language
from petdesk.models import Training, Visit

#: QSettings keys of the remembered choices.
KEY_LAYOUT = "dossier/layout"
KEY_PAPER = "dossier/paper"
KEY_SECTIONS = "dossier/sections_{kind}"
#: The sections the dialog offered when the choice was saved: one added since starts ticked.
KEY_OFFERED = "dossier/sections_offered_{kind}"
KEY_OPEN = "dossier/open_after"
KEY_FIRST = "dossier/first_language"
KEY_BINDING = "dossier/binding_mm"
KEY_RESTRICTED = "dossier/restricted"
KEY_CONTENTS = "dossier/contents"
#: Shared with the name cards dialog, as the paper is: one office prints for the same readers.
KEY_LARGE_PRINT = "dossier/large_print"


def open_in_viewer(path: Path) -> None:
    """Show the PDF in the system's viewer (where it can be printed)."""
    desktop_open.open_url(QUrl.fromLocalFile(str(path)))


class DossierDialog(QDialog):
    """Options for one visit's or training's dossier, then generation with a progress bar."""

    #: Path of the PDF once it has been written.
    generated = Signal(str)

    def __init__(
        self,
        db: Database,
        *,
        visit_id: str | None = None,
        training_id: str | None = None,
        locale: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if (visit_id is None) == (training_id is None):
            raise ValueError("give exactly one of visit_id and training_id")
        self.db = db
        self.kind = "visit" if visit_id else "training"
        self.target_id: str = visit_id or training_id  # type: ignore[assignment]
        self.ui_locale = locale
        #: Called with the finished PDF when "open it" is ticked (tests replace it).
        self.opener: Callable[[Path], None] = open_in_viewer
        self.operation: Operation | None = None
        #: Sentences about characters no font has, from the last run.
        self.font_warnings: list[str] = []
        self.setObjectName("DossierDialog")
        self.setWindowTitle(self.tr("Dossier"))
        self.setMinimumWidth(460)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setText(f"<b>{_escape(self._title())}</b>")

        layout_box = QGroupBox(self.tr("&Languages"), self)
        # the texts follow the first language chosen below (_show_language_order)
        self.parallel = QRadioButton(layout_box)
        self.parallel.setObjectName("layout_parallel")
        self.sequential = QRadioButton(layout_box)
        self.sequential.setObjectName("layout_sequential")
        group = QButtonGroup(self)
        group.addButton(self.parallel)
        group.addButton(self.sequential)
        box = QVBoxLayout(layout_box)
        box.addWidget(self.parallel)
        box.addWidget(self.sequential)

        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        self.paper.addItem(self.tr("A4"), dossier.Paper.A4.value)
        self.paper.addItem(self.tr("US Letter"), dossier.Paper.LETTER.value)

        sections_box = QGroupBox(self.tr("S&ections"), self)
        grid = QGridLayout(sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        names = self._section_names()
        for n, key in enumerate(names):
            check = QCheckBox(names[key], sections_box)
            check.setObjectName(f"section_{key}")
            check.toggled.connect(self._update_buttons)
            self.section_checks[key] = check
            grid.addWidget(check, n // 2, n % 2)

        path_row = PdfPathRow(self.tr("Save dossier as"), self)
        self.path_edit = path_row.path_edit
        self.browse = path_row.browse
        self.open_after = path_row.open_after
        self.path_edit.textChanged.connect(self._update_buttons)
        self.preview_after = QCheckBox(self.tr("Show a pr&int preview when it is ready"), self)
        self.preview_after.setObjectName("preview_after")
        #: The print preview shown after the last run, if asked for.
        self.preview: QWidget | None = None

        self.first_lang = QComboBox(self)
        self.first_lang.setObjectName("first_language")
        self.first_lang.addItem(self.tr("English"), "en")
        self.first_lang.addItem(self.tr("Chinese"), "zh_CN")
        self.first_lang.currentIndexChanged.connect(self._show_language_order)
        self.binding = QDoubleSpinBox(self)
        self.binding.setObjectName("binding")
        self.binding.setRange(0, 40)
        self.binding.setDecimals(0)
        self.binding.setSuffix(self.tr(" mm"))
        self.restricted = QCheckBox(self.tr('Mar&k every page "restricted — contains personal data"'), self)
        self.restricted.setObjectName("restricted")
        # as the command line's --no-contents (field test 21, §8: the dialog always printed it)
        self.contents = QCheckBox(self.tr("Co&ntents page after the cover"), self)
        self.contents.setObjectName("contents")
        self.large_print = QCheckBox(self.tr("Lar&ge print (larger text, for senior readers)"), self)
        self.large_print.setObjectName("large_print")
        # A version marks one print ("v2" after a last-minute change), so it is never remembered
        # and starts empty each time, as the command line's --version (field test 11, defect 8).
        self.version = QLineEdit(self)
        self.version.setObjectName("version")
        self.version.setPlaceholderText(self.tr("e.g. v2 (printed with the date; optional)"))

        # What changed since a date, by default since this computer last printed the visit's
        # dossier (field test 21, defect 2); a choice for one print, never remembered.
        self.changes = QCheckBox(self.tr("C&hanges since:"), self)
        self.changes.setObjectName("changes_since")
        self.changes_from = QDateTimeEdit(self)
        self.changes_from.setObjectName("changes_from")
        self.changes_from.setAccessibleName(self.tr("Changes since"))
        self.changes_from.setCalendarPopup(True)
        self.changes_from.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.changes_from.setEnabled(False)
        self.changes.toggled.connect(self.changes_from.setEnabled)
        self.last_printed = QLabel(self)
        self.last_printed.setObjectName("last_printed")
        self.last_printed.setWordWrap(True)  # the Chinese note did not fit beside the date at 520 px
        changes_row = QHBoxLayout()
        changes_row.addWidget(self.changes_from)
        changes_row.addWidget(self.last_printed, 1)

        form = QFormLayout()
        labelled_row(form, self.tr("&First language:"), self.first_lang)
        labelled_row(form, self.tr("&Paper:"), self.paper)
        labelled_row(form, self.tr("&Binding margin:"), self.binding)
        labelled_row(form, self.tr("&Version:"), self.version)
        if self.kind == "visit":
            form.addRow(self.changes, changes_row)
            self._show_last_print()
        else:
            for widget in (self.changes, self.changes_from, self.last_printed):
                widget.setVisible(False)
        labelled_row(form, self.tr("&Save as:"), path_row, buddy=self.path_edit)
        self.path_edit.setAccessibleName(self.tr("Save as"))

        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.generate_button = self.buttons.addButton(
            self.tr("&Make dossier"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.generate_button.setObjectName("generate")
        self.buttons.accepted.connect(self.generate)
        self.buttons.rejected.connect(self.reject)

        # Everything above the buttons scrolls where the screen is short: at 1.5× the dialog was
        # 905 px high on a 768 px screen, Make dossier out of reach (field test 32, §5).
        content = QWidget(self)
        main = QVBoxLayout(content)
        main.setContentsMargins(0, 0, 0, 0)
        main.addWidget(self.heading)
        main.addWidget(layout_box)
        main.addWidget(sections_box)
        main.addLayout(form)
        for widget in (self.contents, self.large_print, self.restricted, self.open_after, self.preview_after):
            main.addWidget(widget)
        main.addWidget(self.progress)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolled(content), 1)
        # Under the scrolled part, so that a warning after the dossier is made is in view (it was
        # below the visible part at 1920×1080: field test 51).
        outer.addWidget(self.status)
        outer.addWidget(self.buttons)
        # Tab follows the screen, top to bottom (Large print and Paper came near the end).
        chain: list[QWidget] = [
            self.parallel,
            self.sequential,
            *self.section_checks.values(),
            self.first_lang,
            self.paper,
            self.binding,
            self.version,
            self.changes,
            self.changes_from,
            *path_row.focus_chain(),
            self.contents,
            self.large_print,
            self.restricted,
            self.open_after,
            self.preview_after,
            *self._buttons_in_order(),
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._fit_screen(content, outer)
        self._restore()
        self._show_language_order()
        self._update_buttons()
        # the fonts take most of a second to load once per process: do it while the user chooses
        run_in_background(dossier_fonts.register)
        run_in_background(text_segmentation_ready)  # jieba's dictionary, for Chinese line breaks

    def _buttons_in_order(self) -> list[QWidget]:
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        return [self.generate_button, cancel]

    def _fit_screen(self, content: QWidget, outer: QVBoxLayout) -> None:
        """As tall as the choices ask, within the screen; beyond it they scroll."""
        margins = outer.contentsMargins()
        extra = margins.top() + margins.bottom() + outer.spacing() + 4
        wanted = content.sizeHint().height() + self.buttons.sizeHint().height() + extra
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)  # room for it beside
        width = max(self.minimumWidth(), content.sizeHint().width() + margins.left() + margins.right() + bar)
        resize_within_screen(self, width, wanted)

    # --- choices ---------------------------------------------------------------------------
    def _section_names(self) -> dict[str, str]:
        """The sections the core prints for this kind of dossier, in its order and by its names (the
        contents page's), so that the dialog offers every one of them."""
        sections = dossier.VISIT_SECTIONS if self.kind == "visit" else dossier.TRAINING_SECTIONS
        lang = interface_language(self.ui_locale)
        return {key: name.get(lang) for key, name in sections.items()}

    def _show_language_order(self) -> None:
        """Name the languages in the layout choices in the order they will be printed."""
        if self.first_lang.currentData() == "zh_CN":
            self.parallel.setText(self.tr("Side by side (Chinese | English)"))
            self.sequential.setText(self.tr("Chinese first, then English"))
        else:
            self.parallel.setText(self.tr("Side by side (English | Chinese)"))
            self.sequential.setText(self.tr("English first, then Chinese"))

    def _title(self) -> str:
        model = Visit if self.kind == "visit" else Training
        lang = interface_language(self.ui_locale)
        with self.db.reading() as session:
            row = session.get(model, self.target_id)
            return row.title(lang) if row is not None else self.target_id  # type: ignore[attr-defined]

    def _show_last_print(self) -> None:
        """Start the "changes since" date at this computer's last print of the dossier, or a week ago."""
        with self.db.reading() as session:
            printed = dossier.last_printed(session, self.target_id)
        if printed is None:
            self.last_printed.setText(self.tr("(not printed on this computer yet)"))
            start = dt.datetime.now() - dt.timedelta(days=7)
        else:
            start = printed.astimezone().replace(tzinfo=None)
            shown = format_datetime(printed.astimezone(), self.ui_locale, "short")
            self.last_printed.setText(self.tr("(last printed here %1)").replace("%1", shown))
        self.changes_from.setDateTime(_qt_time(start))

    def _changes_since(self) -> dt.datetime | None:
        if self.kind != "visit" or not self.changes.isChecked():
            return None
        picked: dt.datetime = self.changes_from.dateTime().toPython()  # type: ignore[assignment]
        return picked.astimezone()  # a wall-clock time of this computer's zone

    def options(self) -> dossier.DossierOptions:
        return dossier.DossierOptions(
            changes_since=self._changes_since(),
            layout=dossier.Layout.SEQUENTIAL if self.sequential.isChecked() else dossier.Layout.PARALLEL,
            paper=dossier.Paper(self.paper.currentData()),
            sections=frozenset(k for k, c in self.section_checks.items() if c.isChecked()),
            first_lang=str(self.first_lang.currentData()),
            binding_mm=self.binding.value(),
            restricted=self.restricted.isChecked(),
            contents=self.contents.isChecked(),
            large_print=self.large_print.isChecked(),
            version=self.version.text().strip(),
        )

    def _restore(self) -> None:
        s = QSettings()
        layout = str(s.value(KEY_LAYOUT, dossier.Layout.PARALLEL.value))
        (self.sequential if layout == dossier.Layout.SEQUENTIAL.value else self.parallel).setChecked(True)
        index = self.paper.findData(str(s.value(KEY_PAPER, dossier.Paper.A4.value)))
        self.paper.setCurrentIndex(max(0, index))
        saved = s.value(KEY_SECTIONS.format(kind=self.kind), None)
        chosen = set(str(saved).split(",")) if saved is not None else set(self.section_checks)
        offered = s.value(KEY_OFFERED.format(kind=self.kind), None)
        if saved is not None and offered is not None:
            chosen |= set(self.section_checks) - set(str(offered).split(","))
        for key, check in self.section_checks.items():
            check.setChecked(key in chosen)
        self.open_after.setChecked(str(s.value(KEY_OPEN, "true")).lower() == "true")
        default_first = "zh_CN" if self.ui_locale.lower().startswith("zh") else "en"
        first = self.first_lang.findData(str(s.value(KEY_FIRST, default_first)))
        self.first_lang.setCurrentIndex(max(0, first))
        try:
            self.binding.setValue(float(str(s.value(KEY_BINDING, "0"))))
        except ValueError:
            self.binding.setValue(0)
        self.restricted.setChecked(str(s.value(KEY_RESTRICTED, "true")).lower() == "true")
        self.contents.setChecked(str(s.value(KEY_CONTENTS, "true")).lower() == "true")
        self.large_print.setChecked(str(s.value(KEY_LARGE_PRINT, "false")).lower() == "true")
        self.path_edit.setText(suggested_path(self._file_name()))

    def _remember(self) -> None:
        options = self.options()
        s = QSettings()
        s.setValue(KEY_LAYOUT, options.layout.value)
        s.setValue(KEY_PAPER, options.paper.value)
        s.setValue(KEY_SECTIONS.format(kind=self.kind), ",".join(sorted(options.sections or ())))
        s.setValue(KEY_OFFERED.format(kind=self.kind), ",".join(sorted(self.section_checks)))
        s.setValue(KEY_OPEN, "true" if self.open_after.isChecked() else "false")
        s.setValue(KEY_FIRST, options.first_lang)
        s.setValue(KEY_BINDING, str(options.binding_mm))
        s.setValue(KEY_RESTRICTED, "true" if options.restricted else "false")
        s.setValue(KEY_CONTENTS, "true" if options.contents else "false")
        s.setValue(KEY_LARGE_PRINT, "true" if options.large_print else "false")
        remember_folder(chosen_pdf(self.path_edit.text()))

    def _file_name(self) -> str:
        with self.db.reading() as session:
            model = Visit if self.kind == "visit" else Training
            row = session.get(model, self.target_id)
            title = row.title("en") if row is not None else self.target_id[:8]  # type: ignore[attr-defined]
            chinese = interface_language(self.ui_locale) == "zh" and row is not None
            title_zh = row.title_zh or "" if chinese else ""  # type: ignore[union-attr]
        # "资料手册-企业绿色建筑能力建设培训.pdf" in the Chinese window (field test 92)
        prefix = self.tr("dossier", "file name")
        return dossier.default_file_name(title, self.kind, title_zh=title_zh, prefix=prefix)

    def _update_buttons(self) -> None:
        busy = self.operation is not None
        any_section = any(c.isChecked() for c in self.section_checks.values())
        self.generate_button.setEnabled(not busy and any_section and bool(self.path_edit.text().strip()))

    # --- generation ------------------------------------------------------------------------
    def generate(self) -> Operation | None:
        """Start making the PDF in the background; returns the operation (tests wait on its signals)."""
        if self.operation is not None or not self.generate_button.isEnabled():
            return None
        out = chosen_pdf(self.path_edit.text())
        self._remember()
        options = self.options()
        db, kind, target = self.db, self.kind, self.target_id
        build = dossier.build_visit_dossier if kind == "visit" else dossier.build_training_dossier

        warnings = self.font_warnings = []

        def work(report: Callable[[int, int], None]) -> Path:
            with dossier_fonts.collect_warnings() as found:
                path = build(db, target, out, options, progress=lambda f, _msg: report(int(f * 100), 100))
            warnings.extend(found)  # read by _done on the GUI thread once the work has finished
            return path

        # results arrive through queued signals, so nothing can finish before this method returns
        self.operation = run_in_background(
            work, on_success=self._done, on_failure=self._failed, on_progress=self._progress, parent=self
        )
        self._set_busy(True)
        self.status.setText(self.tr("Making the dossier…"))
        return self.operation

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _set_busy(self, busy: bool) -> None:
        inputs = (*self.section_checks.values(), self.parallel, self.sequential, self.paper, self.path_edit)
        inputs += (self.browse,)
        for widget in inputs:
            widget.setEnabled(not busy)
        self.progress.setVisible(busy or self.progress.value() > 0)
        if busy:
            self.progress.setValue(0)
        self._update_buttons()

    def _done(self, path: Path) -> None:
        self.operation = None
        self.progress.setValue(self.progress.maximum())
        self._set_busy(False)
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
        self.generated.emit(str(path))
        if self.open_after.isChecked():
            self.opener(path)
        if self.preview_after.isChecked():
            from petdesk.gui.print_preview import preview_pdf

            self.preview = preview_pdf(path, self.parentWidget(), self._title())
        if self.font_warnings:  # stay open so that the user reads which text has the odd character
            self.status.setText(
                self.tr("Saved %1").replace("%1", str(path))
                + "\n"
                + glyph_summary.summarise(self.font_warnings, self.ui_locale)
            )
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self._set_busy(False)
        self.progress.setVisible(False)
        if isinstance(exc, dossier.DossierError):  # the core's English sentence, translated (errors53b)
            from petdesk.messages import plain_error

            text = plain_error(exc, self.ui_locale)
        else:
            text = unwritten(exc, self.ui_locale)
        self.status.setText(self.tr("No dossier was made: %1").replace("%1", text))


def _qt_time(moment: dt.datetime) -> QDateTime:
    """A naive local time as Qt's."""
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_dossier_dialog(
    parent: QWidget | None,
    db: Database,
    *,
    visit_id: str | None = None,
    training_id: str | None = None,
    locale: str = "en",
) -> DossierDialog:
    """Show the dossier dialog for a visit or a training (not modal) and return it."""
    dialog = DossierDialog(db, visit_id=visit_id, training_id=training_id, locale=locale, parent=parent)
    dialog.show()
    return dialog
