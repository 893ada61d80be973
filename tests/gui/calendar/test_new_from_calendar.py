"""Ctrl+N on the Calendar page did nothing (review): it now opens a new visit starting on the day
selected in the month, as Ctrl+N does on the Visits page; "New training…" sits beside it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.calendar.page import CalendarPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QKeySequence, Qt
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from petdesk.gui.visits.widgets import from_qdate
from petdesk.models import Visit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def calendar_in_window(qtbot: QtBot, db: Database) -> CalendarPage:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page = window.show_page("calendar")
    assert isinstance(page, CalendarPage)
    return page


def click_day(qtbot: QtBot, page: CalendarPage, day: dt.date) -> None:
    """Click the month view's cell of ``day`` (shown in the month on display)."""
    model, view = page.month_model, page.month_view
    [index] = [
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(7)
        if model.date_at(model.index(row, column)) == day
    ]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_ctrl_n_opens_a_visit_on_the_selected_day_and_saves_it(qtbot: QtBot, db: Database) -> None:
    page = calendar_in_window(qtbot, db)
    day = page.current.replace(day=12)
    click_day(qtbot, page, day)
    assert page.selected_day() == day
    key = QKeySequence(QKeySequence.StandardKey.New)[0]
    QTest.keyClick(QApplication.focusWidget() or page, key.key(), key.keyboardModifiers())
    [editor] = page.editors
    assert isinstance(editor, VisitEditor)
    qtbot.addWidget(editor)
    assert from_qdate(editor.start_date.date()) == day and from_qdate(editor.end_date.date()) == day
    assert not editor.is_dirty()  # the day is a suggestion: Esc asks nothing
    qtbot.keyClicks(editor.title_en, "Delegation from Kunming")
    with qtbot.waitSignal(editor.save_finished) as saved:
        editor.save_action.trigger()
    assert saved.args == [True]
    with db.reading() as s:
        [visit] = s.query(Visit).all()
        assert (visit.start_date, visit.end_date) == (day, day)


def test_new_training_starts_on_the_day_shown(qtbot: QtBot, db: Database) -> None:
    page = calendar_in_window(qtbot, db)
    day = dt.date(2027, 3, 18)
    page.go_to(day)
    page.new_training_action.trigger()
    [editor] = page.editors
    assert isinstance(editor, TrainingEditor)
    qtbot.addWidget(editor)
    assert from_qdate(editor.start_date.date()) == day and from_qdate(editor.end_date.date()) == day
    assert not editor.is_dirty()
    assert page.new_button.defaultAction() is page.new_visit_action
    assert page.new_button.menu().actions() == [page.new_training_action]
    assert page.new_training_action.shortcut().isEmpty()  # Ctrl+N is the visit's, as on Visits
