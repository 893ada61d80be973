"""A whole date typed over the selected text of a date box is read, or refused in words (field
test 38, defect 4: after Ctrl+A, "2026/12/20" left the visit's date at today without a word)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.qt import QApplication, QDate, QDateEdit, QInputMethodEvent, Qt
from petdesk.gui.visits.edit import VisitEditor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _visit_start(qtbot: QtBot, db: Database) -> QDateEdit:
    editor = VisitEditor(db, locale="zh_CN")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: not editor.is_busy())
    editor.start_date.setDate(QDate(2026, 12, 5))
    editor.start_date.setFocus()
    return editor.start_date


def _over_the_whole_text(qtbot: QtBot, box: QDateEdit, typed: str) -> None:
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, typed)


@pytest.mark.parametrize("typed", ["2026/12/20", "2026-12-20", "20261220", "2026.12.20"])
def test_a_whole_date_typed_after_ctrl_a_is_read(qtbot: QtBot, db: Database, typed: str) -> None:
    box = _visit_start(qtbot, db)
    _over_the_whole_text(qtbot, box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2026, 12, 20)


def test_the_chinese_form_from_the_input_method_is_read(qtbot: QtBot, db: Database) -> None:
    box = _visit_start(qtbot, db)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    event = QInputMethodEvent()
    event.setCommitString("2026年12月20日")
    QApplication.sendEvent(box, event)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2026, 12, 20)


def test_what_cannot_be_read_is_refused_in_words_and_the_date_kept(qtbot: QtBot, db: Database) -> None:
    box = _visit_start(qtbot, db)
    _over_the_whole_text(qtbot, box, "5/12/2026")  # 5 December or 12 May: not guessed
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2026, 12, 5)
    assert "5/12/2026" in box.refusal and "2026/12/5" in box.refusal
    assert box.lineEdit().text() == "5/12/2026"  # kept to correct
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClicks(box, "7")  # 5/12/2027: still ambiguous
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.date() == QDate(2026, 12, 5) and box.lineEdit().text() == box.textFromDateTime(box.dateTime())


def test_the_contact_editors_start_date_reads_a_typed_date(qtbot: QtBot, db: Database) -> None:
    dialog = ContactEditDialog(db, "en", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    box = dialog.start_date
    box.setFocus()
    _over_the_whole_text(qtbot, box, "2026-3-8")
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # leaving the box reads it too
    assert box.date() == QDate(2026, 3, 8)
