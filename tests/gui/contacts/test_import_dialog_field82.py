"""The import dialog with field test 82's files: the Bitrix24 export's Russian headers are mapped (no
"no column gives a name" warning), and the passport list's columns go to the travel-document fields,
named in Chinese in the Chinese window."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.core.contacts.io_helpers import DATA_DIR

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAMPLES = DATA_DIR / "field82"


def _mapping_page(qtbot, db: Database, path: Path, locale: str = "en") -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(db, locale, path=path)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 640)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_MAPPING
    return dialog


def test_the_bitrix24_export_is_mapped_with_its_patronymic(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = _mapping_page(qtbot, db, SAMPLES / "bitrix24_contacts_cp1251.csv")
    assert set(dialog.mapping().values()) >= {"family_name", "given_name", "middle_name", "position", "email"}
    assert dialog.name_warning.isHidden()


def test_the_passport_columns_are_named_in_chinese(
    qtbot, tree_window_catalogue, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _mapping_page(qtbot, db, SAMPLES / "embassy_passport_list.xlsx", "zh_CN")
    assert set(dialog.mapping().values()) >= {
        "passport_number",
        "passport_expiry",
        "nationality",
        "given_name",
    }
    combo = dialog.findChild(type(dialog.target_combo), "mapping_4")  # PASSPORT No
    assert combo.currentData() == "passport_number" and combo.currentText() == "护照号码"
    dialog.grab().save(str(tmp_path / "passport_mapping_zh.png"))


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_preview_shows_the_passport_columns_it_maps(  # type: ignore[no-untyped-def]
    qtbot, tree_window_catalogue, db: Database, locale: str
) -> None:
    """polish53: the preview showed no column for the passport fields the file maps."""
    from petdesk.gui.contacts.import_dialog import field_label

    dialog = _mapping_page(qtbot, db, SAMPLES / "embassy_passport_list.xlsx", locale)
    model = dialog.preview_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    travel = ("birthday", "nationality", "passport_number", "passport_expiry")
    assert titles[-4:] == [field_label(key) for key in travel]  # shots53b: the birthday too
    birthday = model.index(0, titles.index(field_label("birthday"))).data()
    assert birthday == {"en": "12 Mar 1987", "zh_CN": "1987年3月12日"}[locale], birthday
    number = [model.index(r, titles.index(field_label("passport_number"))).data() for r in range(3)]
    assert all(n and n == n.upper() and " " not in n for n in number), number
    nationality = model.index(0, titles.index(field_label("nationality"))).data()
    assert nationality and nationality not in ("KAZ", "KZ")  # the country's name, as the window says it
    expiry = model.index(0, titles.index(field_label("passport_expiry"))).data()
    assert expiry and "20" in expiry
    # Left out, the column goes from the preview too.
    column = next(c for c, field in dialog.mapping().items() if field == "passport_number")
    dialog.set_mapping(column, "")
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert field_label("passport_number") not in titles and field_label("nationality") in titles
