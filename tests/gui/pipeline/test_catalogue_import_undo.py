"""The catalogue import's result dialog takes the import back (field test 58): Undo Import asks with
the counts, and the records the import added are gone from the list and the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox, Qt
from petdesk.gui.technologies.import_file import run_catalogue_import

# the offscreen platform says so whenever a dialog is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEEDS = "城市,需求名称,领域\n杭州市,供水管网漏损控制,供水\n杭州市,污泥处置,污水处理\n"


def _live_needs(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(m.CityNeed).where(m.CityNeed.deleted_at.is_(None)))


def test_undo_import_button_takes_the_import_back(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("needs")
    path = tmp_path / "needs.csv"
    path.write_text(NEEDS, encoding="utf-8")
    page.import_result = None
    run_catalogue_import(page, db, path, "needs", lambda: None)
    qtbot.waitUntil(lambda: page.import_result is not None and page.import_result.isVisible(), timeout=10_000)
    assert _live_needs(db) == 2
    result = page.import_result
    assert result.undo_button.isVisible()

    qtbot.mouseClick(result.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result.undoing.box is not None and result.undoing.box.isVisible(), timeout=10_000)
    box = result.undoing.box
    # 2 needs and the city government the file added
    assert box.text() == "Undo the import of needs.csv: 3 records added are deleted."
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    go = next(b for b in box.buttons() if b.objectName() == "undo_import_go")
    with qtbot.waitSignal(result.undoing.finished, timeout=10_000) as finished:
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert finished.args == [True]
    told = result.undoing.box
    assert told.text() == "Import undone: 3 records deleted, 0 records put back, 0 links removed."
    assert _live_needs(db) == 0
    assert result.undo_button.isHidden()  # one undo per import
    told.close()
    result.accept()
