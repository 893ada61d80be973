"""Ctrl+Z in the training editor takes back its last saved change (fixes1, item 4), with the
mechanism of the list's Undo of editor saves (the change log, as History reverts): the visit and
project editors had an undo; the training editor had only the Undo button of a removal."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.gui.trainings.list import TrainingsPage
from petdesk.models import Training
from petdesk.services import trainings as ts
from tests.helpers import editors

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

DAY = dt.date(2026, 12, 7)


def _venue(db: Database, tid: str) -> str:
    with db.reading() as s:
        training = s.get(Training, tid)
        assert training is not None
        return training.venue_en


@pytest.fixture
def opened(qtbot: QtBot, db: Database) -> tuple[MainWindow, TrainingsPage, str]:
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Urban water training", start_date=DAY, end_date=DAY, venue_en="Hall A"
        ).id
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("trainings")
    assert isinstance(page, TrainingsPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    return window, page, tid


def test_ctrl_z_in_the_editor_takes_back_its_last_save(
    qtbot: QtBot, db: Database, opened: tuple[MainWindow, TrainingsPage, str]
) -> None:
    _window, page, tid = opened
    editor = editors.loaded(qtbot, page.open_training(tid))
    editor.venue_en.setText("Hall B")
    assert editors.save(qtbot, editor)
    assert _venue(db, tid) == "Hall B" and page.undo_bar.isVisible()

    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    editor.tabs.setCurrentIndex(1)  # the sessions' table: outside a text box, which keeps Ctrl+Z
    editor.sessions_view.setFocus()
    qtbot.waitUntil(editor.sessions_view.hasFocus, timeout=5000)
    qtbot.keyClick(editor.sessions_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _venue(db, tid) == "Hall A", timeout=5000)
    qtbot.waitUntil(lambda: editor.venue_en.text() == "Hall A", timeout=5000)
    qtbot.waitUntil(lambda: editor.message.text() == "The last save was undone.", timeout=5000)
    assert not editor.is_dirty()
    assert not page.undo_bar.isVisible()  # the list does not offer the same save again

    assert not editor.undo_last()  # once: nothing more saved here to undo
    assert editor.message.text() == "Nothing saved here to undo."
    assert _venue(db, tid) == "Hall A"


def test_ctrl_z_waits_for_typing_not_saved_yet(
    qtbot: QtBot, db: Database, opened: tuple[MainWindow, TrainingsPage, str]
) -> None:
    _window, page, tid = opened
    editor = editors.loaded(qtbot, page.open_training(tid))
    editor.venue_en.setText("Hall B")
    assert editors.save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.is_busy() and editor.title_en.isEnabled(), timeout=5000)
    editor.title_en.clear()
    qtbot.keyClicks(editor.title_en, "Urban water and sludge training")  # typed, not saved
    assert editor.is_dirty()

    assert not editor.undo_last()
    assert "first, then undo" in editor.message.text()
    assert _venue(db, tid) == "Hall B" and editor.title_en.text() == "Urban water and sludge training"
    editor.venue_en.setText("Hall B")
    editor.title_en.setText("Urban water training")
    editor.set_clean()  # as Discard leaves it
    editor.undo_action.trigger()
    qtbot.waitUntil(lambda: _venue(db, tid) == "Hall A", timeout=5000)


def test_the_list_undo_first_leaves_nothing_for_ctrl_z(
    qtbot: QtBot, db: Database, opened: tuple[MainWindow, TrainingsPage, str]
) -> None:
    _window, page, tid = opened
    editor = editors.loaded(qtbot, page.open_training(tid))
    editor.venue_en.setText("Hall B")
    assert editors.save(qtbot, editor)
    page.undo_button.click()
    qtbot.waitUntil(lambda: editor.message.text() == "The last save was undone.", timeout=5000)
    assert _venue(db, tid) == "Hall A"
    assert not editor.undo_last()


def _status(db: Database, tid: str) -> str:
    with db.reading() as s:
        training = s.get(Training, tid)
        assert training is not None
        return str(training.status)


def test_ctrl_z_after_a_later_change_does_not_take_back_an_older_save(
    qtbot: QtBot, db: Database, opened: tuple[MainWindow, TrainingsPage, str]
) -> None:
    """Ctrl+Z is the newest change's: after the status changed, the venue saved before it stays
    (it was taken back while the status change, the change just made, stayed)."""
    _window, page, tid = opened
    editor = editors.loaded(qtbot, page.open_training(tid))
    editor.venue_en.setText("Hall B")
    assert editors.save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.is_busy() and editor.title_en.isEnabled(), timeout=5000)
    editor.set_status("cancelled")
    qtbot.waitUntil(lambda: _status(db, tid) == "cancelled" and not editor.is_busy(), timeout=5000)
    qtbot.waitUntil(lambda: editor.message.text() == "Status changed.", timeout=5000)

    assert not editor.undo_last()
    assert editor.message.text() == "Nothing saved here to undo."
    assert _venue(db, tid) == "Hall B" and _status(db, tid) == "cancelled"
