"""The training editor by keyboard (field test 57): Delete in the participants' or the sessions' table
removes the selected rows after asking, as its button does, and Ctrl+Z brings them back, as the Undo
beside the message does; as in the visit editor and on the list pages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtTest import QTest

from petdesk.db import Database
from petdesk.gui.qt import QApplication, QItemSelectionModel, QMessageBox, Qt, QTimer
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.services import trainings as ts
from tests.helpers import trainings_data

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _answer_yes() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        box.button(QMessageBox.StandardButton.Yes).click()
    else:  # the question is not up yet
        QTimer.singleShot(10, _answer_yes)


def _people(db: Database, tid: str) -> set[str]:
    with db.reading() as s:
        return {r.contact_id for r in ts.sign_in_sheet(s, tid).rows}


def _sessions(db: Database, tid: str) -> int:
    with db.reading() as s:
        return len(ts.live_sessions(ts.get_training(s, tid)))


def _select_row(qtbot: Any, view: Any, row: int) -> None:
    view.window().activateWindow()  # back from the question asked before
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.window(), timeout=10000)
    view.setFocus()
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _key(qtbot: Any, editor: TrainingEditor, widget: Any, key: Qt.Key, modifier: Any = None) -> None:
    with qtbot.waitSignal(editor.saved, timeout=10000):
        if modifier is None:
            QTimer.singleShot(0, _answer_yes)
            QTest.keyClick(widget, key)
        else:
            editor.activateWindow()  # back from the question asked before
            qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=10000)
            QTest.keyClick(widget, key, modifier)
    qtbot.waitUntil(lambda: not editor.is_busy(), timeout=10000)


def test_delete_and_ctrl_z_in_the_training_editor(qtbot: Any, db: Database) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=False)
    tid = ids["training"]
    editor = TrainingEditor(db, locale="en", training_id=tid)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    editor.activateWindow()
    editor.tabs.setCurrentIndex(2)
    view = editor.people_view
    _select_row(qtbot, view, editor.people_model.ids().index(ids["anna"]))
    _key(qtbot, editor, view, Qt.Key.Key_Delete)
    assert ids["anna"] not in _people(db, tid) and editor.undo_button.isVisible()
    _key(qtbot, editor, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids["anna"] in _people(db, tid)
    editor.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: editor.sessions_model.rowCount() == 2, timeout=10000)
    _select_row(qtbot, editor.sessions_view, 1)
    _key(qtbot, editor, editor.sessions_view, Qt.Key.Key_Delete)
    assert _sessions(db, tid) == 1
    _key(qtbot, editor, editor.sessions_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _sessions(db, tid) == 2
