"""The mapping step of a catalogue import: which column of the file feeds which field of a technology
or city need, with the guess preselected and a preview of the first rows as they will be read.

Like the contacts import's mapping step (``gui/contacts/import_dialog.py``), whose preview table
and remembered mappings it shares; the rules stay in ``petdesk.exchange.flat``.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from petdesk.exchange.catalogue_columns import unit_factor
from petdesk.exchange.flat import CataloguePreview, catalogue_fields, name_fields
from petdesk.gui import remembered_mappings
from petdesk.gui.colours import WARNING, tint
from petdesk.gui.contacts.import_dialog import RowsModel, _bold, _table_view
from petdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.gui.translation import arg

#: The catalogue fields as the mapping step names them (keys: ``flat.catalogue_fields``).
FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("CatalogueFields", "petdesk ID"),
    "name_en": QT_TRANSLATE_NOOP("CatalogueFields", "Name (English)"),
    "name_zh": QT_TRANSLATE_NOOP("CatalogueFields", "Name (Chinese)"),
    "provider": QT_TRANSLATE_NOOP("CatalogueFields", "Provider"),
    "provider_country": QT_TRANSLATE_NOOP("CatalogueFields", "Provider's country"),
    "sector": QT_TRANSLATE_NOOP("CatalogueFields", "Sector"),
    "description_en": QT_TRANSLATE_NOOP("CatalogueFields", "Description (English)"),
    "description_zh": QT_TRANSLATE_NOOP("CatalogueFields", "Description (Chinese)"),
    "key_figures_en": QT_TRANSLATE_NOOP("CatalogueFields", "Key figures (English)"),
    "key_figures_zh": QT_TRANSLATE_NOOP("CatalogueFields", "Key figures (Chinese)"),
    "trl": QT_TRANSLATE_NOOP("CatalogueFields", "Readiness (TRL 1–9)"),
    "certifications": QT_TRANSLATE_NOOP("CatalogueFields", "Certifications"),
    "references": QT_TRANSLATE_NOOP("CatalogueFields", "Reference installations"),
    "tags": QT_TRANSLATE_NOOP("CatalogueFields", "Tags"),
    "licence": QT_TRANSLATE_NOOP("CatalogueFields", "Licence"),
    "consent": QT_TRANSLATE_NOOP("CatalogueFields", "Consent to share (yes/no)"),
    "title_en": QT_TRANSLATE_NOOP("CatalogueFields", "Title (English)"),
    "title_zh": QT_TRANSLATE_NOOP("CatalogueFields", "Title (Chinese)"),
    "city": QT_TRANSLATE_NOOP("CatalogueFields", "City"),
    "problem_en": QT_TRANSLATE_NOOP("CatalogueFields", "Problem (English)"),
    "problem_zh": QT_TRANSLATE_NOOP("CatalogueFields", "Problem (Chinese)"),
    "scale": QT_TRANSLATE_NOOP("CatalogueFields", "Scale"),
    "budget_min": QT_TRANSLATE_NOOP("CatalogueFields", "Budget from"),
    "budget_max": QT_TRANSLATE_NOOP("CatalogueFields", "Budget up to"),
    "currency": QT_TRANSLATE_NOOP("CatalogueFields", "Currency"),
    "deadline": QT_TRANSLATE_NOOP("CatalogueFields", "Deadline"),
    "status": QT_TRANSLATE_NOOP("CatalogueFields", "Status"),
    "contact": QT_TRANSLATE_NOOP("CatalogueFields", "Contact person"),
    "phone": QT_TRANSLATE_NOOP("CatalogueFields", "Contact's phone"),
    "remarks": QT_TRANSLATE_NOOP("CatalogueFields", "Remarks"),
}


def field_label(key: str) -> str:
    return QCoreApplication.translate("CatalogueFields", FIELD_LABELS.get(key, key))


class CatalogueMappingDialog(QDialog):
    """Says which column is which before a catalogue is imported; ``on_import(mapping)`` imports."""

    def __init__(
        self,
        path: Path,
        kind: str,
        preview: CataloguePreview,
        on_import: Callable[[dict[str, str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catalogue_mapping")
        self.kind = kind
        self.preview = preview
        self._on_import = on_import
        #: remembered per header set, apart from the contacts' mappings
        self._target = f"catalogue-{kind}"
        self.setWindowTitle(
            self.tr("Import technologies") if kind == "technologies" else self.tr("Import city needs")
        )
        intro = QLabel(
            self.tr(
                "Which field does each column of %1 hold? petdesk's guess is chosen; a column set to "
                "“(leave out)” is not imported. Nothing is written before you click Import."
            ).replace("%1", path.name),
            self,
        )
        intro.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("mapping_warning")
        self.warning.setWordWrap(True)
        tint(self.warning, WARNING)
        self.mapping_area = QScrollArea(self)
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its boxes take the focus, not it
        self.preview_model = RowsModel([], parent=self)
        self.preview_view = _table_view(self.preview_model, "catalogue_preview", self)
        self.preview_view.setTabKeyNavigation(False)  # Tab leaves it for the buttons (field test 32, §2)
        preview_label = QLabel(self.tr("&Preview (first rows as they will be read):"), self)
        preview_label.setBuddy(self.preview_view)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("import_button")
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addWidget(self.mapping_area, 3)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview_view, 2)
        layout.addWidget(buttons)
        self._fill_mapping(self._remembered() or preview.guess)
        self._chain_tab_order()
        resize_within_screen(self, 960, 640)

    def _fill_mapping(self, mapping: dict[str, str]) -> None:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.addWidget(QLabel(_bold(self.tr("Column"))), 0, 0)
        # the field beside its column, the examples after: the eye need not cross a wide window
        grid.addWidget(QLabel(_bold(self.tr("Field"))), 0, 1)
        grid.addWidget(QLabel(_bold(self.tr("Examples"))), 0, 2)
        self.combos: list[QComboBox] = []
        for i, header in enumerate(self.preview.headers):
            combo = QComboBox(grid_widget)
            combo.setObjectName(f"mapping_{i}")
            # said with the file's own header: "combo box, Name" did not say which column it maps
            combo.setAccessibleName(self.tr("Field for column “%1”").replace("%1", self._shown_header(i)))
            combo.addItem(self.tr("(leave out)"), "")
            for key in catalogue_fields(self.kind):
                combo.addItem(field_label(key), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header, ""))))
            combo.currentIndexChanged.connect(lambda _i: self._refresh())
            self.combos.append(combo)
            samples = [row[i] for row in self.preview.rows if row[i]][:3]
            example = QLabel(" · ".join(samples), grid_widget)
            example.setToolTip("\n".join(samples))
            grid.addWidget(QLabel(self._shown_header(i), grid_widget), i + 1, 0)
            grid.addWidget(combo, i + 1, 1)
            grid.addWidget(example, i + 1, 2)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.preview.headers) + 1, 1)
        self.mapping_area.setWidget(grid_widget)
        self._refresh()

    def _chain_tab_order(self) -> None:
        """The focus starts on the first column's box; Tab goes down the boxes, to the preview, then
        to the buttons (it opened on the scroll area and was then trapped in the preview)."""
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        chain: list[QWidget] = [*self.combos, self.preview_view, self.import_button, cancel]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        if self.combos:
            self.combos[0].setFocus()

    def mapping(self) -> dict[str, str]:
        """Every header with the field chosen for it ("" leaves the column out)."""
        return {h: combo.currentData() for h, combo in zip(self.preview.headers, self.combos, strict=True)}

    def set_field(self, column: int, field: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def _preview_header(self, column: int, field: str) -> str:
        """The field's name over its preview column, with the unit when the figures are in 万元:
        "1200" under "Budget up to" read as 1,200 yuan, and is stored as 12,000,000 (field test 97)."""
        if field.startswith("budget") and unit_factor(self.preview.headers[column]) != 1.0:
            return arg(self.tr("%1 (×10,000)"), field_label(field))
        return field_label(field)

    def _refresh(self) -> None:
        """The preview under the chosen fields, and Import only when the mapping can be imported."""
        chosen = [(i, combo.currentData()) for i, combo in enumerate(self.combos) if combo.currentData()]
        self.preview_model.beginResetModel()  # the columns change with the rows
        self.preview_model.headers = [self._preview_header(i, field) for i, field in chosen]
        self.preview_model.rows = [[row[i] for i, _field in chosen] for row in self.preview.rows]
        self.preview_model.endResetModel()
        self.preview_view.resizeColumnsToContents()
        problem = self._problem([field for _i, field in chosen])
        # a column left out that holds data is said, not refused: leaving it out may be meant
        warning = problem or self._left_out_warning()
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.import_button.setEnabled(not problem)

    def _left_out_warning(self) -> str:
        """Names the columns set to "(leave out)" that hold data (field test 26, §7: the merged
        header's descriptions were dropped without a word, where the command line refuses)."""
        left_out = [
            f"“{self._shown_header(i)}”"
            for i, combo in enumerate(self.combos)
            if not combo.currentData()
            and not self._row_number(self.preview.headers[i])
            and any(row[i].strip() for row in self.preview.rows)
        ]
        if not left_out:
            return ""
        names = self.tr(", ", "between column names").join(left_out)
        return self.tr(
            "These columns hold data but are set to “(leave out)”, so they will not be imported: %1. "
            "Choose a field for each, or leave them out on purpose."
        ).replace("%1", names)

    def _row_number(self, header: str) -> bool:
        """A column petdesk recognised as row numbers (序号, No.): left out on purpose."""
        return bool(header.strip()) and self.preview.guess.get(header) == ""

    def _shown_header(self, i: int) -> str:
        """A header as the mapping grid shows it; an unnamed one by its place ("(column 8)")."""
        return self.preview.headers[i] or arg(self.tr("(column %1)"), str(i + 1))

    def _problem(self, fields: list[str]) -> str:
        """What keeps the mapping from being imported, in a sentence ("" when nothing does)."""
        first, second = name_fields(self.kind)
        if first not in fields and second not in fields:
            if self.kind == "technologies":
                return self.tr("Choose the column that holds the name (in English or Chinese).")
            return self.tr("Choose the column that holds the title of the need (in English or Chinese).")
        twice = [field for field, n in Counter(fields).items() if n > 1]
        if twice:
            return self.tr("Two columns are set to “%1”; choose one.").replace("%1", field_label(twice[0]))
        return ""

    def _remembered(self) -> dict[str, str]:
        saved = remembered_mappings.recall(self._target, self.preview.headers)
        fields = catalogue_fields(self.kind)
        return {h: f for h, f in saved.items() if h in self.preview.headers and (f in fields or f == "")}

    def start_import(self) -> None:
        if not self.import_button.isEnabled():
            return
        chosen = self.mapping()
        guess = {h: self.preview.guess.get(h, "") for h in self.preview.headers}
        if chosen != guess:
            remembered_mappings.remember(self._target, self.preview.headers, chosen)
        self.accept()
        self._on_import(chosen)
