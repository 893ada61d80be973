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
