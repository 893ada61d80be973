"""A date committed by the input method right after a composition (pinyin "nian") is read, as it
is without one (field test 54, defect 3: the preedit replaced the selected "—" and the commit that
followed was lost without a word)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.date_box import DateBox
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QDate, Qt
from tests.helpers.input_method import commit, preedit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _deadline(qtbot: QtBot, db: Database) -> DateBox:
    dialog = ProjectDialog(db, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    box = dialog.deadline
    assert isinstance(box, DateBox)
    box.setFocus(Qt.FocusReason.TabFocusReason)  # Tab selects the whole text, "—"
    qtbot.waitUntil(box.hasFocus)
    return box


@pytest.mark.parametrize("typed", ["２０２６年１２月５日", "2026/12/5", "２０２６／１２／５"])
def test_a_commit_after_a_preedit_is_read(qtbot: QtBot, db: Database, typed: str) -> None:
    box = _deadline(qtbot, db)
    preedit(box, "nian")
    commit(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.date() == QDate(2026, 12, 5)
    assert box.refusal == ""


def test_a_date_without_a_year_after_a_preedit_is_refused_in_words(qtbot: QtBot, db: Database) -> None:
    box = _deadline(qtbot, db)
    preedit(box, "yue")
    commit(box, "12月5日")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert "12月5日" in box.refusal


def test_a_composition_given_up_leaves_the_box_as_it_was(qtbot: QtBot, db: Database) -> None:
    box = _deadline(qtbot, db)
    shown = box.lineEdit().text()
    preedit(box, "nian")
    preedit(box, "")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert (box.lineEdit().text(), box.refusal) == (shown, "")
