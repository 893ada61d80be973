"""The project dialog's amount boxes read what a Chinese input method commits (field test 54,
defect 2: full-width digits and 万 amounts put "—" back without a word) and refuse in words what
they cannot read."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.projects.project_dialog import AmountBox, ProjectDialog
from petdesk.gui.qt import Qt
from tests.helpers.input_method import commit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _funding_box(qtbot: QtBot, db: Database, locale: str = "zh_CN") -> tuple[ProjectDialog, AmountBox]:
    dialog = ProjectDialog(db, locale)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.amount.setFocus()
    qtbot.waitUntil(dialog.amount.hasFocus)
    dialog.amount.selectAll()
    return dialog, dialog.amount


def _leave(qtbot: QtBot, box: AmountBox) -> None:
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert not box.hasFocus()


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("１，２３４．５６", 1234.56),
        ("１２３４５", 12345),
        ("1.2万", 12_000),
        ("50万元", 500_000),
        ("3亿", 3e8),
    ],
)
def test_a_committed_chinese_amount_is_read(qtbot: QtBot, db: Database, typed: str, amount: float) -> None:
    _dialog, box = _funding_box(qtbot, db)
    commit(box, typed)
    _leave(qtbot, box)
    assert box.value() == amount
    assert box.refusal == ""


def test_a_commit_into_the_dash_replaces_it(qtbot: QtBot, db: Database) -> None:
    _dialog, box = _funding_box(qtbot, db)
    box.lineEdit().deselect()
    box.lineEdit().end(False)
    commit(box, "１２万")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == 120_000


def test_what_cannot_be_read_is_refused_in_chinese_and_the_amount_kept(qtbot: QtBot, db: Database) -> None:
    _dialog, box = _funding_box(qtbot, db)
    box.setValue(1234.56)
    box.selectAll()
    commit(box, "一百二十万")
    _leave(qtbot, box)
    assert box.value() == 1234.56
    assert box.refusal.startswith("一百二十万 不是金额")
