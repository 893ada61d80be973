"""The parts the File menu's export dialogs share (Export Yearly Archive…, Export Yearly Events
Report…, Export Annual Summary…, Export Interpreters' Hours…, Export Exchange File…): a year box, a file
box wide enough for a whole file name with Browse… beside it, the file's suffix, the result sentence with
Close and Export under the form, the file written in the background and the dialog grown to its result
sentence. The words come from each dialog, in its own context; the yearly dialogs' common labels from
``YearExportDialog``'s."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from petdesk.gui import csv_separator
from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from petdesk.db import Database

T = TypeVar("T")

#: Characters of the file name the path box shows: at the form's own width it showed 15 characters
#: of a path (shots50).
PATH_CHARS = 48


def year_and_file(
    *, name: str, year_label: str, file_label: str, browse: str, on_browse: Callable[[], None]
) -> tuple[QSpinBox, QLineEdit, QFormLayout]:
    """The year (this one to start with) and the file rows; ``name`` prefixes the boxes' object
    names (``NAME_year``, ``NAME_path``)."""
    year = QSpinBox()
    year.setObjectName(f"{name}_year")
    year.setRange(1990, 2999)
    year.setValue(dt.date.today().year)
    path, label, row = file_box(
        name=f"{name}_path", file_label=file_label, browse=browse, on_browse=on_browse
    )
    form = QFormLayout()
    form.addRow(year_label, year)
    form.addRow(label, row)
    return year, path, form


def grow_to_fit(dialog: QWidget) -> None:
    """Make ``dialog`` taller for a longer sentence: the result with its path ran off the bottom
    (shots50)."""
    layout = dialog.layout()
    assert layout is not None
    layout.activate()
    need = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    need = max(need, layout.totalMinimumSize().height())
    if need > dialog.height():
        dialog.resize(dialog.width(), need)


def file_box(
    *, name: str, file_label: str, browse: str, on_browse: Callable[[], None], parent: QWidget | None = None
) -> tuple[QLineEdit, QLabel, QHBoxLayout]:
    """The file box ``name`` (its object name), wide enough for a whole file name, with Browse… beside
    it, and its label, the box its buddy: a row of a layout gets no buddy from addRow ("&" showed)."""
    path = QLineEdit(parent)
    path.setObjectName(name)
    path.setMinimumWidth(path.fontMetrics().horizontalAdvance("x" * PATH_CHARS))
    button = QPushButton(browse, parent)
    button.clicked.connect(on_browse)
    row = QHBoxLayout()
    row.addWidget(path, 1)
    row.addWidget(button)
    label = QLabel(file_label, parent)
    label.setBuddy(path)
    return path, label, row


def with_suffix(text: str, suffixes: tuple[str, ...]) -> Path:
    """``text`` as a file of one of ``suffixes``; a name without one gets the first."""
    return Path(text if text.lower().endswith(suffixes) else f"{text}{suffixes[0]}")


def save_as(
    parent: QWidget, title: str, suggested: str, filters: tuple[str, ...], suffixes: tuple[str, ...]
) -> str:
    """The file chosen in a save dialog ("" when cancelled); a name without one of ``suffixes`` gets the
    filter's chosen one ("CSV file (*.csv)"), else the first."""
    name, chosen = QFileDialog.getSaveFileName(parent, title, suggested, ";;".join(filters))
    if name and not name.lower().endswith(suffixes):
        name += next((suffix for suffix in suffixes if f"*{suffix}" in chosen), suffixes[0])
    return name


def file_to_write(path: QLineEdit, browse: Callable[[], None], suffixes: tuple[str, ...]) -> Path | None:
    """The file in the box, asked for with ``browse`` when the box is empty (None: none given)."""
    text = path.text().strip()
    if not text:
        browse()
        text = path.text().strip()
        if not text:
            return None
    return with_suffix(text, suffixes)


def delimiter_for(out: Path, parent: QWidget) -> str | None:
    """The field separator of a CSV file, asked (None: the user cancelled); a workbook's is unused."""
    return csv_separator.ask_separator(parent) if out.suffix.lower() == ".csv" else ","


