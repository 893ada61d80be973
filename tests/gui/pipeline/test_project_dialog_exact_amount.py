"""The words beside the project dialog's amount boxes echo the figure typed, every digit: the user
checks what they typed there, and 1,800,000.50 read "180万元" (review 49, finding 2)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from tests.gui.pipeline.test_project_dialog_fields import _open, project_id  # noqa: F401 (fixture)

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def test_the_amount_words_are_exact_in_chinese(qtbot: QtBot, db: Database, project_id: str) -> None:  # noqa: F811
    dialog = _open(qtbot, db, project_id, "zh_CN")
    dialog.currency.setCurrentText("CNY")
    dialog.amount.setValue(1_800_000.50)
    dialog.approved.setValue(12_345_678)
    dialog.cofinancing.setValue(123_450_000)
    qtbot.waitUntil(lambda: dialog.amount_words["amount"].text() == "1,800,000.50元")
    assert dialog.amount_words["approved"].text() == "12,345,678元"
    assert dialog.amount_words["cofinancing"].text() == "12,345万元"  # a unit that loses nothing stays
