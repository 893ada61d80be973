"""Import contacts or organisations from a file: choose it, map its columns with a preview, decide per
record what happens to matches, import in one transaction, read the report.

Also the window's File > Import contacts…, File > Export contacts… and Tools > Find duplicates…
actions (``install``). All database work runs through ``run_in_background``; the services do the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk import models as m
from petdesk.cancellation import Cancelled, StopFlag
from petdesk.db import Database
from petdesk.gui import csv_separator, remembered_mappings
from petdesk.gui.bidi import left_to_right
from petdesk.gui.colours import CAUTION, ERROR, WARNING, tint
from petdesk.gui.operations import CONTACT, ORGANISATION, Changes, Operation, announce, run_in_background
from petdesk.gui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QAction,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QHideEvent,
    QLabel,
    QLineEdit,
    QLocale,
    QMessageBox,
    QModelIndex,
    QPersistentModelIndex,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSettings,
    QSize,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import writes
from petdesk.gui.screen_fit import resize_to_screen_share, resize_within_screen, screen_room
from petdesk.gui.table_model import ListTableModel
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.gui.translation import arg
from petdesk.i18n import translator
from petdesk.ids import new_id
from petdesk.labels import join_like
from petdesk.language import is_chinese
from petdesk.messages import explain, localize
from petdesk.unreadable_file import unreadable

if TYPE_CHECKING:
    # the services are imported where used: the window installs this feature's menu entries at
    # start and opens the dialog later (issue 18)
    from petdesk.gui.main_window import MainWindow
    from petdesk.services import encoding as encoding_service
    from petdesk.services import exporting, importing

AnyIndex = QModelIndex | QPersistentModelIndex

#: Field labels for the mapping step, marked for translation (the keys are the importer's fields).
FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("ImportFields", "petdesk ID"),
    "full_name": QT_TRANSLATE_NOOP("ImportFields", "Full name (any script)"),
    "family_name": QT_TRANSLATE_NOOP("ImportFields", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("ImportFields", "Given name"),
    "name_order": QT_TRANSLATE_NOOP("ImportFields", "Name order"),
    "name_zh": QT_TRANSLATE_NOOP("ImportFields", "Chinese name (full)"),
    "family_name_zh": QT_TRANSLATE_NOOP("ImportFields", "Family name (Chinese/Japanese/Korean)"),
    "given_name_zh": QT_TRANSLATE_NOOP("ImportFields", "Given name (Chinese/Japanese/Korean)"),
    "name_latin": QT_TRANSLATE_NOOP("ImportFields", "Latin name (full)"),
    "name_native": QT_TRANSLATE_NOOP("ImportFields", "Name in its own script (full)"),
    "name_indic": QT_TRANSLATE_NOOP("ImportFields", "Name in an Indian script (full)"),
    "honorific": QT_TRANSLATE_NOOP("ImportFields", "Honorific"),
    "honorific_en": QT_TRANSLATE_NOOP("ImportFields", "Honorific (English)"),
    "honorific_zh": QT_TRANSLATE_NOOP("ImportFields", "Honorific (Chinese)"),
    "gender": QT_TRANSLATE_NOOP("ImportFields", "Gender"),
    "organisation": QT_TRANSLATE_NOOP("ImportFields", "Organisation"),
    "organisation_en": QT_TRANSLATE_NOOP("ImportFields", "Organisation (English)"),
    "organisation_zh": QT_TRANSLATE_NOOP("ImportFields", "Organisation (Chinese)"),
    "organisation_reading": QT_TRANSLATE_NOOP("ImportFields", "Organisation (reading)"),
    "department": QT_TRANSLATE_NOOP("ImportFields", "Department"),
    "department_en": QT_TRANSLATE_NOOP("ImportFields", "Department (English)"),
    "department_zh": QT_TRANSLATE_NOOP("ImportFields", "Department (Chinese)"),
    "position": QT_TRANSLATE_NOOP("ImportFields", "Position"),
    "position_en": QT_TRANSLATE_NOOP("ImportFields", "Position (English)"),
    "position_zh": QT_TRANSLATE_NOOP("ImportFields", "Position (Chinese)"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone (work)"),
    "mobile": QT_TRANSLATE_NOOP("ImportFields", "Mobile phone"),
    "phone_home": QT_TRANSLATE_NOOP("ImportFields", "Phone (home)"),
    "fax": QT_TRANSLATE_NOOP("ImportFields", "Fax"),
    "wechat": QT_TRANSLATE_NOOP("ImportFields", "WeChat"),
    "whatsapp": QT_TRANSLATE_NOOP("ImportFields", "WhatsApp"),
    "skype": QT_TRANSLATE_NOOP("ImportFields", "Skype"),
    "telegram": QT_TRANSLATE_NOOP("ImportFields", "Telegram"),
    "line_id": QT_TRANSLATE_NOOP("ImportFields", "LINE"),
    "qq": QT_TRANSLATE_NOOP("ImportFields", "QQ"),
    "languages": QT_TRANSLATE_NOOP("ImportFields", "Languages"),
    "dietary_needs": QT_TRANSLATE_NOOP("ImportFields", "Dietary requirements"),
    "accessibility_needs": QT_TRANSLATE_NOOP("ImportFields", "Accessibility needs"),
    "emergency_contact": QT_TRANSLATE_NOOP("ImportFields", "Emergency contact"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "tags": QT_TRANSLATE_NOOP("ImportFields", "Tags"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Name (any script)"),
    "name_en": QT_TRANSLATE_NOOP("ImportFields", "Name (English)"),
    "short_name": QT_TRANSLATE_NOOP("ImportFields", "Short name"),
    "aliases": QT_TRANSLATE_NOOP("ImportFields", "Other names"),
    "kind": QT_TRANSLATE_NOOP("ImportFields", "Kind"),
    "country": QT_TRANSLATE_NOOP("ImportFields", "Country"),
    "city": QT_TRANSLATE_NOOP("ImportFields", "City"),
    "city_en": QT_TRANSLATE_NOOP("ImportFields", "City (English)"),
    "city_zh": QT_TRANSLATE_NOOP("ImportFields", "City (Chinese)"),
    "address": QT_TRANSLATE_NOOP("ImportFields", "Address"),
    "postal_code": QT_TRANSLATE_NOOP("ImportFields", "Postal code"),
    "website": QT_TRANSLATE_NOOP("ImportFields", "Website"),
    "technology_areas": QT_TRANSLATE_NOOP("ImportFields", "Technology areas"),
    "is_member_city": QT_TRANSLATE_NOOP("ImportFields", "Member city"),
    "middle_name": QT_TRANSLATE_NOOP("ImportFields", "Middle name"),
    "name_suffix": QT_TRANSLATE_NOOP("ImportFields", "Name suffix"),
    "nickname": QT_TRANSLATE_NOOP("ImportFields", "Nickname"),
    "employee_number": QT_TRANSLATE_NOOP("ImportFields", "Employee number"),
    "card_exchange_date": QT_TRANSLATE_NOOP("ImportFields", "Date cards were exchanged"),
    "phonetic_family_name": QT_TRANSLATE_NOOP("ImportFields", "Family name (reading)"),
    "phonetic_given_name": QT_TRANSLATE_NOOP("ImportFields", "Given name (reading)"),
    "phonetic_name": QT_TRANSLATE_NOOP("ImportFields", "Full name (reading)"),
    "native_name_language": QT_TRANSLATE_NOOP("ImportFields", "Name language"),
    "name_hanja": QT_TRANSLATE_NOOP("ImportFields", "Hanja"),
    "birthday": QT_TRANSLATE_NOOP("ImportFields", "Birthday"),
    "anniversary": QT_TRANSLATE_NOOP("ImportFields", "Anniversary"),
    "nationality": QT_TRANSLATE_NOOP("ImportFields", "Nationality"),
    "passport_number": QT_TRANSLATE_NOOP("ImportFields", "Passport number"),
    "passport_expiry": QT_TRANSLATE_NOOP("ImportFields", "Passport expiry date"),
    "email_home": QT_TRANSLATE_NOOP("ImportFields", "E-mail (home)"),
    "email_other": QT_TRANSLATE_NOOP("ImportFields", "E-mail (other)"),
    "fax_home": QT_TRANSLATE_NOOP("ImportFields", "Fax (home)"),
    "fax_other": QT_TRANSLATE_NOOP("ImportFields", "Fax (other)"),
    "pager": QT_TRANSLATE_NOOP("ImportFields", "Pager"),
    "phone_other": QT_TRANSLATE_NOOP("ImportFields", "Phone (other)"),
    "im": QT_TRANSLATE_NOOP("ImportFields", "Messaging handle"),
    "email_mobile": QT_TRANSLATE_NOOP("ImportFields", "E-mail (mobile)"),
    "fax_mobile": QT_TRANSLATE_NOOP("ImportFields", "Fax (mobile)"),
    "wechat_label": QT_TRANSLATE_NOOP("ImportFields", "WeChat label"),
    "whatsapp_label": QT_TRANSLATE_NOOP("ImportFields", "WhatsApp label"),
    "skype_label": QT_TRANSLATE_NOOP("ImportFields", "Skype label"),
    "telegram_label": QT_TRANSLATE_NOOP("ImportFields", "Telegram label"),
    "line_id_label": QT_TRANSLATE_NOOP("ImportFields", "LINE label"),
    "related": QT_TRANSLATE_NOOP("ImportFields", "Related person"),
    "related_spouse": QT_TRANSLATE_NOOP("ImportFields", "Spouse"),
    "related_manager": QT_TRANSLATE_NOOP("ImportFields", "Manager"),
    "related_assistant": QT_TRANSLATE_NOOP("ImportFields", "Assistant"),
    "event": QT_TRANSLATE_NOOP("ImportFields", "Date (birthday/anniversary by type)"),
    "birth_year": QT_TRANSLATE_NOOP("ImportFields", "Birth year"),
    "birth_month": QT_TRANSLATE_NOOP("ImportFields", "Birth month"),
    "birth_day": QT_TRANSLATE_NOOP("ImportFields", "Birth day"),
}

#: Parts of the address fields ("address_work_city"): label, part.
_ADDRESS_LABELS = {
    "work": QT_TRANSLATE_NOOP("ImportFields", "work"),
    "home": QT_TRANSLATE_NOOP("ImportFields", "home"),
    "other": QT_TRANSLATE_NOOP("ImportFields", "other"),
}
_ADDRESS_PARTS = {
    "street": QT_TRANSLATE_NOOP("ImportFields", "street"),
    "city": QT_TRANSLATE_NOOP("ImportFields", "city"),
    "region": QT_TRANSLATE_NOOP("ImportFields", "region"),
    "postcode": QT_TRANSLATE_NOOP("ImportFields", "postcode"),
    "country": QT_TRANSLATE_NOOP("ImportFields", "country"),
    "po_box": QT_TRANSLATE_NOOP("ImportFields", "PO box"),
    "extended": QT_TRANSLATE_NOOP("ImportFields", "extended"),
    "formatted": QT_TRANSLATE_NOOP("ImportFields", "whole address"),
}


#: An organisation's own fields whose contact label would mislead: "Phone (work)" is a person's
#: work phone; an organisation's number (migration 0078) is its switchboard (shots59).
ORGANISATION_LABELS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone (organisation)"),
}


def field_label(key: str, target: str = "contacts") -> str:
    if target == "organisations" and key in ORGANISATION_LABELS:
        return QCoreApplication.translate("ImportFields", ORGANISATION_LABELS[key])
    if key.startswith("address_") and key not in FIELD_LABELS:
        rest = key.removeprefix("address_")
        label = next((lb for lb in _ADDRESS_LABELS if rest.startswith(lb + "_")), "")
        part = rest.removeprefix(label + "_") if label else rest
        part_text = QCoreApplication.translate("ImportFields", _ADDRESS_PARTS.get(part, part))
        if label:
            label_text = QCoreApplication.translate("ImportFields", _ADDRESS_LABELS[label])
            return arg(QCoreApplication.translate("ImportFields", "Address (%1): %2"), label_text, part_text)
        return arg(QCoreApplication.translate("ImportFields", "Address: %1"), part_text)
    return QCoreApplication.translate("ImportFields", FIELD_LABELS.get(key, key))


class RowsModel(ListTableModel):
    """A small read-only table (previews and reports are bounded); one column may offer choices."""

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]] = (),
        *,
        choice_column: int | None = None,
        choices: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(headers, [list(r) for r in rows], parent)
        self.choice_column = choice_column
        #: (value, label) pairs for the choice column.
        self.choices = list(choices)
        self.on_choice: Callable[[int, str], None] | None = None

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        super().set_rows([list(r) for r in rows])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if index.column() == self.choice_column:
            if role == Qt.ItemDataRole.EditRole:
                return value
            if role == Qt.ItemDataRole.DisplayRole:
                return dict(self.choices).get(value, value)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "" if value is None else str(value)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.choice_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.choice_column or role != Qt.ItemDataRole.EditRole:
            return False
        if value not in dict(self.choices):
            return False
        self.rows[index.row()][index.column()] = value
        self.dataChanged.emit(index, index)
        if self.on_choice is not None:
            self.on_choice(index.row(), value)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for ``RowsModel``'s choice column."""

    def createEditor(self, parent: QWidget, option: Any, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        for value, label in index.model().choices:  # type: ignore[attr-defined]
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: AnyIndex) -> None:  # type: ignore[override]
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _fit_choice_column(view: QTableView, column: int) -> None:
    """Widen a choice column to its widest choice in the combo box that edits it: sized to the
    cells' text it cut "Add as new" / "作为新联系人添加" and its box (shots56)."""
    probe = QComboBox()  # no parent: the view's own editor stays its only combo box
    probe.setFont(view.font())
    for _value, label in view.model().choices:  # type: ignore[attr-defined]
        probe.addItem(label)
    room = probe.sizeHint().width() + (1 if view.showGrid() else 0)  # the editor stops at the grid line
    view.setColumnWidth(column, max(view.columnWidth(column), room))


