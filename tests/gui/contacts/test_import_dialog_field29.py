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
