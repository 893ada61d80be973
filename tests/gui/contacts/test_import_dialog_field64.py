"""The Chinese import dialog names the fields an update changes in Chinese (field test 64: the
matches page said "此行与之重复：notes")."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from petdesk.services import importing

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_matches_page_names_changed_fields_in_chinese(  # type: ignore[no-untyped-def]
    qtbot, translators, db: Database, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("姓名,手机,单位\n陈静,13821979605,北京代表处\n", encoding="utf-8")
    second.write_text(
        "姓名,手机,单位,职务,备注\n陈静,13821979605,北京代表处,项目官员,总部同事\n", encoding="utf-8"
    )
    with db.transaction() as s:
        importing.run_import(s, importing.load_file(first), "contacts")
    translators("zh_CN")
    dialog = ImportDialog(db, "zh_CN", path=second)
    qtbot.addWidget(dialog)
    dialog.show()
    for signal in (dialog.loaded, dialog.planned):
        with qtbot.waitSignal(signal, timeout=10000):
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    model = dialog.plan_model
    row = [str(model.index(0, column).data()) for column in range(model.columnCount())]
    assert any(cell.endswith("：备注、职务（中文）") for cell in row), row
    assert not any("notes" in cell or "position_zh" in cell for cell in row), row
