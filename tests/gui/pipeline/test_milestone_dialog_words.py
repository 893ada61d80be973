"""The milestone dialog: a new milestone has no due date, and 'Due' is not the 'Deadline' kind's
word in Chinese (field test F14)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.gui.mnemonic import without_mnemonic
from petdesk.gui.projects.parts import NO_DATE, MilestoneDialog
from petdesk.gui.qt import QDate, QFormLayout, QLabel, QPoint, Qt

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen popups too


def test_a_new_milestone_starts_without_a_due_date(qtbot: QtBot) -> None:
    """It started at today: one made without touching the box was due today, in the reminders."""
    dialog = MilestoneDialog("en")
    qtbot.addWidget(dialog)
    assert dialog.due.date() == NO_DATE and dialog.due.text() == "—"
    dialog.title_en.setText("Inception report")
    assert dialog.result_draft(1, None).due is None


def test_due_and_the_deadline_kind_differ_in_chinese(qtbot: QtBot, tree_window_catalogue) -> None:  # type: ignore[no-untyped-def]
    dialog = MilestoneDialog("zh_CN")
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    assert form is not None
    due = form.labelForField(dialog.due)
    assert isinstance(due, QLabel) and without_mnemonic(due.text()) == "到期日"  # 到期日(&D)
    deadline = dialog.kind.itemText(dialog.kind.findData("deadline"))
    assert deadline == "截止日期" != without_mnemonic(due.text())


def test_the_empty_due_dates_calendar_opens_on_this_month(qtbot: QtBot) -> None:
    """Not on January 2000, the date that stands for "no date"."""
    dialog = MilestoneDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.due
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 5, box.height() // 2))
    calendar = box.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert box.date() == NO_DATE  # only the page moved: still no due date until one is picked
    calendar.parentWidget().close()
