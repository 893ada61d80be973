"""Edit › Deleted Records after a year-end cleanup (field test 69, defects 1 and 2): several
records selected come back with one Restore, and a search finds a record deleted long ago that
the list of the newest no longer shows."""

from __future__ import annotations

import sqlite3

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.history import open_deleted
from petdesk.gui.history.deleted import DeletedDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QItemSelection, QItemSelectionModel, Qt
from tests.gui.history.test_deleted_keyboard import alive, deleted_contacts

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_several_selected_records_come_back_with_one_restore(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    deleted_contacts(db, ["Altbestand"])  # an earlier cleanup
    deleted_contacts(db, [f"Heute{i}" for i in range(6)])
    monkeypatch.setattr(DeletedDialog, "shown_at_most", 4)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    dialog = open_deleted(window)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.model.rowCount() == 4
    assert dialog.shown_note.isVisible()
    assert dialog.shown_note.text() == "The newest 4 of 7 deleted records; search to find any of the others."

    both = QItemSelection(dialog.model.index(0, 0), dialog.model.index(1, 0))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    dialog.table.selectionModel().select(both, flags)
    chosen = [dialog.model.index(r, 2).data() for r in (0, 1)]
    with qtbot.waitSignal(dialog.restored, timeout=5000) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(signal.args[0]) == 2
    assert all(any(name in label for name in alive(db)) for label in chosen)
    assert len(alive(db)) == 2

    qtbot.keyClicks(dialog.search, "altbest")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=3000)
    assert "Altbestand" in dialog.model.index(0, 2).data()
    assert not dialog.shown_note.isVisible()
    with qtbot.waitSignal(dialog.restored, timeout=5000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Altbestand" in alive(db)
    con = sqlite3.connect(db.path)
    assert con.execute("SELECT count(*) FROM contact WHERE deleted_at IS NOT NULL").fetchone() == (4,)
    con.close()
    dialog.close()
