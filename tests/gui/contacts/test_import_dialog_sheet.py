"""The import dialog reads the worksheet chosen (field test 101: the Changsha hub's one workbook holds
合作机构, 联系人, 来访记录 …; the dialog read the first sheet only, so its people could not come in)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.helpers.changsha_workbook import write_workbook

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _next(qtbot, dialog: ImportDialog, signal) -> list:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(signal, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return blocker.args


def test_the_people_of_the_second_sheet(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(db, "en", path=write_workbook(tmp_path / "hub.xlsx"))
    qtbot.addWidget(dialog)
    dialog.show()
    sheets = [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())]
    assert sheets == ["合作机构", "联系人", "来访记录", "培训", "项目"]
    dialog.sheet_combo.setCurrentIndex(1)
    _next(qtbot, dialog, dialog.loaded)
    _next(qtbot, dialog, dialog.planned)
    (report,) = _next(qtbot, dialog, dialog.imported)
    assert report.count("added") == 3
    with db.reading() as s:
        assert sorted(c.family_name_zh + c.given_name_zh for c in s.query(m.Contact)) == [
            "李芳",
            "王建国",
            "陈志强",
        ]
