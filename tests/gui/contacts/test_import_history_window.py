"""File › Undo an Earlier Import…: the recent imports listed, newest first, and an older one undone
on its own while the later one stays (field test after 58)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.services import importing

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _live(db: Database, family: str) -> int:
    with db.reading() as s:
        return s.scalar(
            select(func.count())
            .select_from(m.Contact)
            .where(m.Contact.family_name == family, m.Contact.deleted_at.is_(None))
        )


def test_an_earlier_import_undone_from_the_file_menu(qtbot: Any, db: Database, tmp_path: Path) -> None:
    for name, row in (("qingdao.csv", "Zhang,Wei,Qingdao Water Group"), ("hamburg.csv", "Schmidt,Anna,HWW")):
        path = tmp_path / name
        path.write_text("Family Name,Given Name,Organisation\n" + row + "\n", encoding="utf-8")
        with db.transaction() as s:
            importing.import_file(s, path)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    action = window.findChild(type(window.menu("file").actions()[0]), "action_import_history")
    assert action is not None and action.text() == "&Undo an Earlier Import…"
    action.trigger()
    dialog = window.import_history  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.list.count() == 2)
    lines = [dialog.list.item(i).text() for i in range(2)]
    assert "hamburg.csv" in lines[0] and "qingdao.csv" in lines[1] and lines[1].endswith("can be undone")
    dialog.list.setCurrentRow(1)
    assert dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.undoing.box is not None and dialog.undoing.box.isVisible())
    box = dialog.undoing.box
    assert box.text() == "Undo the import of qingdao.csv: 2 records added are deleted."
    go = next(b for b in box.buttons() if b.objectName() == "undo_import_go")
    with qtbot.waitSignal(dialog.undoing.finished, timeout=20000):
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    dialog.undoing.box.close()
    assert (_live(db, "Zhang"), _live(db, "Schmidt")) == (0, 1)
    qtbot.waitUntil(lambda: dialog.list.count() == 2 and dialog.list.item(1).text().endswith("; undone"))
    assert not dialog.list.item(1).flags() & Qt.ItemFlag.ItemIsEnabled  # undone once
    assert dialog.list.currentRow() == 0 and dialog.undo_button.isEnabled()  # the later one can still go
