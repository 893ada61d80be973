"""Tools > Tidy Phone Numbers…: the preview lists old → new with whose and why and the numbers left;
Rewrite stores the international form, Undo Last Tidy puts every number back as typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.phone_tidy import PhoneTidyDialog
from petdesk.gui.qt import Qt
from petdesk.models.office import Setting
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import contacts as cs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _values(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(text("SELECT value FROM contact_method ORDER BY value")))


def test_preview_rewrite_and_undo(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        s.add(Setting(key=COUNTRY_SETTING, value="CN"))
        for given, number in (("Hua", "0871-6512 3456"), ("Min", "6512 3456")):
            cs.create_contact(
                s, given_name=given, family_name="Li", methods=[cs.Method(channel="phone", value=number)]
            )
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    action = next(a for a in window.menu("tools").actions() if a.objectName() == "action_tidy_phone_numbers")
    action.trigger()
    dialog = window.phone_tidy_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, PhoneTidyDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [
        ["Hua Li", "0871-6512 3456", "+86 871 6512 3456", "CN, the office's country"],
        ["Min Li", "6512 3456", "left as typed", "does not read as a number of CN"],
    ]
    assert dialog.rewrite_button.text().startswith("&Rewrite 1 Number")  # plural forms: the .qm
    assert not dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.rewrite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.undo_button.isEnabled(), timeout=30_000)
    assert _values(db) == ["+86 871 6512 3456", "6512 3456"]
    assert dialog.status.text().startswith("1 number")  # "1 number(s) rewritten." without the English .qm
    assert "rewritten" in dialog.status.text() and "0 number" in dialog.status.text()
    assert not dialog.rewrite_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.rewrite_button.isEnabled(), timeout=30_000)
    assert _values(db) == ["0871-6512 3456", "6512 3456"]
    assert "The last tidy was undone" in dialog.status.text()
    assert not dialog.undo_button.isEnabled()
    dialog.close()


def test_undo_import_after_a_tidy_asks_about_the_import(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """The window's Undo Import (the last import) means yesterday's file, not the tidy run since."""
    from petdesk.gui.import_undo import ImportUndo
    from petdesk.services import importing, phone_tidy

    with db.transaction() as s:
        s.add(Setting(key=COUNTRY_SETTING, value="CN"))
        cs.create_contact(
            s,
            given_name="Hua",
            family_name="Li",
            methods=[cs.Method(channel="phone", value="0871-6512 3456")],
        )
    partners = tmp_path / "partners.csv"
    partners.write_text("Family Name,Given Name,Email\nWang,Fang,wang.fang@km.gov.cn\n", encoding="utf-8")
    with db.transaction() as s:
        importing.import_file(s, partners)
    with db.transaction() as s:
        assert phone_tidy.apply_tidy(s, phone_tidy.plan_tidy(s)) == 1
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    undo = ImportUndo(window, db, "en")
    undo.start()
    qtbot.waitUntil(lambda: undo.box is not None, timeout=30_000)
    assert undo.box is not None
    assert undo.box.text().startswith("Undo the import of partners.csv")
    undo.box.close()


def test_chinese_counts_join_without_a_space(qtbot: QtBot, translators, db: Database) -> None:
    """shots59: "0 个号码待改写。 0 个保持原样。" had a space after "。", as English sentences do."""
    translators("zh_CN")
    dialog = PhoneTidyDialog(db, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    assert "0 个号码待改写。0 个" in dialog.status.text()
