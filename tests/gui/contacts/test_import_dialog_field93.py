"""The import dialog with field test 93's files: Excel's Windows-1258 sheet is read as Vietnamese
(not "Hoò và tên") with its columns mapped, and the passport list's header is found under its title row;
the preview shows the names composed and family name first."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import QComboBox, QLabel, Qt
from tests.core.contacts.io_helpers import DATA_DIR

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAMPLES = DATA_DIR / "field93"


def _mapping_page(qtbot, db: Database, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(db, "en", path=path)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 640)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_MAPPING
    return dialog


@pytest.mark.parametrize(
    ("sample", "fields"),
    [
        ("excel_cp1258.csv", {"full_name", "honorific", "position", "organisation", "email", "phone"}),
        ("passports.xlsx", {"full_name", "gender", "birthday", "passport_number", "passport_expiry"}),
    ],
)
def test_vietnamese_lists_are_mapped_and_previewed_composed(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, sample: str, fields: set[str]
) -> None:
    dialog = _mapping_page(qtbot, db, SAMPLES / sample)
    assert set(dialog.mapping().values()) >= fields
    assert dialog.name_warning.isHidden()
    model = dialog.preview_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    cells = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    shown = [str(model.index(r, c).data() or "") for r, c in cells]
    assert "Đặng Quốc Việt" in shown
    assert all(unicodedata.is_normalized("NFC", text) for text in shown)
    dialog.grab().save(str(tmp_path / f"{sample}.png"))


def test_the_passport_lists_genders_are_previewed_as_read(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """ "Nam" and "Nữ" are read as male and female (6388c404); the preview had no column to check it by
    (shots54: Gender was mapped, the preview showed birthday and passport only)."""
    dialog = _mapping_page(qtbot, db, SAMPLES / "passports.xlsx")
    model = dialog.preview_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    column = model.headers.index("Gender")
    genders = [model.index(r, column).data() for r in range(3)]
    assert genders == ["Male", "Female", "Male"]  # the sheet's Nam · Nữ · Nam


def test_the_column_titles_stand_on_their_rows_in_a_tall_window(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """At 1400×900 the eight columns of the passport list left spare height, all given to the titles'
    row: "Column", "Examples" and "Field" stood mid-box, 120 px above the first column (shots54)."""
    dialog = _mapping_page(qtbot, db, SAMPLES / "passports.xlsx")
    dialog.resize(1400, 900)
    grid = dialog.mapping_area.widget()
    first = dialog.findChild(QComboBox, "mapping_0")
    assert first is not None
    title = next(w for w in grid.findChildren(QLabel) if w.text() == "<b>Column</b>")

    def settled() -> bool:  # the box has grown for the taller window, with height to spare
        return grid.height() == dialog.mapping_area.viewport().height() > grid.sizeHint().height() + 100

    qtbot.waitUntil(settled, timeout=10000)
    assert first.y() - title.y() < 2 * first.height()  # the titles just above the first column
