"""Field test 61, second follow-up: the calendar's visit and training editors and the activity log's
entry dialog left the focus nowhere once they closed by Esc, so the officer's next arrow key did
nothing until a click. The focus is back on the day, event or row they were opened from."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.activities import open_activity_log
from petdesk.gui.calendar.page import AGENDA, MONTH, CalendarPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QKeySequence, Qt, QWidget
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import activities
from petdesk.services import organisations as org_service
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.helpers.editors import loaded

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

DAY = dt.date(2027, 5, 12)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    with db.transaction() as s:
        vs.create_visit(s, title_en="Kiel delegation", start_date=DAY, end_date=DAY)
        ts.create_training(s, title_en="Sludge course", start_date=DAY, end_date=DAY)
        water = org_service.create_organisation(s, name_en="Stuttgart Water Tech GmbH")
        for subject, month in (("Call Anna", 12), ("Budget note", 11)):
            activities.add_activity(
                s, kind="call", subject=subject, organisation_id=water.id,
                occurred_at=dt.datetime(2026, month, 1, 9, tzinfo=dt.UTC),
            )  # fmt: skip
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    return win


def _esc_and_wait(qtbot: QtBot, editor: QWidget) -> None:
    qtbot.waitUntil(lambda: editor.isVisible() and editor.isActiveWindow(), timeout=5000)
    QTest.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)


def _calendar(qtbot: QtBot, window: MainWindow, mode: int) -> CalendarPage:
    page = window.show_page("calendar")
    assert isinstance(page, CalendarPage)
    page.set_mode(mode)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.go_to(DAY)
    return page


@pytest.mark.parametrize(
    ("title", "kind"), [("Kiel delegation", VisitEditor), ("Sludge course", TrainingEditor)]
)
def test_focus61_esc_gives_the_focus_back_to_the_agenda_row(
    qtbot: QtBot, window: MainWindow, title: str, kind: type
) -> None:
    page = _calendar(qtbot, window, AGENDA)
    view = page.agenda_view
    [row] = [r for r, e in enumerate(page.agenda_model.events) if e.title_en == title]
    index = page.agenda_model.index(row, 0)
    view.setFocus()
    view.setCurrentIndex(index)
    middle = view.visualRect(index).center()
    with qtbot.waitSignal(page.opened, timeout=5000):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=middle)
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    [editor] = page.editors
    assert isinstance(editor, kind)
    qtbot.addWidget(editor)
    _esc_and_wait(qtbot, loaded(qtbot, editor))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=3000)
    assert view.currentIndex().row() == row


def test_focus61_esc_in_a_new_visit_gives_the_focus_back_to_the_day(qtbot: QtBot, window: MainWindow) -> None:
    page = _calendar(qtbot, window, MONTH)
    view = page.month_view
    [index] = [
        page.month_model.index(r, c)
        for r in range(page.month_model.rowCount())
        for c in range(7)
        if page.month_model.date_at(page.month_model.index(r, c)) == DAY
    ]
    view.setFocus()
    view.setCurrentIndex(index)
    key = QKeySequence(QKeySequence.StandardKey.New)[0]
    QTest.keyClick(view, key.key(), key.keyboardModifiers())
    [editor] = page.editors
    qtbot.addWidget(editor)
    _esc_and_wait(qtbot, loaded(qtbot, editor))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=3000)
    assert page.selected_day() == DAY


def test_focus61_esc_in_an_activity_gives_the_focus_back_to_the_log_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_activity_log(window)
    qtbot.addWidget(dialog)
    view = dialog.list.table
    qtbot.waitUntil(lambda: dialog.list.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    view.setFocus()
    view.setCurrentIndex(dialog.list.model.index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.editor is not None, timeout=5000)
    editor = dialog.editor
    assert editor is not None and isinstance(editor, QWidget)
    _esc_and_wait(qtbot, editor)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=3000)
    assert view.currentIndex().row() == 1
