"""The import window with field test 29's files (Hannah Vogel, Munich hub)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.core.contacts.io_helpers import DATA_DIR

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REAL = DATA_DIR / "real"


def _next(qtbot, dialog: ImportDialog, signal) -> list:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(signal, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return blocker.args


def test_the_chinese_report_names_what_was_not_kept_in_chinese(  # type: ignore[no-untyped-def]
    qtbot, translators, db: Database, tmp_path: Path
) -> None:
    translators("zh_CN")
    dialog = ImportDialog(db, "zh_CN", path=REAL / "apple_addressbook_photo_person.vcf")
    qtbot.addWidget(dialog)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    _next(qtbot, dialog, dialog.planned)
    _next(qtbot, dialog, dialog.imported)
    summary = dialog.report_summary.text()
    assert "未保存：1 × 显示名称（FN）。" in summary, summary
    dialog.grab().save(str(tmp_path / "report_zh.png"))


def test_one_row_is_one_row(qtbot, translators, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    translators("en")  # the English catalogue has the plural forms, as in the app
    dialog = ImportDialog(db, "en", path=REAL / "thebat_v21_qp_latin1.vcf")
    qtbot.addWidget(dialog)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    _next(qtbot, dialog, dialog.planned)
    assert dialog.plan_summary.text().startswith("1 row: 1 to add, 0 to update, 0 to skip\n")
    # the guessed charset shows among the row's warnings before anything is written
    model = dialog.plan_model
    last = model.columnCount() - 1
    assert "read as windows-1252: “Iksiñski;Piotr”" in model.index(0, last).data()
    dialog.grab().save(str(tmp_path / "bat_matches.png"))


def test_the_window_takes_a_share_of_the_screen_and_keeps_the_size_given(  # type: ignore[no-untyped-def]
    qtbot, db: Database
) -> None:
    """The test screen is 1366×768: the window opens wider than the 920 px it had, within the screen;
    the size the user gives it is the size it opens at next time."""
    dialog = ImportDialog(db, "en", path=REAL / "thunderbird_tb_plain.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    room = dialog.screen().availableGeometry()
    assert 920 < dialog.width() <= room.width() and 620 <= dialog.height() <= room.height()
    _next(qtbot, dialog, dialog.loaded)
    # the mapping of the file's 37 columns gets more of the height than the preview of its first rows
    assert dialog.mapping_area.height() > dialog.preview_view.height()
    dialog.resize(1000, 650)
    dialog.close()
    again = ImportDialog(db, "en", path=REAL / "thunderbird_tb_plain.csv")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (1000, 650)
