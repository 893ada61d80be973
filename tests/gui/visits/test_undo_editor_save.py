"""Undo on the visits and trainings lists after a save in their editors, which stay open and can
save more than once: Ctrl+Z on the list (Edit › Undo) or the bar's Undo takes back the newest save,
the open editor then shows the record as stored; refused in words when something changed those
fields since, or while the editor holds changes not saved yet."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox, Qt
from petdesk.gui.trainings.list import TrainingsPage
from petdesk.gui.visits.list import VisitsPage
from petdesk.models import Training, Visit
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

DAY = dt.date(2026, 12, 7)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        return vs.create_visit(s, title_en="Hamburg water study tour", start_date=DAY, end_date=DAY).id


def _visits(qtbot: QtBot, window: MainWindow) -> VisitsPage:
    page = window.show_page("visits")
    assert isinstance(page, VisitsPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() >= 1, timeout=5000)
    return page


def _stored(db: Database, visit_id: str) -> tuple[str, str]:
    with db.reading() as s:
        visit = s.get(Visit, visit_id)
        assert visit is not None
        return visit.title_en, visit.notes


def _back_to_the_list(qtbot: QtBot, page: VisitsPage | TrainingsPage) -> None:
    """The user clicks the list in the main window, the editor staying open beside it."""
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow, timeout=5000)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=5000)


def test_undo_on_the_list_takes_back_the_newest_save_only(
    qtbot: QtBot, window: MainWindow, db: Database, visit_id: str
) -> None:
    page = _visits(qtbot, window)
    editor = editors.loaded(qtbot, page.open_visit(visit_id))
    editor.title_en.setText("Hamburg wastewater study tour")
    assert editors.save(qtbot, editor)
    editor.notes.setPlainText("Bring the reports")
    assert editors.save(qtbot, editor)
    assert page.undo_bar.isVisible() and page.undo_label.text() == "Changes saved."

    _back_to_the_list(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stored(db, visit_id)[1] == "", timeout=5000)
    assert _stored(db, visit_id) == ("Hamburg wastewater study tour", "")  # the first save stays
    qtbot.waitUntil(lambda: editor.notes.toPlainText() == "", timeout=5000)  # the editor shows it
    assert editor.title_en.text() == "Hamburg wastewater study tour" and not editor.is_dirty()
    assert not page.undo_bar.isVisible()
    window.menu("edit").aboutToShow.emit()  # Edit › Undo as the menu would show it now
    assert not window.edit_actions["edit_undo"].isEnabled()  # only the newest save was offered


def test_a_refused_undo_says_why(
    qtbot: QtBot, window: MainWindow, db: Database, visit_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _visits(qtbot, window)
    editor = editors.loaded(qtbot, page.open_visit(visit_id))
    editor.title_en.setText("Hamburg wastewater study tour")
    assert editors.save(qtbot, editor)
    with db.transaction() as s:  # another change of the same field, after the save
        vs.update_visit(s, visit_id, title_en="Hamburg and Bremen study tour")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))

    page.undo_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "Hamburg and Bremen study tour" in said[0] and "changed again" in said[0]
    assert _stored(db, visit_id)[0] == "Hamburg and Bremen study tour"


def test_undo_waits_for_typing_not_saved_yet(
    qtbot: QtBot, window: MainWindow, db: Database, visit_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _visits(qtbot, window)
    editor = editors.loaded(qtbot, page.open_visit(visit_id))
    editor.title_en.setText("Hamburg wastewater study tour")
    assert editors.save(qtbot, editor)
    qtbot.keyClicks(editor.notes, "Bring the reports")  # typed, not saved
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))

    page.undo_button.click()
    assert said and "not saved yet" in said[0]
    assert _stored(db, visit_id)[0] == "Hamburg wastewater study tour"
    assert editor.notes.toPlainText() == "Bring the reports"  # the typing is kept
    assert page.undo_bar.isVisible()  # still offered, once the typing is saved or discarded

    editor.notes.setPlainText("")
    editor.set_clean()  # as Discard leaves it
    page.undo_button.click()
    qtbot.waitUntil(lambda: _stored(db, visit_id)[0] == "Hamburg water study tour", timeout=5000)


def test_undoing_the_save_that_added_a_training_deletes_it_and_closes_its_editor(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    with db.transaction() as s:  # the list is not empty, so it shows its table
        ts.create_training(s, title_en="Urban water training", start_date=DAY, end_date=DAY)
    page = window.show_page("trainings")
    assert isinstance(page, TrainingsPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    page.new_action.trigger()
    editor = editors.loaded(qtbot, page.editors[-1])
    editor.title_en.setText("Sludge treatment workshop")
    assert editors.save(qtbot, editor) and editor.training_id is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)

    _back_to_the_list(qtbot, page)
    window.edit_actions["edit_undo"].trigger()  # Edit › Undo
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    with db.reading() as s:
        training = s.get(Training, editor.training_id)
        assert training is not None and training.deleted_at is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)


def test_undo_on_the_trainings_list_takes_back_a_saved_venue(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Urban water training", start_date=DAY, end_date=DAY, venue_en="Hall A"
        ).id
    page = window.show_page("trainings")
    assert isinstance(page, TrainingsPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    editor = editors.loaded(qtbot, page.open_training(tid))
    editor.venue_en.setText("Hall B")
    assert editors.save(qtbot, editor)

    _back_to_the_list(qtbot, page)
    window.edit_actions["edit_undo"].trigger()  # Edit › Undo

    def venue() -> str:
        with db.reading() as s:
            training = s.get(Training, tid)
            assert training is not None
            return training.venue_en

    qtbot.waitUntil(lambda: venue() == "Hall A", timeout=5000)
    qtbot.waitUntil(lambda: editor.venue_en.text() == "Hall A", timeout=5000)
