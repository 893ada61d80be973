"""The import preview shows a namesake at the same organisation with another Latin name, e-mail and
phone as a possible match to check (added), not as an update of the known person (field test 20)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from petdesk.services import importing

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HEADER = "Name,Chinese name,Email,Mobile,Organisation,Position\n"
WEN = "Zhang Wen,张伟,zhang.wen@sz-water.example,+86 135 0000 1111,Shenzhen Water Group,Engineer\n"
WEI = "Zhang Wei,张伟,zhang.wei@sz-water.example,+86 137 9999 2222,Shenzhen Water Group,Accountant\n"


def test_a_namesake_with_other_names_and_numbers_is_shown_for_review(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path
) -> None:
    first = tmp_path / "sn1.csv"
    first.write_text(
        HEADER + WEN,
        encoding="utf-8",
    )
    with db.transaction() as s:
        importing.import_file(s, first)
    second = tmp_path / "sn2.csv"
    second.write_text(
        HEADER + WEI,
        encoding="utf-8",
    )
    dialog = ImportDialog(db, "en", path=second)
    qtbot.addWidget(dialog)
    dialog.show()
    for signal in (dialog.loaded, dialog.planned):
        with qtbot.waitSignal(signal, timeout=10000):
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "0 to update" in dialog.plan_summary.text()
    assert dialog.possible_box.isVisible() and dialog.possible_model.rowCount() == 1
    assert dialog.possible_model.index(0, 3).data() == "Add as new"
    dialog.grab().save(str(tmp_path / "namesakes.png"))
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert sorted(c.given_name for c in s.scalars(select(m.Contact))) == ["Wei", "Wen"]