#: The least width the Warnings column beside a wrapped Why keeps in view, and the least Why gets.
_WARNINGS_IN_VIEW, _LEAST_WHY = 120, 200


def _fit_why_column(view: QTableView, column: int) -> None:
    """Wrap the Why column's sentences within the view: sized to its longest, a possible match's reason
    ran past the right edge at 1024 px (walks58b: 605 px to 1332 px in a view of 958); the rows grow
    to the wrapped lines and each cell's tooltip keeps the sentence whole."""
    room = view.viewport().width() - view.columnViewportPosition(column) - view.horizontalOffset()
    room -= _WARNINGS_IN_VIEW if column < view.model().columnCount() - 1 else 0
    if view.columnWidth(column) <= room:
        return
    view.setWordWrap(True)
    view.setColumnWidth(column, max(room, min(view.columnWidth(column), _LEAST_WHY)))
    view.resizeRowsToContents()


def _bold(text: str) -> str:
    """Rich text in bold (applied after translation, so that lupdate sees a plain ``tr`` call)."""
    return f"<b>{text}</b>"


def _italic(text: str) -> str:
    return f"<i>{text}</i>"


def _table_view(model: QAbstractTableModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


PREVIEW_ROWS = 50


class ImportDialog(QDialog):
    """Four steps on one stack: file, column mapping with preview, matches, report."""

    #: The file was read (records ready); argument: number of records.
    loaded = Signal(int)
    #: Matching was planned; argument: number of rows planned.
    planned = Signal(int)
    #: The import was written; argument: the ``ImportReport``.
    imported = Signal(object)
    #: The import was undone with the report page's Undo Import button.
    import_undone = Signal()
    #: Reading, planning or writing failed; argument: the message shown.
    failed = Signal(str)
    #: Matching or importing is this far: rows done, rows in the file.
    progressed = Signal(int, int)

    PAGE_FILE, PAGE_MAPPING, PAGE_MATCHES, PAGE_REPORT = range(4)

    def __init__(
        self, db: Database, locale: str = "en", parent: QWidget | None = None, path: Path | str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.db = db
        self.ui_locale = locale
        self.setWindowTitle(self.tr("Import contacts"))
        self._restore_size()
        self.table: importing.Table | None = None
        #: The file with the mapping chosen: its records are read again for planning and importing.
        self.loaded_file: importing.LoadedFile | None = None
        #: Rows (or cards) in the file.
        self.total = 0
        self.plan: importing.ImportPlan | None = None
        self.report: importing.ImportReport | None = None
        self._mapping_combos: list[QComboBox] = []
        #: The people the import added, updated or found, by id (Register for a Training…).
        self.imported_people: list[str] = []
        self.imported_lines: dict[int, str] = {}
        #: The import's place in the change log (``import_undo.ImportMark``), None before one wrote:
        #: registrations made right after it are undone with it.
        self.import_mark: Any = None
        self.training_chooser: QDialog | None = None
        self._busy = False
        self._core_tr = translator(locale)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_file_page())
        self.stack.addWidget(self._build_mapping_page())
        self.stack.addWidget(self._build_matches_page())
        self.stack.addWidget(self._build_report_page())

        self.error_label = QLabel(self)
        self.error_label.setObjectName("import_error")
        self.error_label.setWordWrap(True)
        tint(self.error_label, ERROR)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # How far matching or importing a large file is (both read the file a chunk at a time).
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("import_progress")
        self.progress_label.hide()
        # Ends the matching or the import under way: nothing is changed (an import is rolled back).
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.stop_button.setObjectName("stop_button")
        self.stop_button.hide()
        self._stop = StopFlag()
        self.stop_button.clicked.connect(self.stop)

        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.setObjectName("back_button")
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.setObjectName("next_button")
        self.next_button.setDefault(True)
        self.close_button = QPushButton(self.tr("&Cancel"), self)
        self.close_button.setObjectName("close_button")
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)

        self.step_label = QLabel(self)
        self.step_label.setObjectName("step_label")
        font = self.step_label.font()
        font.setBold(True)
        self.step_label.setFont(font)

        # Which encoding the file was read with, a sample line, and a second reading when close.
        self.encoding_info = QLabel(self)
        self.encoding_info.setObjectName("encoding_info")
        self.encoding_info.setWordWrap(True)
        self.encoding_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.encoding_info.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.encoding_info)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error_label)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label, 1)
        progress_row.addWidget(self.stop_button)
        layout.addLayout(progress_row)
        layout.addLayout(buttons)
        if path is not None:
            self.path_edit.setText(str(path))
        self._show_page(self.PAGE_FILE)

    # --- pages --------------------------------------------------------------------------
    def _build_file_page(self) -> QWidget:
        from petdesk.services import importing

        page = QWidget(self)
        self.path_edit = QLineEdit(page)
        self.path_edit.setObjectName("import_path")
        self.path_edit.setPlaceholderText(self.tr("A .csv, .xlsx or .vcf file"))
        # Alt+H: Alt+C is the dialog's Cancel, and two buttons with one letter only take turns
        # at the focus (Qt's ambiguous shortcut), neither is pressed.
        choose = QPushButton(self.tr("C&hoose…"), page)
        choose.setObjectName("choose_file")
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.target_combo = QComboBox(page)
        self.target_combo.setObjectName("import_target")
        self.target_combo.addItem(self.tr("Contacts (people)"), "contacts")
        self.target_combo.addItem(self.tr("Organisations"), "organisations")
        self.encoding_combo = QComboBox(page)
        self.encoding_combo.setObjectName("import_encoding")
        self.encoding_combo.setEditable(True)  # any codec Python knows may be typed in
        self.encoding_combo.addItem(self.tr("Detect automatically"), "")
        for name in importing.ENCODINGS:
            label = {
                "gb18030": self.tr("GB18030 (Chinese Excel, simplified)"),
                "gbk": self.tr("GBK (older Chinese Windows)"),
                "big5": self.tr("Big5 (traditional Chinese)"),
            }.get(name, name.upper())
            self.encoding_combo.addItem(label, name)
        # Where the column names are (the command line's --header-row); 0: found by their words.
        self.header_row_box = QSpinBox(page)
        self.header_row_box.setObjectName("header_row")
        self.header_row_box.setRange(0, 1_000_000)
        self.header_row_box.setSpecialValueText(self.tr("Find automatically"))
        self.header_row_box.setToolTip(
            self.tr(
                "The line of a CSV file, or the row of a worksheet, that holds the column names; what "
                "is above it is skipped"
            )
        )
        # A file with no column names at all: every row is a record, its columns mapped by number.
        self.no_header_check = QCheckBox(
            self.tr("The file has no colu&mn names: every row is a record"), page
        )
        self.no_header_check.setObjectName("no_header")
        self.no_header_check.toggled.connect(lambda on: self.header_row_box.setEnabled(not on))
        header_row = QHBoxLayout()
        header_row.setContentsMargins(0, 0, 0, 0)
        header_row.addWidget(self.header_row_box)
        header_row.addWidget(self.no_header_check, 1)
        form = QFormLayout(page)
        file_label = QLabel(self.tr("&File:"), page)
        file_label.setBuddy(self.path_edit)  # a label beside a layout gets no buddy: "&File:" showed as it is
        form.addRow(file_label, row)
        form.addRow(self.tr("&Import as:"), self.target_combo)
        form.addRow(self.tr("Text &encoding:"), self.encoding_combo)
        # A workbook's sheet (the command line's --sheet): an office's one workbook holds its
        # organisations, people and visits on sheets of their own (field test 101).
        self.sheet_combo = QComboBox(page)
        self.sheet_combo.setObjectName("import_sheet")
        self.path_edit.textChanged.connect(self._list_sheets)
        sheet_label = QLabel(self.tr("Wor&ksheet:"), page)
        sheet_label.setBuddy(self.sheet_combo)
        form.addRow(sheet_label, self.sheet_combo)
        self._list_sheets(self.path_edit.text())
        header_label = QLabel(self.tr("&Row of column names:"), page)
        header_label.setBuddy(self.header_row_box)
        form.addRow(header_label, header_row)
        # A one-company member list (WeCom, DingTalk) names no organisation: the command line's
        # --organisation. Without it, positions and departments go into the people's notes.
        self.organisation_edit = QLineEdit(page)
        self.organisation_edit.setObjectName("import_organisation")
        self.organisation_edit.setPlaceholderText(self.tr("For a company's member list (WeCom, DingTalk)"))
        self.target_combo.currentIndexChanged.connect(
            lambda _i: self.organisation_edit.setEnabled(self.target_combo.currentData() == "contacts")
        )
        organisation_label = QLabel(self.tr("Organisation of people &without one:"), page)
        organisation_label.setBuddy(self.organisation_edit)
        form.addRow(organisation_label, self.organisation_edit)
        hint = QLabel(
            self.tr(
                "CSV and Excel files from office programs and vCard files from phones and mail programs "
                "(vCard 2.1, 3.0 and 4.0). Nothing is written before the last step, and a file with an "
                "error changes nothing."
            ),
            page,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget(self)
        self.mapping_area = QScrollArea(page)
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setObjectName("mapping_area")
        self.preview_model = RowsModel(self._preview_headers(), parent=self)
        self.preview_view = _table_view(self.preview_model, "preview_table", page)
        # No row looked like column names: the first is taken as them and left out (the command
        # line says so too); said here, before anything is imported.
        self.header_warning = QLabel(page)
        self.header_warning.setObjectName("header_warning")
        self.header_warning.setWordWrap(True)
        tint(self.header_warning, WARNING)
        self.header_warning.hide()
        # No column gives a name: every row not known by its e-mail or phone would be skipped.
        self.name_warning = QLabel(page)
        self.name_warning.setObjectName("name_warning")
        self.name_warning.setWordWrap(True)
        tint(self.name_warning, WARNING)
        # its lines in full: the lists below give up height first (it was cut to one line)
        self.name_warning.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.name_warning.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.header_warning)
        layout.addWidget(self.name_warning)
        layout.addWidget(QLabel(self.tr("Which field does each column hold?"), page))
        # the columns to map get most of the height: a file has dozens (Thunderbird 37), the preview
        # a few first rows (field test 29: 5 columns showed above a mostly empty preview)
        layout.addWidget(self.mapping_area, 2)
        # The columns left out, pointing at the boxes that keep them (import49: the report said
        # what was not imported, never how to keep it).
        self.unmapped_note = QLabel(page)
        self.unmapped_note.setObjectName("unmapped_note")
        self.unmapped_note.setWordWrap(True)
        self.unmapped_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.unmapped_note.hide()
        layout.addWidget(self.unmapped_note)
        layout.addWidget(QLabel(self.tr("Preview (first rows as they will be read):"), page))
        layout.addWidget(self.preview_view, 1)
        return page

    def _build_matches_page(self) -> QWidget:
        page = QWidget(self)
        self.on_match_combo = QComboBox(page)
        self.on_match_combo.setObjectName("on_match")
        self.on_match_combo.addItem(self.tr("Update the existing record"), "update")
        self.on_match_combo.addItem(self.tr("Skip the row"), "skip")
        self.on_match_combo.addItem(self.tr("Add it as a new record"), "add")
        self.on_match_combo.currentIndexChanged.connect(lambda _i: self.start_plan())
        self.plan_summary = QLabel(page)
        self.plan_summary.setObjectName("plan_summary")
        # Warnings before anything is written: they used to appear only on the report (field test 12).
        self.plan_model = RowsModel(
            [self.tr("Line"), self.tr("Name"), self.tr("Action"), self.tr("Why"), self.tr("Warnings")],
            choice_column=2,
            choices=self._action_choices(),
            parent=self,
        )
        self.plan_model.on_choice = self._choose_action
        self.plan_view = _table_view(self.plan_model, "plan_table", page)
        self.plan_view.setItemDelegateForColumn(2, ChoiceDelegate(self.plan_view))
        self.plan_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # Rows that share only a name with someone known (issue 13): listed apart, one decision each.
        self.possible_box = QGroupBox(self.tr("Possible matches: decide for each row"), page)
        self.possible_box.setObjectName("possible_box")
        self.possible_model = RowsModel(
            [
                self.tr("Line"),
                self.tr("Name in the file"),
                self.tr("Known person"),
                self.tr("Action"),
                self.tr("Why"),
                self.tr("Warnings"),
            ],
            choice_column=3,
            choices=self._possible_choices(),
            parent=self,
        )
        self.possible_model.on_choice = self._choose_possible
        self.possible_view = _table_view(self.possible_model, "possible_table", self.possible_box)
        self.possible_view.setItemDelegateForColumn(3, ChoiceDelegate(self.possible_view))
        self.possible_view.setEditTriggers(self.plan_view.editTriggers())
        possible_hint = QLabel(
            self.tr(
                "These rows have the name of someone already known but nothing that proves it is the same "
                "person (an e-mail, a phone, the passport number, or the organisation and date of birth). "
                "They are added as new people unless you choose to link them to the known person or skip "
                "them; a linked row only fills what the person lacks."
            ),
            self.possible_box,
        )
        possible_hint.setWordWrap(True)
        possible_layout = QVBoxLayout(self.possible_box)
        possible_layout.addWidget(possible_hint)
        possible_layout.addWidget(self.possible_view, 1)
        self.possible_box.hide()
        #: Plan item index of each row of the two tables.
        self._plan_rows: list[int] = []
        self._possible_rows: list[int] = []
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("When a row matches an existing record:"), page))
        row.addWidget(self.on_match_combo, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.plan_summary)
        layout.addWidget(self.possible_box, 1)
        self.other_rows_label = QLabel(self.tr("All other rows:"), page)
        self.other_rows_label.hide()
        layout.addWidget(self.other_rows_label)
        layout.addWidget(self.plan_view, 2)
        layout.addWidget(QLabel(self.tr("Double-click an action to change it for one row."), page))
        return page

    def _build_report_page(self) -> QWidget:
        page = QWidget(self)
        self.report_summary = QLabel(page)
        self.report_summary.setObjectName("report_summary")
        self.report_summary.setWordWrap(True)
        self.report_model = RowsModel(
            [self.tr("Line"), self.tr("Name"), self.tr("Result"), self.tr("Why"), self.tr("Warnings")],
            parent=self,
        )
        self.report_view = _table_view(self.report_model, "report_table", page)
        self.report_view.doubleClicked.connect(lambda index: self.check_possible_match(index.row()))
        # The possible matches ask to be checked: open the Duplicates dialog on one (field test 25).
        self.check_button = QPushButton(self.tr("Check Possible Match…"), page)
        self.check_button.setObjectName("check_possible_match")
        self.check_button.setToolTip(
            self.tr("Show every record resembling the selected possible match (⚠), at any score")
        )
        self.check_button.clicked.connect(lambda _checked=False: self.check_possible_match())
        self.check_button.hide()
        # A wrong mapping or a wrong file is taken back as one step (field test 58).
        self.undo_button = QPushButton(self.tr("&Undo Import…"), page)
        self.undo_button.setObjectName("undo_import")
        self.undo_button.setToolTip(
            self.tr("Delete the records this import added and put back the fields it updated")
        )
        self.undo_button.clicked.connect(lambda _checked=False: self.undo_import())
        # A training's registration forms enrol their people from here (field test 68).
        self.training_button = QPushButton(self.tr("Register for a &Training…"), page)
        self.training_button.setObjectName("register_for_training")
        self.training_button.setToolTip(
            self.tr("Register everyone this import added, updated or found as attendees of a training")
        )
        self.training_button.clicked.connect(lambda _checked=False: self.register_for_training())
        self.training_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        row.addWidget(self.training_button)
        row.addWidget(self.undo_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_summary)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(row)
        return page

    def undo_import(self) -> None:
        """Ask, then undo the import just made (the button hides once it is undone)."""
        from petdesk.gui.import_undo import ImportUndo

        self.undoing = ImportUndo(self, self.db, self.ui_locale)
        self.undoing.finished.connect(self._undo_finished)
        self.undoing.start()

    def _undo_finished(self, changed: bool) -> None:
        self.undo_button.setHidden(changed)
        if changed:
            self.training_button.hide()  # the people it named are gone
            self.import_undone.emit()

    def register_for_training(self) -> QDialog:
        """Choose a training and register the people of this import as its attendees."""
        from petdesk.gui.contacts.import_training import TrainingChooser

        def done(text: str) -> None:
            shown = self.report_summary.text()
            if self.report is not None and self.table is not None:
                # the attendance and lodging columns are read now: no longer "not kept"
                from petdesk.services.attendance_mode import registration_columns

                before = self._summary(self.report)
                self.report.read_after(registration_columns(self.table))
                shown = shown.replace(before, self._summary(self.report), 1)
            self.report_summary.setText(shown + "\n" + text)

        self.training_chooser = TrainingChooser(
            self.db, self.imported_people, self.ui_locale, self, done, import_mark=self.import_mark
        )
        if self.table is not None:  # the form's "需要住宿" and "参会方式" columns, if it has them
            from petdesk.services import attendance_mode, form_timestamp
            from petdesk.services.training_lodging import answers_in, notes_in

            self.training_chooser.lodging = (answers_in(self.table), dict(self.imported_lines))
            self.training_chooser.lodging_notes = notes_in(self.table)
            self.training_chooser.modes = attendance_mode.answers_in(self.table)
            self.training_chooser.moments = form_timestamp.answers_in(self.table)
        self.training_chooser.open()
        return self.training_chooser

    def _possible_outcome(self, row: int | None) -> importing.Outcome | None:
        """The outcome of report row ``row`` if it is a possible match written; with no row, the
        selected one, else the first possible match."""
        outcomes = self.report.outcomes if self.report is not None else []
        if row is None:
            row = self.report_view.currentIndex().row()
        if 0 <= row < len(outcomes):
            chosen = outcomes[row]
            return chosen if chosen.possible_match and chosen.record_id else None
        return next((o for o in outcomes if o.possible_match and o.record_id), None)

    def check_possible_match(self, row: int | None = None) -> QDialog | None:
        """The Duplicates dialog on a possible match's record: every pair it is in, at any score."""
        outcome = self._possible_outcome(row)
        if outcome is None or outcome.record_id is None:
            return None
        from petdesk.gui.contacts.merge_dialog import open_duplicates_of

        entity = "contact" if self.target == "contacts" else "organisation"
        return open_duplicates_of(self, self.db, self.ui_locale, entity, outcome.record_id)

    def _action_choices(self) -> list[tuple[str, str]]:
        return [("add", self.tr("Add")), ("update", self.tr("Update")), ("skip", self.tr("Skip"))]

    def _possible_choices(self) -> list[tuple[str, str]]:
        """A possible match is a person to link or a new one (a guest list's namesake, guests56)."""
        return [
            ("add", self.tr("Add as new")),
            ("update", self.tr("Link to the known person")),
            ("skip", self.tr("Skip")),
        ]

    def _say(self, reason: str) -> str:
        """A reason from the importer in the interface language (the core catalogue has them)."""
        from petdesk.services.duplicates import translate_reason

        return translate_reason(reason, self._core_tr)

    def _warnings(self, warnings: Sequence[str]) -> str:
        """A row's warnings in one cell (unmarked: ⚠ already marks a possible match)."""
        separator = "；" if is_chinese(self.ui_locale) else "; "  # Chinese sentences, Chinese punctuation
        return separator.join(self._say(w) for w in warnings)

    # --- navigation ---------------------------------------------------------------------

    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        titles = {
            self.PAGE_FILE: self.tr("Step 1 of 4: choose a file"),
            self.PAGE_MAPPING: self.tr("Step 2 of 4: map the columns"),
            self.PAGE_MATCHES: self.tr("Step 3 of 4: check matches with existing records"),
            self.PAGE_REPORT: self.tr("Step 4 of 4: result"),
        }
        self.step_label.setText(titles[page])
        self.back_button.setEnabled(page in (self.PAGE_MAPPING, self.PAGE_MATCHES))
        self.next_button.setVisible(page != self.PAGE_REPORT)
        self.next_button.setText(self.tr("&Import") if page == self.PAGE_MATCHES else self.tr("&Next >"))
        self.close_button.setText(self.tr("&Close") if page == self.PAGE_REPORT else self.tr("&Cancel"))

    def go_back(self) -> None:
        page = self.stack.currentIndex()
        if page == self.PAGE_MATCHES and self.table is not None:
            self._show_page(self.PAGE_MAPPING)
        elif page in (self.PAGE_MAPPING, self.PAGE_MATCHES):
            self._show_page(self.PAGE_FILE)
        self.error_label.clear()

    def go_next(self) -> None:
        if self._busy:
            return
        page = self.stack.currentIndex()
        if page == self.PAGE_FILE:
            self.start_load()
        elif page == self.PAGE_MAPPING:
            if self._read_records():
                self.start_plan()
        elif page == self.PAGE_MATCHES:
            self.start_import()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            self.path_edit.text() or str(Path.home()),
            self.tr("Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.next_button.setEnabled(not busy)
        self.back_button.setEnabled(
            not busy and self.stack.currentIndex() in (self.PAGE_MAPPING, self.PAGE_MATCHES)
        )
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _fail(self, exc: BaseException) -> None:
        from petdesk import faults
        from petdesk.services import importing

        self._set_busy(False)
        if isinstance(exc, importing.ImportFileError):
            message = self.tr("The file cannot be imported: %1. Nothing was changed.").replace(
                "%1", localize(str(exc), self.ui_locale)
            )
        elif faults.classify(exc) is not None:
            # A full disk, a locked or read-only file: SQLite's error held the SQL and the rows' names
            # (field test 88); the plain sentence says what to do, and that nothing was changed.
            message = self.tr("Import failed: %1").replace(
                "%1", faults.describe_database_write(exc, self.db.path, self.ui_locale)
            )
        else:
            message = self.tr("Import failed: %1. Nothing was changed.").replace(
                "%1", localize(str(exc), self.ui_locale)
            )
        self.error_label.setText(message)
        self.failed.emit(message)

    @property
    def target(self) -> importing.Target:
        return self.target_combo.currentData()

    def _list_sheets(self, text: str) -> None:
        """The worksheets of the workbook named (only the workbook's list of sheets is read)."""
        from petdesk.services import importing

        path = Path(text.strip())
        names: list[str] = []
        if path.suffix.lower() == ".xlsx" and path.is_file():
            try:
                names = importing.worksheet_names(path)
            except Exception:  # a file that cannot be read is refused, in words, when it is loaded
                names = []
        self.sheet_combo.clear()
        for name in names:
            self.sheet_combo.addItem(name, name)
        self.sheet_combo.setEnabled(len(names) > 1)

    # --- step 1: read the file ---------------------------------------------------------
    def start_load(self) -> None:
        from petdesk.services import encoding as encoding_service
        from petdesk.services import importing

        text = self.path_edit.text().strip()
        if not text:
            self.error_label.setText(self.tr("Choose a file to import."))
            return
        path = Path(text)
        encoding = self.chosen_encoding()
        if encoding and not encoding_service.python_knows(encoding):
            self.error_label.setText(
                self.tr("There is no text encoding called “%1”.").replace("%1", encoding)
            )
            return
        target = self.target
        sheet = self.sheet_combo.currentData() or None
        header_row = self.header_row_box.value() or None
        if self.no_header_check.isChecked():
            header_row = importing.NO_HEADER
        self.error_label.clear()
        self._set_busy(True)

        def work() -> tuple[importing.Table | None, importing.LoadedFile | None, int]:
            try:
                with path.open("rb") as f:
                    head = f.read(200)
            except OSError as exc:
                # the other imports' sentence: a mistyped name is not "the folder is not there"
                raise importing.ImportFileError(unreadable(str(path), exc)) from exc
            if importing.detect_format(path, head) == "vcf":
                loaded = importing.load_file(path, target=target, encoding=encoding)
                return None, loaded, loaded.total
            # The header and first rows now; every row is checked (and counted) before mapping.
            table = importing.read_table(path, encoding=encoding, header_row=header_row, sheet=sheet)
            return table, None, table.count()

        run_in_background(work, on_success=self._loaded, on_failure=self._fail, parent=self)

    def chosen_encoding(self) -> str | None:
        """The listed encoding chosen, or the name typed into the box; None to detect."""
        text = self.encoding_combo.currentText().strip()
        index = self.encoding_combo.findText(text)
        if index >= 0:
            return self.encoding_combo.itemData(index) or None
        return text or None

    def _show_encoding(self, detection: encoding_service.Detection | None) -> None:
        if detection is None:
            self.encoding_info.hide()
            return
        from petdesk.services.encoding import sample_helps

        if sample_helps(detection):
            text = arg(self.tr("Read as %1: %2"), detection.encoding, detection.sample)
        else:  # a byte-order mark or plain ASCII: a sample line shows nothing to check
            text = arg(self.tr("Read as %1."), detection.encoding)
        for other in detection.close:
            text += "\n" + arg(
                self.tr(
                    "Uncertain: as %1 it would read: %2 — choose the encoding on the first page if that is "
                    "right."
                ),
                other.encoding,
                other.sample,
            )
        self.encoding_info.setText(text)
        tint(self.encoding_info, CAUTION if detection.close else None)
        self.encoding_info.show()

    def _loaded(self, result: tuple[importing.Table | None, importing.LoadedFile | None, int]) -> None:
        from petdesk.services import importing

        self._set_busy(False)
        table, loaded, self.total = result
        self._show_encoding(table.detection if table is not None else loaded.detection if loaded else None)
        self.table = table
        if table is None:
            assert loaded is not None
            self.loaded_file = loaded
            self.loaded.emit(self.total)
            self.start_plan()
            return
        if self.total == 0:  # column names only: it went through all four steps to "0 rows" (field test 12)
            message = self.tr(
                "%1 has column names but no rows of data below them: there is nothing to import."
            ).replace("%1", Path(self.path_edit.text().strip()).name)
            self.error_label.setText(message)
            self.failed.emit(message)
            return
        remembered = self._remembered_mapping(table.headers)
        self._fill_mapping(table, remembered or importing.guess_mapping(table.headers, self.target))
        self._show_header_warning(table)
        self._show_page(self.PAGE_MAPPING)
        self._refresh_preview()
        self.loaded.emit(self.total)

    # --- step 2: mapping --------------------------------------------------------------
    def _show_header_warning(self, table: importing.Table) -> None:
        """Say so when no row at the top looked like column names: the first is taken as them."""
        if table.header_found:
            self.header_warning.hide()
            return
        if table.unit == "row":
            text = self.tr(
                "No row at the top of this worksheet looks like column names (such as Name, E-mail or "
                "姓名). Row %1 is taken as the column names, so it will not be imported. If the names "
                "are in another row, go back and enter its number as the row of column names. If there "
                "are none, go back and tick “The file has no column names”: every row is then "
                "imported, and you choose the field of each column."
            )
        else:
            text = self.tr(
                "No line at the top of this file looks like column names (such as Name, E-mail or 姓名). "
                "Line %1 is taken as the column names, so it will not be imported. If the names are on "
                "another line, go back and enter its number as the row of column names. If there are "
                "none, go back and tick “The file has no column names”: every line is then "
                "imported, and you choose the field of each column."
            )
        self.header_warning.setText(arg(text, str(table.header_line)))
        self.header_warning.show()

    def _fill_mapping(self, table: importing.Table, mapping: dict[int, str]) -> None:
        from petdesk.services import importing

        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.addWidget(QLabel(_bold(self.tr("Column"))), 0, 0)
        grid.addWidget(QLabel(_bold(self.tr("Examples"))), 0, 1)
        grid.addWidget(QLabel(_bold(self.tr("Field"))), 0, 2)
        self._mapping_combos = []
        fields = importing.fields_for(self.target)
        for i, header in enumerate(table.headers):
            samples = [row[i] for _, row in table.rows if i < len(row) and row[i]][:3]
            combo = QComboBox(grid_widget)
            combo.setObjectName(f"mapping_{i}")
            combo.addItem(self.tr("(ignore this column)"), "")
            for key in fields:
                combo.addItem(field_label(key, self.target), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(i, ""))))
            combo.currentIndexChanged.connect(lambda _i: self._refresh_preview())
            self._mapping_combos.append(combo)
            # each example isolated: "م. · د. · H.E." showed right to left as ".H.E · د. · م."
            example = QLabel(left_to_right(" · ".join(samples)), grid_widget)
            example.setToolTip("\n".join(samples))
            # Long examples wrap: unwrapped, three e-mail addresses pushed the field boxes out of
            # sight behind a horizontal scroll bar ("全名（任意", field test 64).
            example.setWordWrap(True)
            grid.addWidget(
                QLabel(
                    left_to_right(header) or self.tr("(column %1)").replace("%1", str(i + 1)), grid_widget
                ),
                i + 1,
                0,
            )
            grid.addWidget(example, i + 1, 1)
            grid.addWidget(combo, i + 1, 2)
        grid.setColumnStretch(1, 1)
        # The rows stay together at the top: a short file's spare height went to the titles' row,
        # which stood in the middle of an empty box far above its columns (shots54, 1400×900).
        grid.setRowStretch(len(table.headers) + 1, 1)
        self.mapping_area.setWidget(grid_widget)

    def mapping(self) -> dict[int, str]:
        """The mapping as chosen in the combo boxes (column index -> field key)."""
        return {i: combo.currentData() for i, combo in enumerate(self._mapping_combos) if combo.currentData()}

    def set_mapping(self, column: int, field: str) -> None:
        combo = self._mapping_combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def _read_records(self) -> bool:
        from petdesk.services import importing

        assert self.table is not None
        try:
            self.loaded_file = importing.LoadedFile.from_table(
                Path(self.path_edit.text().strip()), self.table, self.mapping(), self.target, self.total
            )
        except importing.ImportFileError as exc:
            self.error_label.setText(localize(str(exc), self.ui_locale))
            return False
        self.error_label.clear()
        return True

    def _preview_headers(self, travel: Sequence[str] = ()) -> list[str]:
        """The preview's titles: the six every file has, then the ``travel`` fields it maps."""
        return [
            self.tr("Line"),
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Position"),
            self.tr("E-mail, phone, messaging"),
            self.tr("Notes"),
            *(field_label(key) for key in travel),
        ]

    def _refresh_preview(self) -> None:
        from petdesk.services import importing

        if self.table is None:
            return
        head = importing.Table(
            headers=self.table.headers,
            rows=self.table.rows[:PREVIEW_ROWS],
            unit=self.table.unit,
            header_line=self.table.header_line,
        )
        try:
            records = importing.records_from_table(head, self.mapping(), self.target)
        except importing.ImportFileError as exc:
            self.preview_model.set_rows([])
            self.preview_view.resizeColumnsToContents()  # the titles in full ("箱、电话、即时通" was cut)
            self.error_label.setText(localize(str(exc), self.ui_locale))
            self.next_button.setEnabled(False)
            return
        self.error_label.clear()
        self.next_button.setEnabled(not self._busy)
        self._show_name_warning(importing.lacks_a_name(self.mapping(), self.target))
        self._show_unmapped()
        organisation = self.organisation_edit.text()  # what is stored, not only what the file says
        # A passport list's columns show as read (field82 added them as fields; the preview left
        # them out, so the nationality read from "KAZ" could not be checked before importing).
        chosen = set(self.mapping().values())
        travel = [key for key in TRAVEL_FIELDS if key in chosen] if self.target == "contacts" else []
        self.preview_model.headers = self._preview_headers(travel)
        stored = [importing.as_stored(r, organisation) for r in records]
        self.preview_model.set_rows(
            [[*_preview_row(r, self.ui_locale), *_travel_cells(r, travel, self.ui_locale)] for r in stored]
        )
        self.preview_view.resizeColumnsToContents()

    def _show_unmapped(self) -> None:
        """The columns with data that no field takes, and where to keep one (its box above)."""
        from petdesk.services import csv_dialects

        assert self.table is not None
        chosen = self.mapping()
        left_out = [
            header
            for i, header in enumerate(self.table.headers)
            if i not in chosen
            and header
            and not csv_dialects.is_ignored(header)
            and any(i < len(row) and row[i].strip() for _, row in self.table.rows)
        ]
        self.unmapped_note.setVisible(bool(left_out))
        if left_out:
            self.unmapped_note.setText(
                arg(
                    self.tr(
                        "Not imported: %1. To keep one of these columns, choose a field for it in its "
                        "box under “Field” above (Notes keeps any text)."
                    ),
                    # quoted: a header is any text, and "Not imported: No.." / "未导入：No.。" read as a typo
                    join_like([f"“{header}”" for header in left_out], self.ui_locale),
                )
            )

    def _show_name_warning(self, lacking: bool) -> None:
        self.name_warning.setVisible(lacking)
        if lacking:
            self.name_warning.setText(
                self.tr(
                    "No column gives a name (such as Name, Vorname and Nachname, or 姓名). Without one, "
                    "only rows whose e-mail or phone belongs to someone already known are used; every "
                    "other row will be skipped. Choose the field of the name columns below."
                )
            )

    # --- step 3: matches ---------------------------------------------------------------
    def _remembered_mapping(self, headers: list[str]) -> dict[int, str]:
        """The mapping a user chose for a file with exactly these headers, if any."""
        from petdesk.services import importing

        known = importing.fields_for(self.target)
        saved = remembered_mappings.recall(self.target, headers)
        return {int(k): v for k, v in saved.items() if k.isdigit() and v in known}

    def _remember_mapping(self) -> None:
        from petdesk.services import importing

        if self.table is None or not self._mapping_combos:
            return
        chosen = self.mapping()
        if chosen != importing.guess_mapping(self.table.headers, self.target):
            remembered_mappings.remember(
                self.target, self.table.headers, {str(k): v for k, v in chosen.items()}
            )

    def start_plan(self) -> None:
        from petdesk.services import importing

        if self.loaded_file is None or self._busy:
            return
        self._remember_mapping()
        loaded, target = self.loaded_file.with_organisation(self.organisation_edit.text()), self.target
        on_match = self.on_match_combo.currentData()
        source = f"import:{Path(self.path_edit.text()).name}"
        db = self.db
        self._set_busy(True)

        locale = self.ui_locale

        def work(progress: Callable[[int, int], None]) -> tuple[importing.ImportPlan, dict[str, str]]:
            # The plan says what the import will do, as the command line's dry run does: an update
            # that changes nothing is "already up to date" (``check``, in the same pass).
            with db.reading() as session:
                plan = importing.plan_import(
                    session, loaded, target, on_match, source=source, on_progress=progress, check=True
                )
                known = _known_people(session, plan, locale)
                return plan, known

        self._run_with_progress(
            work, self._planned, QCoreApplication.translate("ImportDialog", "Matching rows… %1%")
        )

    def _run_with_progress(self, work: Callable[..., Any], done: Callable[[Any], None], text: str) -> None:
        """Run ``work(progress)`` in the background, saying how far it is under the page, with a
        Stop button beside it."""
        stop = self._stop = StopFlag()
        self.stop_button.setEnabled(True)
        self.stop_button.show()

        def show(n: int, total: int) -> None:
            if stop.is_set():
                return
            self.progress_label.setText(text.replace("%1", str(n * 100 // total if total else 100)))
            self.progress_label.show()
            self.progressed.emit(n, total)

        def finished(result: Any) -> None:
            self.stop_button.hide()
            self.progress_label.hide()
            done(result)

        def failed(exc: BaseException) -> None:
            self.stop_button.hide()
            self.progress_label.hide()
            if isinstance(exc, Cancelled):
                self._set_busy(False)
                self.progress_label.setText(self.tr("Stopped; nothing was changed."))
                self.progress_label.show()
                return
            self._fail(exc)

        run_in_background(
            work, on_success=finished, on_failure=failed, on_progress=show, parent=self, stop=stop
        )

    def stop(self) -> None:
        """Stop the matching or the import under way (the Stop button)."""
        self._stop.set()
        self.stop_button.setEnabled(False)
        self.progress_label.setText(self.tr("Stopping…"))
        self.progress_label.show()

    def _planned(self, result: tuple[importing.ImportPlan, dict[str, str]]) -> None:
        self._set_busy(False)
        plan, known = result
        self.plan = plan
        self._plan_rows = [i for i, item in enumerate(plan.items) if not item.possible_match]
        self._possible_rows = [i for i, item in enumerate(plan.items) if item.possible_match]
        self.plan_model.set_rows(
            [
                [
                    item.record.line,
                    item.record.display_name(),
                    item.action,
                    self._say(item.reason),
                    self._warnings(item.record.warnings),
                ]
                for item in (plan.items[i] for i in self._plan_rows)
            ]
        )
        self.possible_model.set_rows(
            [
                [
                    plan.items[i].record.line,
                    plan.items[i].record.display_name(),
                    "; ".join(known.get(cid, cid[:8]) for cid in plan.items[i].candidates),
                    plan.items[i].action,
                    "⚠ " + self._say(plan.items[i].reason),
                    self._warnings(plan.items[i].record.warnings),
                ]
                for i in self._possible_rows
            ]
        )
        self.possible_box.setVisible(bool(self._possible_rows))
        self.other_rows_label.setVisible(bool(self._possible_rows))
        self.plan_view.resizeColumnsToContents()
        self.possible_view.resizeColumnsToContents()
        _fit_choice_column(self.plan_view, 2)
        _fit_choice_column(self.possible_view, 3)
        self._update_plan_summary()
        self._show_page(self.PAGE_MATCHES)
        # once the page is laid out: the views' widths are known only then
        QTimer.singleShot(0, self, self._fit_why_columns)
        self.planned.emit(plan.total)

    def _fit_why_columns(self) -> None:
        _fit_why_column(self.plan_view, 3)
        _fit_why_column(self.possible_view, 4)

    def _choose_action(self, row: int, action: str) -> None:
        self._apply_choice(self._plan_rows[row], action, self.plan_model, row, 2)

    def _choose_possible(self, row: int, action: str) -> None:
        self._apply_choice(self._possible_rows[row], action, self.possible_model, row, 3)

    def _apply_choice(self, index: int, action: str, model: RowsModel, row: int, column: int) -> None:
        assert self.plan is not None
        item = self.plan.items[index]
        if action == "update" and item.match_id is None:
            if not item.candidates:  # nothing to update: keep what it was
                model.setData(model.index(row, column), item.action)
                return
            item.match_id = item.candidates[0]
        if action == "add" and not item.new_id:
            item.new_id = new_id()
        item.action = action  # type: ignore[assignment]
        self._update_plan_summary()

    def set_action(self, row: int, action: str) -> None:
        """Change what one row of the main table does (as the combo box in the table does)."""
        self.plan_model.setData(self.plan_model.index(row, 2), action, Qt.ItemDataRole.EditRole)

    def set_possible_action(self, row: int, action: str) -> None:
        """Decide for one row of the possible matches (as its combo box does)."""
        self.possible_model.setData(self.possible_model.index(row, 3), action, Qt.ItemDataRole.EditRole)

    def _size_key(self) -> str:
        """The remembered size's key for this screen size (as the main window keeps its own)."""
        room = screen_room(self)
        return f"import_dialog/size-{room.width()}x{room.height()}" if room else "import_dialog/size"

    def _restore_size(self) -> None:
        """The size the user last gave the window on this screen; else most of the screen, so that
        the mapping step shows many of a file's columns (field test 29: 920×620 on 1920×1080 showed
        5 of Thunderbird's 37)."""
        saved = QSettings().value(self._size_key())
        if isinstance(saved, QSize) and saved.isValid():
            resize_within_screen(self, saved.width(), saved.height())
        else:
            resize_to_screen_share(self, 0.75, 0.8, QSize(920, 620))

    def hideEvent(self, event: QHideEvent) -> None:
        QSettings().setValue(self._size_key(), self.size())
        super().hideEvent(event)

    def _update_plan_summary(self) -> None:
        assert self.plan is not None
        self.plan_summary.setText(
            arg(
                self.tr("%Ln row(s): %1 to add, %2 to update, %3 to skip", "", self.plan.total),
                QLocale().toString(self.plan.count("add")),
                QLocale().toString(self.plan.count("update")),
                QLocale().toString(self.plan.count("skip")),
            )
            + (
                "\n"
                + self.tr(
                    "%Ln possible match(es) (⚠): same name as someone known; "
                    "added as new people — check them",
                    "",
                    n,
                )
                if (n := self.plan.possible)
                else ""
            )
            + (
                "\n" + self.tr("%Ln row(s) with warnings: the values they name are left out", "", n)
                if (n := self.plan.warned)
                else ""
            )
            + (  # a Microsoft Forms "anonymous": said before the import too, once
                "\n" + self.tr("The form collected no e-mail addresses (“anonymous” in %Ln row(s)).", "", n)
                if (n := self.plan.anonymous_emails)
                else ""
            )
        )

    # --- step 4: import ---------------------------------------------------------------
    def start_import(self) -> None:
        from petdesk.services import backups, import_undo, importing

        assert self.plan is not None
        plan, db = self.plan, self.db
        self._set_busy(True)
        people: list[str] = []  # everyone the file names, for Register for a Training…
        self.imported_people = people
        #: Line → person: the form's "需要住宿" answers go onto the registrations (lodging51).
        self.imported_lines = lines = {}
        self.import_mark = None

        def seen(outcome: importing.Outcome) -> None:
            if outcome.record_id:
                people.append(outcome.record_id)
                lines[outcome.line] = outcome.record_id

        def work(progress: Callable[[int, int], None]) -> importing.ImportReport:
            # A backup first, removed again if the import fails; all or nothing. While the backup is
            # made (a minute at a million contacts) the import is at 0%, and Stop works.
            backing_up = lambda _done, _total: progress(0, plan.total)  # noqa: E731
            with backups.guard(db.path, "before-import", progress=backing_up) as backup:
                with db.transaction() as session:
                    report = importing.apply_import(session, plan, on_progress=progress, on_outcome=seen)
                    self.import_mark = import_undo.last_import(session)  # None when it changed nothing
                if not report.count("added") and not report.count("updated"):
                    backups.discard(backup.path)  # nothing changed: keep the older backups instead
                return report

        self._run_with_progress(
            work, self._imported, QCoreApplication.translate("ImportDialog", "Importing… %1%")
        )

    def _imported(self, report: importing.ImportReport) -> None:
        self._set_busy(False)
        self.report = report
        results = {"added": self.tr("added"), "updated": self.tr("updated"), "skipped": self.tr("skipped")}
        self.report_model.set_rows(
            [
                [
                    o.line,
                    o.name,
                    results.get(o.action, o.action),
                    self._say(o.reason),
                    self._warnings(o.warnings),
                ]
                for o in report.outcomes
            ]
        )
        self.report_view.resizeColumnsToContents()
        QTimer.singleShot(0, self, lambda: _fit_why_column(self.report_view, 3))
        self.check_button.setVisible(any(o.possible_match and o.record_id for o in report.outcomes))
        self.undo_button.setVisible(bool(report.count("added") or report.count("updated")))
        self.training_button.setVisible(self.target == "contacts" and bool(self.imported_people))
        self.report_summary.setText(self._summary(report))
        self._show_page(self.PAGE_REPORT)
        self.imported.emit(report)

    def _summary(self, report: importing.ImportReport) -> str:
        """The report's sentences: counts, new organisations, what to check, what was not kept."""
        text = arg(
            self.tr("%1 added, %2 updated, %3 skipped."),
            str(report.count("added")),
            str(report.count("updated")),
            str(report.count("skipped")),
        )
        space = "" if is_chinese(self.ui_locale) else " "  # between sentences: "…。新增机构：…"
        if report.organisations_added:
            text += space + self.tr("New organisations: %1.").replace(
                "%1", join_like(report.organisations_added, self.ui_locale)
            )
        if report.possible:
            text += space + self.tr(
                "%Ln possible match(es) (⚠) to check: select one and check it with the button below.",
                "",
                report.possible,
            )
        if linked := [o.name for o in report.outcomes if o.linked]:
            text += space + self.tr("Linked to people already known: %1.").replace(
                "%1", join_like(linked, self.ui_locale)
            )
        if report.warned:
            text += space + self.tr("%Ln row(s) with warnings.", "", report.warned)
        if report.blank_rows:  # empty rows between records: left out, but said (never silently)
            text += space + self.tr("%Ln blank row(s) skipped.", "", report.blank_rows)
        if report.anonymous_emails:  # a Microsoft Forms "anonymous": once, not a warning per row
            text += space + self.tr(
                "The form collected no e-mail addresses (“anonymous” in %Ln row(s)).",
                "",
                report.anonymous_emails,
            )
        if report.dropped:  # what the file carried that petdesk has no field for, never left unsaid
            text += space + self.tr("Not kept: %1.").replace(
                "%1",
                join_like(report.dropped_words(translator(self.ui_locale)), self.ui_locale),
            )
        return text


def _known_people(session: Any, plan: importing.ImportPlan, locale: str) -> dict[str, str]:
    """Name and current organisation of each person a possible match is about, by id; for a person
    an earlier row of the file adds (rows with ids of their own stay apart), that row."""
    out: dict[str, str] = {}
    for item in plan.items:
        for cid in item.candidates if item.possible_match else ():
            if cid in out:
                continue
            if cid in item.file_rows:
                name, line = item.file_rows[cid]
                text = QCoreApplication.translate("ImportDialog", "%1 (line %2 of this file)")
                out[cid] = arg(text, name, str(line))  # a name holding "%2" stays as it is
                continue
            contact = session.get(m.Contact, cid)
            if contact is None:
                continue
            current = contact.current_affiliation()
            org = current.organisation.display_name(locale) if current is not None else ""
            # Both scripts: the file may spell the name in the other one.
            name = " / ".join(dict.fromkeys(n for n in (contact.name_zh, contact.name_latin) if n))
            out[cid] = name + (f" ({org})" if org else "")
    return out


#: The travel-document fields the preview adds a column for when the file maps them. The birthday
#: too: a passport list's "12.03.1987" could not be checked as read, day or month first (shots53b);
#: and the gender, a passport's too: "Nam"/"Nữ" read as male/female could not be checked (shots54).
TRAVEL_FIELDS = ("gender", "birthday", "nationality", "passport_number", "passport_expiry")


def _travel_cells(rec: importing.Record, travel: Sequence[str], locale: str) -> list[str]:
    """The ``travel`` fields of a contact as the window shows them (a country's name, a date)."""
    from petdesk.i18n import format_date
    from petdesk.labels import GENDERS, code_label, country_name
    from petdesk.services import importing

    if not isinstance(rec, importing.ContactRecord):
        return ["" for _key in travel]
    cells = []
    for key in travel:
        value = str(getattr(rec, key) or "")
        if value and key == "nationality":
            value = country_name(value, locale)
        elif value and key == "gender":  # the stored code ("m"), named as the contact's page names it
            value = code_label(GENDERS, value, locale)
        elif value and key in ("birthday", "passport_expiry"):
            with suppress(ValueError):  # else kept as the file wrote it
                value = format_date(dt.date.fromisoformat(value), locale)
        cells.append(value)
    return cells


def _preview_row(rec: importing.Record, locale: str) -> list[Any]:
    from petdesk.services import importing

    # the import's "left out" lines in the window's language (stored in the person's name's)
    notes = importing.notes_for_reader(rec.notes, chinese=is_chinese(locale))

    if isinstance(rec, importing.ContactRecord):
        org = " / ".join(p for p in (rec.organisation_zh, rec.organisation_en) if p)
        position = " / ".join(p for p in (rec.position_zh, rec.position_en) if p)
        methods = ", ".join(value for _, _, value in rec.methods)
        return [rec.line, rec.display_name(), org, position, methods, notes]
    place = " / ".join(p for p in (rec.city_zh, rec.city_en, rec.country) if p)
    return [rec.line, rec.display_name(), place, rec.kind.value if rec.kind else "", rec.website, notes]


# --- window actions -----------------------------------------------------------------------------

# The save dialog's file types: the format, the export's options, the label.
EXPORT_FILTERS: tuple[tuple[str, dict[str, str], str], ...] = (
    ("vcf", {}, QT_TRANSLATE_NOOP("ContactsIO", "vCard 4.0 for phones and mail programs (*.vcf)")),
    # older Huawei/Xiaomi and feature phones read 3.0 best (field test 35, D7)
    ("vcf", {"vcard_version": "3.0"}, QT_TRANSLATE_NOOP("ContactsIO", "vCard 3.0 for older phones (*.vcf)")),
    ("csv", {}, QT_TRANSLATE_NOOP("ContactsIO", "CSV for Excel (*.csv)")),
    # older Chinese Excel, Outlook and Foxmail read a CSV as GBK (field test 35, D3)
    (
        "csv",
        {"encoding": "gb18030"},
        QT_TRANSLATE_NOOP(
            "ContactsIO", "CSV in GB18030 for older Chinese Excel, Outlook and Foxmail (*.csv)"
        ),
    ),
    ("xlsx", {}, QT_TRANSLATE_NOOP("ContactsIO", "Excel workbook (*.xlsx)")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactsIO", text)


# An export that ends sooner shows no progress window (most exports of a selection).
EXPORT_PROGRESS_DELAY_MS = 700
#: Seconds the integrity check beside an export of all contacts may take (as on the command line).
EXPORT_CHECK_BUDGET_S = 0.25
#: The bytes of rows a CSV export of all contacts holds at a time to put them in name order: the
#: command line's 135 MB took the window (250 MB open) to 339-366 MB at 100,000 contacts; 16 MB
#: holds some 25,000 contacts (issue 17: 300 MB for any command), for a tenth more time.
EXPORT_BLOCK_TEXT = 16_000_000


def export_filters() -> str:
    """The save dialog's file types for a contacts export, in the window's language."""
    return ";;".join(_tr(label) for _, _, label in EXPORT_FILTERS)


def export_format(path: str, chosen_filter: str) -> tuple[str, exporting.Format]:
    """The file and its format: the name's ending decides (contacts.xlsx is Excel whatever the
    filter), else the file type chosen, else vCard; a name without an ending gets the format's."""
    fmt = next((key for key, _, label in EXPORT_FILTERS if _tr(label) == chosen_filter), None)
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("vcf", "csv", "xlsx"):
        fmt = suffix
    fmt = fmt or "vcf"
    if not Path(path).suffix:
        path = f"{path}.{fmt}"
    return path, fmt  # type: ignore[return-value]


def export_options(path: str, chosen_filter: str) -> dict[str, str]:
    """The export's options the file type chosen carries (a CSV's encoding), when the file is of
    that type (:func:`export_format`'s path); none otherwise."""
    fmt = Path(path).suffix.lower().lstrip(".")
    for key, options, label in EXPORT_FILTERS:
        if _tr(label) == chosen_filter and key == fmt:
            return dict(options)
    return {}


def export_contacts_to(
    parent: QWidget,
    db: Database,
    path: Path,
    fmt: exporting.Format,
    *,
    ids: Sequence[str] | None = None,
    training_id: str | None = None,
    on_done: Callable[[int], None] | None = None,
    encoding: str = "utf-8",
    vcard_version: str = "4.0",
    delimiter: str = ",",
) -> Operation:
    """Write contacts (``ids``, a training's attendees, or all) to ``path`` in the background;
    tell the user when done. ``encoding`` and ``delimiter``: a CSV's (``exporting.CSV_ENCODINGS``,
    :mod:`petdesk.csv_separators`).
    An export that takes a while (a hub's whole file: a minute at a million contacts) shows its
    progress in a window whose Stop button ends it with no file written."""
    from petdesk import bulkload
    from petdesk.services import export_child, exporting, memory, record_people

    stop = StopFlag()
    language = QLocale().name()  # a CSV/Excel file's headers and words in the window's language
    warnings: list[str] = []  # what the file could not hold (photos in CSV): said when done

    def work(progress: Callable[[int, int], None]) -> int:
        try:
            if training_id is not None:  # as `petdesk export-contacts --training` does
                with db.reading() as session:
                    return record_people.export_training_attendees(
                        session,
                        training_id,
                        path,
                        fmt,
                        on_progress=progress,
                        language=language,
                        on_warning=warnings.append,
                        encoding=encoding,
                        vcard_version=vcard_version,
                        delimiter=delimiter,
                    )
            if ids is None and _export_in_child(db):  # a large file: in a child (issue 17)
                return export_child.export_in_child(
                    db.path,
                    path,
                    fmt,
                    language=language,
                    encoding=encoding,
                    vcard_version=vcard_version,
                    delimiter=delimiter,
                    on_progress=progress,
                    on_warning=warnings.append,
                    stop=stop,
                )
            if ids is None:  # all of them: as the command line does, on a connection of its own
                return exporting.export_all_of_file(
                    db.path,
                    path,
                    fmt,
                    check_budget_s=EXPORT_CHECK_BUDGET_S,
                    block_text=EXPORT_BLOCK_TEXT,
                    on_progress=progress,
                    language=language,
                    on_warning=warnings.append,
                    encoding=encoding,
                    vcard_version=vcard_version,
                    delimiter=delimiter,
                )
            with db.reading() as session:
                return exporting.export_contacts(
                    session,
                    path,
                    fmt,
                    ids=ids,
                    on_progress=progress,
                    language=language,
                    on_warning=warnings.append,
                    encoding=encoding,
                    vcard_version=vcard_version,
                    delimiter=delimiter,
                )
        finally:
            memory.release_after_bulk_work()  # the window lives on: give the export's memory back

    window = parent.window()
    progress_window = QProgressDialog(
        QCoreApplication.translate("ContactsIO", "Exporting contacts to %1…").replace("%1", path.name),
        QCoreApplication.translate("ContactsIO", "Stop"),
        0,
        0,
        window,
    )
    progress_window.setObjectName("export_progress")
    progress_window.setWindowTitle(_tr("Export contacts"))
    progress_window.setAutoClose(False)
    progress_window.setAutoReset(False)
    progress_window.setMinimumDuration(EXPORT_PROGRESS_DELAY_MS)
    # Stop, Esc and closing the window all stop the export
    progress_window.canceled.connect(stop.set)
    status_bar = getattr(window, "statusBar", None)

    def say(text: str, timeout_ms: int) -> None:
        if callable(status_bar):
            status_bar().showMessage(text, timeout_ms)

    def finish() -> None:
        progress_window.canceled.disconnect(stop.set)
        progress_window.hide()  # (close() would say "canceled")
        progress_window.deleteLater()
        # Cycle collection is paused while an export writes; collect what piled up meanwhile here,
        # on the GUI thread (where Qt objects may be deleted), and hand the freed memory back.
        bulkload.give_memory_back()

    def done(n: int) -> None:
        finish()
        if on_done is not None:
            on_done(n)
        if warnings and callable(status_bar):
            # after the caller's "… exported" message, on the same line: the summary of the export
            said = [status_bar().currentMessage(), *(localize(w, language) for w in warnings)]
            say(" — ".join(filter(None, said)), 15000)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, Cancelled):
            say(QCoreApplication.translate("ContactsIO", "Export stopped; no file was written."), 8000)
            return
        message = explain(exc, QLocale().name())
        QMessageBox.warning(parent, _tr("Export contacts"), _tr("Export failed: %1").replace("%1", message))

    def show_progress(done: int, total: int) -> None:
        if stop.is_set():  # a report queued before Stop must not cover "Export stopped…"
            return
        # the export reads and writes a chunk at a time: say how far it is
        percent = str(done * 100 // total) if total else "100"
        say(QCoreApplication.translate("ContactsIO", "Exporting contacts… %1%").replace("%1", percent), 4000)
        progress_window.setMaximum(max(total, 1))
        progress_window.setValue(min(done, max(total, 1)))

    return run_in_background(
        work, on_success=done, on_failure=failed, on_progress=show_progress, parent=parent, stop=stop
    )


def _export_in_child(db: Database) -> bool:
    """Whether an export of all contacts runs in a child process: from ``export_child.CHILD_FROM``
    contacts, where the window kept 20-40 MB of each export's memory (issue 17)."""
    from petdesk.services import duplicates, export_child

    with db.reading() as session:
        return duplicates.contact_rows(session) >= export_child.CHILD_FROM


def choose_and_export(window: MainWindow, ids: Sequence[str] | None = None) -> None:
    """File > Export contacts…: all contacts, or the contacts page's selection when she says so.

    The list selects the row she last clicked to read, so a selection alone does not mean "export
    these" (field test 14: 1 of 2 contacts came out unasked): with a selection, she is asked."""
    if ids is not None:
        _save_and_export(window, list(ids))
        return
    selected = _selected_on_contacts_page(window)
    if not selected:
        _save_and_export(window, None)
        return

    def count_all() -> int:
        from petdesk.services import search as search_service

        with window.db.reading() as session:
            return search_service.count(session, "", kind=search_service.CONTACT)

    def ask(total: int) -> None:
        if total <= len(selected):  # everything is selected anyway
            _save_and_export(window, None)
            return
        scope = ask_export_scope(window, selected=len(selected), total=total)
        if scope is not None:
            _save_and_export(window, selected if scope == "selected" else None)

    run_in_background(count_all, on_success=ask, parent=window)


def _selected_on_contacts_page(window: MainWindow) -> list[str]:
    if "contacts" not in window.page_keys:
        return []
    selected = getattr(window.page("contacts"), "selected_contact_ids", None)
    return list(selected()) if callable(selected) else []


def ask_export_scope(parent: QWidget, *, selected: int, total: int) -> str | None:
    """ "selected", "all" or None (cancelled). All is the default when one row is selected, as a
    click to read a contact selects it; several rows are a choice she made, so they are."""
    box = QMessageBox(parent)
    box.setObjectName("export_scope")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Export contacts"))
    box.setText(QCoreApplication.translate("ContactsIO", "Which contacts do you want to export?"))
    # %1 rather than plural forms: lupdate files translate(…, n) as a plain message (gui/plurals.py)
    selected_button = box.addButton(
        QCoreApplication.translate("ContactsIO", "The %1 selected").replace("%1", f"{selected:,}"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    selected_button.setObjectName("export_selected")
    all_button = box.addButton(
        QCoreApplication.translate("ContactsIO", "All %1 contacts").replace("%1", f"{total:,}"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    all_button.setObjectName("export_all")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(all_button if selected == 1 else selected_button)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is selected_button:
        return "selected"
    if clicked is all_button:
        return "all"
    return None


def default_export_name() -> str:
    """The file name the export offers, in the window's language ("联系人.vcf" in Chinese: a
    Chinese-only user met "contacts.vcf", field test 38 §7)."""
    return QCoreApplication.translate("ContactsIO", "contacts") + ".vcf"


def _save_and_export(window: MainWindow, ids: list[str] | None) -> None:
    """Ask where to save (the title says how many), write, and say how many were written."""
    title = (
        QCoreApplication.translate("ContactsIO", "Export all contacts")
        if ids is None
        else QCoreApplication.translate("ContactsIO", "Export the selected contacts (%1)").replace(
            "%1", f"{len(ids):,}"
        )
    )
    path, chosen = QFileDialog.getSaveFileName(
        window, title, str(Path.home() / default_export_name()), export_filters()
    )
    if not path:
        return
    path, fmt = export_format(path, chosen)
    options: dict[str, str] = export_options(path, chosen)
    if fmt == "csv":
        if (delimiter := csv_separator.ask_separator(window)) is None:
            return
        options["delimiter"] = delimiter

    def done(n: int) -> None:
        window.statusBar().showMessage(
            arg(_tr("%1 contacts exported to %2"), QLocale().toString(n), path), 8000
        )

    export_contacts_to(window, window.db, Path(path), fmt, ids=ids, on_done=done, **options)


def open_import(window: MainWindow) -> ImportDialog:
    dialog = ImportDialog(window.db, window.locale, window)
    dialog.imported.connect(lambda report: _imported(window, dialog, report))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _imported(window: MainWindow, dialog: ImportDialog, report: importing.ImportReport) -> None:
    """Announce the import, and offer its Undo on the list it filled (the bar, Edit › Undo, Ctrl+Z
    on the list) as after a delete: right after an import, Ctrl+Z is the natural way back."""
    announce(Changes.of(CONTACT, ORGANISATION))
    if not (report.count("added") or report.count("updated")) or dialog.plan is None:
        return
    from petdesk.gui.import_undo import ImportUndo
    from petdesk.gui.record_list import RecordListPage

    page = window.page("organisations" if dialog.plan.target == "organisations" else "contacts")
    if not isinstance(page, RecordListPage):
        return

    def undo() -> None:
        page.undoing = ImportUndo(page, window.db, window.locale)  # type: ignore[attr-defined]
        page.undoing.start()  # type: ignore[attr-defined]

    name = Path(dialog.plan.source.removeprefix("import:")).name
    page.offer_undo(
        QCoreApplication.translate("ImportUndo", "Imported %1.").replace("%1", name),
        undo,
        name=QCoreApplication.translate("ImportUndo", "Import of %1").replace("%1", name),
    )
    dialog.import_undone.connect(page.withdraw_undo)  # the dialog's own button took it back


def _collect_soon() -> None:
    from petdesk import bulkload

    QTimer.singleShot(0, bulkload.give_memory_back)


def open_duplicates(window: MainWindow) -> QDialog:
    from petdesk.gui.contacts.merge_dialog import MergeDialog

    dialog = MergeDialog(window.db, window.locale, parent=window)
    # Merges announce themselves on the change bus; every page and the status bar follow.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Its Python side (5,000 pairs at 100,000 contacts) sits in reference cycles with its slots:
    # collect it once the dialog is gone, instead of at some later collection (field test 10).
    dialog.destroyed.connect(_collect_soon)
    dialog.show()
    return dialog


def open_import_history(window: MainWindow) -> QDialog:
    """The recent imports (contacts, catalogue, calendar), to undo an earlier one."""
    from petdesk.gui.import_history import ImportHistoryDialog

    dialog = ImportHistoryDialog(window.db, window.locale, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.import_history = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    """File > Import contacts…, File > Export contacts…, Tools > Find duplicates…"""
    import_action = writes(QAction(_tr("&Import Contacts…"), window))
    import_action.setObjectName("action_import_contacts")
    import_action.triggered.connect(lambda _checked=False: open_import(window))
    window.add_file_action(import_action)
    history_action = writes(
        QAction(QCoreApplication.translate("ContactsIO", "&Undo an Earlier Import…"), window)
    )
    history_action.setObjectName("action_import_history")
    history_action.triggered.connect(lambda _checked=False: open_import_history(window))
    window.add_file_action(history_action)
    export_action = QAction(_tr("&Export Contacts…"), window)
    export_action.setObjectName("action_export_contacts")
    export_action.triggered.connect(lambda _checked=False: choose_and_export(window))
    window.add_file_action(export_action)
    duplicates_action = writes(QAction(_tr("Find &Duplicates…"), window))  # (it merges)
    duplicates_action.setObjectName("action_find_duplicates")
    duplicates_action.triggered.connect(lambda _checked=False: open_duplicates(window))
    window.menu("tools").addAction(duplicates_action)
