"""Tab in a date or time box stepped through its day, month and year (and hour, minute) before
the next field (review): Tab and Shift+Tab now leave the box in every editor, and Left/Right
still reach its parts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.qt import QApplication, QDateTimeEdit, Qt, QWidget
from petdesk.gui.tab_order import tab_stops
from petdesk.gui.visits.edit import VisitEditor
from petdesk.gui.visits.item import ItemDialog
from tests.helpers.editors import loaded

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def neighbours(dialog: QWidget, box: QWidget) -> tuple[QWidget, QWidget]:
    """The Tab stops before and after ``box`` that can take the focus now."""
    stops = [w for w in tab_stops(dialog) if w.isEnabled() and w.isVisibleTo(dialog)]
    at = stops.index(box)
    return stops[at - 1], stops[at + 1]


def assert_tab_leaves(qtbot: QtBot, dialog: QWidget, box: QDateTimeEdit) -> None:
    before, after = neighbours(dialog, box)
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after, f"Tab stayed in {box.objectName() or box}"
    box.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is before
    # The parts stay within reach: Right walks the cursor into the next one.
    box.setFocus(Qt.FocusReason.OtherFocusReason)
    box.setCurrentSectionIndex(0)
    first = box.currentSection()
    for _ in range(6):
        QTest.keyClick(box, Qt.Key.Key_Right)
    assert box.hasFocus() and box.currentSection() != first


def test_tab_leaves_the_contact_editors_start_date(qtbot: QtBot, db: Database) -> None:
    editor = shown(qtbot, loaded(qtbot, ContactEditDialog(db, "en")))
    assert editor.start_date.date().toPython() == dt.date.today()  # a date: Tab found its month
    assert_tab_leaves(qtbot, editor, editor.start_date)


def test_tab_leaves_the_visit_dates(qtbot: QtBot, db: Database) -> None:
    editor = shown(qtbot, VisitEditor(db, locale="en"))
    assert_tab_leaves(qtbot, editor, editor.start_date)
    assert_tab_leaves(qtbot, editor, editor.end_date)


def test_tab_leaves_a_visit_items_times(qtbot: QtBot) -> None:
    dialog = ItemDialog(locale="en", timezone="Asia/Shanghai", day=dt.date(2026, 12, 7), people=[])
    shown(qtbot, dialog)
    assert_tab_leaves(qtbot, dialog, dialog.start)
    assert_tab_leaves(qtbot, dialog, dialog.end)


def test_tab_leaves_a_follow_ups_due_date(qtbot: QtBot, db: Database) -> None:
    """Field test 63: the follow-ups panel's due date (in the contact, organisation and project
    panes) took three Tabs to leave, one per part."""
    from petdesk.gui.follow_ups.panel import FollowUpPanel

    panel = shown(qtbot, FollowUpPanel(db))
    assert neighbours(panel, panel.due)[1] is panel.note
    assert_tab_leaves(qtbot, panel, panel.due)
