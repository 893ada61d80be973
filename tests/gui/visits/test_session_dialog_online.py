"""The session dialog says whether a session is held online (0080): Alt+O reaches the choice, the
choice is saved, and the dialog opens again on it; a session that says nothing shows "Not said"."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, Qt
from tests.gui.visits.test_session_dialog_keeps_input import focused, open_dialog, sessions_tab, training

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _online(db: Database, tid: str) -> list[object]:
    rows = db.raw().execute("SELECT online FROM training_session WHERE training_id = ?", (tid,))
    return [r[0] for r in rows]


def test_a_session_is_marked_online_from_the_keyboard(qtbot: QtBot, db: Database) -> None:
    tid, _ = training(db, sessions=1)
    editor = sessions_tab(qtbot, db, tid)
    editor.sessions_view.selectRow(0)
    dialog = open_dialog(qtbot, editor, "Edit…")
    assert dialog.online.currentText() == "Not said (read from the room and title)"
    assert dialog.online.accessibleName() == "Held online"
    qtbot.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.online
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # Online
    assert dialog.online.currentText() == "Online"
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        qtbot.keyPress(focused(), Qt.Key.Key_Return)  # the press closes the dialog
    assert _online(db, tid) == [1]
    model = editor.sessions_model  # the sessions table says it where the room goes
    assert "online" in [model.index(0, c).data() for c in range(model.columnCount())]

    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.sessions_view.selectRow(0)
    dialog = open_dialog(qtbot, editor, "Edit…")
    assert dialog.online.currentText() == "Online"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
