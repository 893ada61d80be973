"""Right after a contacts import the list offers its Undo (Ctrl+Z on the list), which asks with the
counts, in Chinese in a Chinese window, and takes the whole import back (field test 58)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog, open_import
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PEOPLE = "姓名,单位,邮箱\n张伟,青岛水务集团,zhang.wei@qdwater.cn\n李娜,昆明市生态环境局,li.na@km.gov.cn\n"


def _next(qtbot: Any, dialog: ImportDialog, signal: Any) -> None:
    with qtbot.waitSignal(signal, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


def _people(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(m.Contact).where(m.Contact.deleted_at.is_(None)))


def test_ctrl_z_on_the_list_undoes_the_import(
    qtbot: Any, translators: Any, db: Database, tmp_path: Path, tree_catalogue: Path, monkeypatch: Any
) -> None:
    from petdesk import i18n

    # this tree's window catalogue, as tree_catalogue gives its core one (new sentences before a merge)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)
    translators("zh_CN")
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    page = window.show_page("contacts")
    path = tmp_path / "参会人员.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    dialog = open_import(window)
    dialog.path_edit.setText(str(path))
    _next(qtbot, dialog, dialog.loaded)
    _next(qtbot, dialog, dialog.planned)
    _next(qtbot, dialog, dialog.imported)
    assert _people(db) == 2
    assert dialog.undo_button.isVisible() and dialog.undo_button.text() == "撤销导入(&U)…"
    dialog.close()

    assert page.undo_bar.isVisible() and page.undo_label.text() == "已导入 参会人员.csv。"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=5000)
    window.menu("edit").aboutToShow.emit()
    assert window.edit_actions["edit_undo"].text() == "撤销导入 参会人员.csv(&U)"  # type: ignore[attr-defined]
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page, "undoing", None) is not None and page.undoing.box is not None)
    box = page.undoing.box
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "撤销 参会人员.csv 的导入：删除新增的 4 条记录。"  # two people, two organisations
    assert box.windowTitle() == "撤销导入"
    go = next(b for b in box.buttons() if b.objectName() == "undo_import_go")
    with qtbot.waitSignal(page.undoing.finished, timeout=20000):
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    told = page.undoing.box.text()
    assert told.startswith("已撤销导入：删除 4 条记录") and "(" not in told
    assert _people(db) == 0
    page.undoing.box.close()
