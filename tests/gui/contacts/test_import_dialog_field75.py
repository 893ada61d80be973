"""The import dialog with field test 75's registration sheet: "Name (English)", "Name (Arabic)" and
"Name (Thai)" are recognised (no "every other row will be skipped" warning), named in Chinese in the
Chinese window, and the plan adds every row."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.core.contacts.io_helpers import DATA_DIR

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.usefixtures("tree_window_catalogue")
def test_delegation_sheet_name_columns(qtbot, db: Database) -> None:
    dialog = ImportDialog(db, "zh_CN", path=DATA_DIR / "field75" / "delegation_list.xlsx")
    qtbot.addWidget(dialog)
    dialog.resize(1024, 640)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert [dialog.mapping().get(i) for i in (1, 2, 3)] == ["name_latin", "name_native", "name_native"]
    assert dialog.name_warning.isHidden()
    # the column left out is quoted: it read "未导入：No.。" (shots51)
    assert dialog.unmapped_note.text().startswith("未导入：“No.”。"), dialog.unmapped_note.text()
    combo = dialog.findChild(type(dialog.target_combo), "mapping_2")
    assert combo.currentText() == "原文姓名（全名）"
    with qtbot.waitSignal(dialog.planned, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [7]
    added = [dialog.plan_model.index(r, 2).data() for r in range(dialog.plan_model.rowCount())]
    assert len(added) == 7 and len(set(added)) == 1  # all seven "to add"