class ExportDialog(QDialog):
    """An export dialog: under its form (``lay_out``) the result sentence (at first the description), a
    progress bar when asked for, and Close and Export, which calls ``export``; ``run_export`` writes
    in the background and says the result."""

    result_label: QLabel
    export_button: QPushButton
    #: Filling while the file is written (None: the dialog has no bar).
    bar: QProgressBar | None = None

    def export(self) -> None:
        raise NotImplementedError

    def lay_out(
        self, form: QLayout, *, name: str, description: str, export: str, progress: bool = False
    ) -> None:
        """``name`` prefixes the object names (``NAME_result``, ``NAME_export``, ``NAME_progress``)."""
        self.result_label = QLabel(description, self)
        self.result_label.setObjectName(f"{name}_result")
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName(f"{name}_export")
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        if progress:
            self.bar = QProgressBar(self)
            self.bar.setObjectName(f"{name}_progress")
            # Its room kept while hidden: shown, it squeezed the description's last line off (shots50).
            policy = self.bar.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.bar.setSizePolicy(policy)
            self.bar.hide()
            layout.addWidget(self.bar)
        layout.addWidget(buttons)

    def say(self, sentence: str) -> None:
        """``sentence`` in place of the result, the dialog grown to it."""
        self.result_label.setText(sentence)
        grow_to_fit(self)

    def run_export(
        self, work: Callable[..., T], said: Callable[[T], str], *, locale: str, context: str
    ) -> None:
        """``work`` off the GUI thread (given a ``(done, total)`` callback with a bar), Export off
        meanwhile; then the sentence ``said`` of its result, or the error's in plain words (``context``
        names it in the log)."""
        self.export_button.setEnabled(False)
        bar = self.bar
        if bar is not None:
            bar.setRange(0, 0)
            bar.show()

        def show(done: int, total: int) -> None:
            assert bar is not None
            bar.setRange(0, max(total, 1))
            bar.setValue(done)

        def finish(sentence: str) -> None:
            self.export_button.setEnabled(True)
            if bar is not None:
                bar.hide()
            self.say(sentence)

        def failed(exc: BaseException) -> None:
            from petdesk.messages import plain_error

            finish(plain_error(exc, locale, context=context))

        run_in_background(
            work,
            on_success=lambda result: finish(said(result)),
            on_failure=failed,
            on_progress=show if bar is not None else None,
            owner=self,
        )


class YearExportDialog(ExportDialog):
    """A yearly export (archive, events report, annual summary): the year and the file, their labels
    and Export translated once in this class's context; ``name`` prefixes the object names
    (``NAME_dialog``, ``NAME_year``, ``NAME_path`` …). A subclass gives its title, then its
    description to ``lay_out_year``, and ``_browse`` its save dialog."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None, *, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_dialog")
        self.name, self.db, self.ui_locale = name, db, locale
        self.year, self.path, self.form = year_and_file(
            name=name,
            year_label=QCoreApplication.translate("YearExportDialog", "&Year:"),
            file_label=QCoreApplication.translate("YearExportDialog", "&File:"),
            browse=QCoreApplication.translate("YearExportDialog", "&Browse…"),
            on_browse=self._browse,
        )

    def _browse(self) -> None:
        raise NotImplementedError

    def save_year_file(
        self, named: str, title: str, filters: tuple[str, ...], suffixes: tuple[str, ...]
    ) -> None:
        """Browse…: a save dialog titled ``title`` suggesting the box's file, else ``named`` (its "%1"
        the year, the name translated) as a workbook; the file chosen goes into the box."""
        suggested = self.path.text() or f"{named.replace('%1', str(self.year.value()))}.xlsx"
        if name := save_as(self, title, suggested, filters, suffixes):
            self.path.setText(str(Path(name)))

    def lay_out_year(self, description: str, *, progress: bool = False) -> None:
        """The year and file form over ``description``, the bar when asked for, Close and Export."""
        export = QCoreApplication.translate("YearExportDialog", "&Export")
        self.lay_out(self.form, name=self.name, description=description, export=export, progress=progress)
