"""The "Name cards…" dialog: whose cards (a visit's or a training's people, or one programme item's
or session's), paper, file.

The PDF is made by :mod:`petdesk.dossier.namecards` on the thread pool; the dialog only shows the
choices the core lists and never touches the database rows itself.
"""

from __future__ import annotations

from pathlib import Path

from petdesk import i18n
from petdesk.db import Database
from petdesk.dossier import Paper, glyph_summary, namecards
from petdesk.dossier import fonts as dossier_fonts
from petdesk.gui.dossier.dialog import KEY_LARGE_PRINT, KEY_PAPER
from petdesk.gui.dossier.pdf_dialog import PdfDialog
from petdesk.gui.dossier.pdf_path import (
    PdfPathRow,
    chosen_pdf,
    labelled_row,
    remember_folder,
    suggested_path,
)
from petdesk.gui.operations import Operation, run_in_background
from petdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSettings,
    QSizePolicy,
    Qt,
    QWidget,
)

TOOLTIP = Qt.ItemDataRole.ToolTipRole


class NameCardsDialog(PdfDialog):
    """Name cards of one visit or training: choose whose, the paper and the file, then make the PDF."""

    def __init__(
        self,
        db: Database,
        record_id: str,
        *,
        kind: str = "visit",
        locale: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, locale, parent)
        #: The visit's or the training's id (``kind``: "visit" or "training").
        self.record_id = record_id
        self.kind = kind
        self.setObjectName("NameCardsDialog")
        self.setWindowTitle(self.tr("Name cards"))
        self.setMinimumWidth(560)  # room for the file name, now that the choice box no longer sets it
        choices = namecards.card_choices(db, record_id)

        intro = QLabel(
            self.tr(
                "One sheet per person, folded in the middle: the name reads from both sides of the table, "
                "in Chinese and in Latin letters."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.whose = QComboBox(self)
        self.whose.setObjectName("whose")
        for choice in choices:
            text = self._choice_text(choice)
            self.whose.addItem(text, choice.item_id)
            self.whose.setItemData(self.whose.count() - 1, text, TOOLTIP)  # the whole of a long title
        # A long programme item's title made the box as wide as its text, wider than the dialog
        # on a small screen, and "Cards for:" was cut: the box takes the room there is instead.
        self.whose.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.whose.setMinimumContentsLength(24)
        self.whose.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        self.paper.addItem(self.tr("A4"), Paper.A4.value)
        self.paper.addItem(self.tr("US Letter"), Paper.LETTER.value)
        self.large_print = QCheckBox(self.tr("Lar&ge print (larger text, for senior readers)"), self)
        self.large_print.setObjectName("large_print")
        path_row = PdfPathRow(self.tr("Save name cards as"), self)
        self.path_edit = path_row.path_edit
        self.browse = path_row.browse
        self.open_after = path_row.open_after
        self.path_edit.textChanged.connect(self._update_buttons)
        self.open_after.setChecked(True)
        #: The characters no font had, collected while the cards were made (GlyphWarning).
        self.font_warnings: list[str] = []

        form = QFormLayout()
        labelled_row(form, self.tr("Cards &for:"), self.whose)
        labelled_row(form, self.tr("&Paper:"), self.paper)
        form.addRow("", self.large_print)
        labelled_row(form, self.tr("&Save as:"), path_row, buddy=self.path_edit)
        self.path_edit.setAccessibleName(self.tr("Save as"))  # (field test 32, §5)
        self.lay_out(intro, form, self.tr("&Make name cards"))

        settings = QSettings()
        self.paper.setCurrentIndex(
            max(0, self.paper.findData(str(settings.value(KEY_PAPER, Paper.A4.value))))
        )
        self.large_print.setChecked(str(settings.value(KEY_LARGE_PRINT, "false")).lower() == "true")
        title = choices[0].title.en or choices[0].title.zh
        # named in the window's language: "桌签-斯图加特代表团.pdf" (field test 92)
        title_zh = choices[0].title.zh if self.lang == "zh" else ""
        prefix = self.tr("namecards", "file name")
        self.path_edit.setText(
            suggested_path(namecards.default_file_name(title, title_zh=title_zh, prefix=prefix))
        )
        self._update_buttons()
        run_in_background(dossier_fonts.register)  # the fonts load while the user chooses

    def _choice_text(self, choice: namecards.CardChoice) -> str:
        """ "Everyone in the visit (16 people)" or "8 Mar 2027 14:30 Welcome meeting (12 people)"."""
        people = self.tr("%Ln person(s)", "", choice.people)
        if choice.item_id is None or choice.when is None:
            if self.kind == "training":
                return self.tr("Trainers and attendees of the training (%1)").replace("%1", people)
            return self.tr("Everyone in the visit (%1)").replace("%1", people)
        locale = "zh_CN" if self.lang == "zh" else "en"
        when = f"{i18n.format_date(choice.when.date(), locale)} {choice.when:%H:%M}"
        title = choice.title.get(self.lang)
        return f"{when} {title}（{people}）" if self.lang == "zh" else f"{when} {title} ({people})"

    def _update_buttons(self) -> None:
        busy = self.operation is not None
        self.generate_button.setEnabled(not busy and bool(self.path_edit.text().strip()))

    def generate(self) -> Operation | None:
        """Start making the PDF in the background; returns the operation (tests wait on its signals)."""
        if self.operation is not None or not self.generate_button.isEnabled():
            return None
        out = chosen_pdf(self.path_edit.text())
        paper = Paper(self.paper.currentData())
        item_id = self.whose.currentData()
        settings = QSettings()
        large = self.large_print.isChecked()
        settings.setValue(KEY_PAPER, paper.value)
        settings.setValue(KEY_LARGE_PRINT, "true" if large else "false")
        remember_folder(out)
        db, record_id = self.db, self.record_id

        warnings = self.font_warnings = []

        def work() -> Path:
            with dossier_fonts.collect_warnings() as found:
                path = namecards.build_namecards(
                    db, record_id, out, item_id=item_id, paper=paper, large_print=large
                )
            warnings.extend(found)  # read by _done on the GUI thread once the work has finished
            return path

        return self.start(work, self.tr("Making the name cards…"))

    def _done(self, path: Path) -> None:
        self.saved(path, self.tr("Saved %1").replace("%1", str(path)))
        if self.font_warnings:  # stay open: the cards have [U+…] codes where a name should be
            self.status.setText(
                self.tr("Saved %1").replace("%1", str(path))
                + "\n"
                + glyph_summary.summarise(self.font_warnings, self.ui_locale)
            )
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.not_made(exc, self.tr("No name cards were made: %1"))


def open_namecards_dialog(
    parent: QWidget | None, db: Database, record_id: str, *, kind: str = "visit", locale: str = "en"
) -> NameCardsDialog:
    """Show the name cards dialog for a visit or a training (not modal) and return it."""
    dialog = NameCardsDialog(db, record_id, kind=kind, locale=locale, parent=parent)
    dialog.show()
    return dialog
