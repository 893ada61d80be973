"""The "Banquet sheet…" dialog of the visit editor's itinerary: which meal, which file (dossier54).

The PDF is made by :func:`petdesk.dossier.build_banquet_sheet` on the thread pool, as the command
``petdesk dossier banquet`` makes it; the dialog lists the meals the core gives it.
"""

from __future__ import annotations

from pathlib import Path

from petdesk import i18n
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_banquet_sheet, default_file_name
from petdesk.dossier import fonts as dossier_fonts
from petdesk.dossier.banquet import MealChoice, meal_choices
from petdesk.dossier.data import gather_visit
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
    QComboBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)


class BanquetSheetDialog(PdfDialog):
    """One meal of a visit on one page for the restaurant: choose the meal and the file."""

    def __init__(
        self, db: Database, visit_id: str, *, item_id: str | None = None, locale: str = "en", parent=None
    ) -> None:
        super().__init__(db, locale, parent)
        self.visit_id = visit_id
        self.setObjectName("BanquetSheetDialog")
        self.setWindowTitle(self.tr("Banquet sheet"))
        self.setMinimumWidth(520)
        with db.reading() as session:
            data = gather_visit(session, visit_id)
        intro = QLabel(
            self.tr(
                "One page for the restaurant: date, time, place, the number at the meal, the dietary "
                "requirements and the seating in order of precedence, in English and Chinese."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.meal = QComboBox(self)
        self.meal.setObjectName("meal")
        for choice in meal_choices(data):
            self.meal.addItem(self._choice_text(choice), choice.item_id)
        self.meal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meal.setMinimumContentsLength(24)
        self.meal.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if item_id is not None and (index := self.meal.findData(item_id)) >= 0:
            self.meal.setCurrentIndex(index)  # the meal selected in the itinerary
        path_row = PdfPathRow(self.tr("Save banquet sheet as"), self)
        self.path_edit, self.open_after = path_row.path_edit, path_row.open_after
        self.path_edit.textChanged.connect(self._update_buttons)
        self.open_after.setChecked(True)
        form = QFormLayout()
        labelled_row(form, self.tr("&Meal:"), self.meal)
        labelled_row(form, self.tr("&Save as:"), path_row, buddy=self.path_edit)
        self.lay_out(intro, form, self.tr("&Make banquet sheet"))
        if not self.meal.count():
            self.status.setText(self.tr("The visit has no meal in its programme yet."))
        title_zh = data.title.zh if self.lang == "zh" else ""
        prefix = self.tr("banquet", "file name")
        name = default_file_name(data.title.en or data.title.zh, "visit", title_zh=title_zh, prefix=prefix)
        self.path_edit.setText(suggested_path(name))
        self._update_buttons()

    def _choice_text(self, choice: MealChoice) -> str:
        """ "29 Mar 2027 18:30 Welcome dinner (4 people)"."""
        people = self.tr("%Ln person(s)", "", choice.people)
        locale = "zh_CN" if self.lang == "zh" else "en"
        when = f"{i18n.format_date(choice.when.date(), locale)} {choice.when:%H:%M}"
        title = choice.title.get(self.lang)
        return f"{when} {title}（{people}）" if self.lang == "zh" else f"{when} {title} ({people})"

    def _update_buttons(self) -> None:
        ready = self.operation is None and self.meal.count() > 0 and bool(self.path_edit.text().strip())
        self.generate_button.setEnabled(ready)

    def generate(self) -> Operation | None:
        """Start making the PDF in the background; returns the operation (tests wait on its signals)."""
        if self.operation is not None or not self.generate_button.isEnabled():
            return None
        out = chosen_pdf(self.path_edit.text())
        remember_folder(out)
        db, visit_id, item_id = self.db, self.visit_id, str(self.meal.currentData())
        options = DossierOptions(first_lang=self.lang)

        def work() -> Path:
            return build_banquet_sheet(db, visit_id, item_id, out, options)

        self.start(work, self.tr("Making the banquet sheet…"))
        run_in_background(dossier_fonts.register)
        return self.operation

    def _done(self, path: Path) -> None:
        self.saved(path, self.tr("Saved %1").replace("%1", str(path)))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.not_made(exc, self.tr("No banquet sheet was made: %1"))


def open_banquet_dialog(
    parent: QWidget | None, db: Database, visit_id: str, *, item_id: str | None = None, locale: str = "en"
) -> BanquetSheetDialog:
    """Show the banquet sheet dialog for a visit (not modal) and return it."""
    dialog = BanquetSheetDialog(db, visit_id, item_id=item_id, locale=locale, parent=parent)
    dialog.show()
    return dialog
