"""The visit and training editors from the keyboard alone: Tab leaves the text boxes and reaches
the toolbar's Save, Ctrl+S saves, and Tab leaves a table (field test D9, D12)."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, QDate, QPlainTextEdit, Qt, QToolButton, QWidget
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from petdesk.models import Visit
from petdesk.services import trainings as ts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _walk(qtbot: QtBot, editor: QWidget, presses: int) -> list[QWidget]:
    seen: list[QWidget] = []
    for _ in range(presses):
        focused = editor.focusWidget()
        assert focused is not None
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def test_visit_editor_tab_reaches_save_and_ctrl_s_saves(qtbot: QtBot, db: Database) -> None:
    editor = VisitEditor(db, locale="en")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: not editor.is_busy())
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    assert editor.focusWidget() is editor.title_en  # the first field
    qtbot.keyClicks(editor.title_en, "Hamburg delegation")
    editor.start_date.setDate(QDate(2026, 12, 7))
    editor.end_date.setDate(QDate(2026, 12, 9))
    seen = _walk(qtbot, editor, 40)
    texts = [w for w in seen if isinstance(w, QPlainTextEdit)]
    assert editor.notes in texts
    # Each text box is left after one Tab (the notes kept it and typed tab characters).
    assert not any(a is b for a, b in pairwise(seen) if isinstance(a, QPlainTextEdit))
    assert all("\t" not in text.toPlainText() for text in texts)
    buttons = [w.text() for w in seen if isinstance(w, QToolButton)]
    assert "Save" in buttons  # the toolbar was out of Tab's reach
    with qtbot.waitSignal(editor.save_finished, timeout=10000) as saved:
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [True]
    with db.reading() as s:
        assert s.query(Visit).one().title_en == "Hamburg delegation"


def test_training_editor_tab_leaves_the_participants_table(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Sponge city", start_date=dt.date(2026, 12, 9), end_date=dt.date(2026, 12, 9)
        ).id
        for hour in (9, 14):  # rows to move between: Tab went from cell to cell
            ts.add_session(
                s,
                tid,
                title_en="Principles",
                start=dt.datetime(2026, 12, 9, hour),
                end=dt.datetime(2026, 12, 9, hour + 2),
            )
    editor = TrainingEditor(db, locale="en", training_id=tid)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    editor.tabs.setCurrentIndex(1)  # the sessions: buttons and a table
    qtbot.waitUntil(lambda: editor.tabs.currentWidget().isVisible())
    editor.tabs.tabBar().setFocus()
    seen = _walk(qtbot, editor, 12)
    tables = [w for w in seen if w.inherits("QTableView")]
    assert 1 <= len(tables) <= 2  # once per round of the tab, not cell after cell
    assert any(isinstance(w, QToolButton) and w.text() == "Save" for w in seen)
