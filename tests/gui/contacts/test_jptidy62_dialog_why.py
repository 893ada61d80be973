"""jptidy62: Tools › Tidy Names… lists a Japanese name stored split the Chinese way (佐 / 々木翔) with
the split the import makes now and, in the Why column, the reason, in English and in Chinese."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.name_tidy import NameTidyDialog
from petdesk.services import contacts as cs
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's core catalogue (the Why column's sentences)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _sasaki_as_stored_before(db: Database) -> None:
    with db.transaction() as s:
        person = cs.create_contact(s, family_name_zh="王")  # the import skipped the editor's check
        person.family_name_zh, person.given_name_zh = "佐", "々木翔"


def _row(qtbot: QtBot, db: Database, locale: str) -> list[str]:
    dialog = NameTidyDialog(db, locale)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    model = dialog.model
    assert model.rowCount() == 1
    return [model.index(0, c).data() for c in range(model.columnCount())]


def test_jptidy62_why_column(qtbot: QtBot, db: Database) -> None:
    _sasaki_as_stored_before(db)
    assert _row(qtbot, db, "en") == [
        "佐 々木翔",
        "佐 々木翔 → 佐々木 翔",
        "",  # the honorific is not touched
        "",
        "Japanese name split the Chinese way: 々 cannot start a given name",
    ]


@pytest.mark.usefixtures("tree_catalogue", "tree_window_catalogue")
def test_jptidy62_why_column_in_chinese(qtbot: QtBot, db: Database) -> None:
    _sasaki_as_stored_before(db)
    assert _row(qtbot, db, "zh_CN")[4] == "日文姓名被按中文方式拆分：“々”不能作为名的开头"
