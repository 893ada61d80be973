"""After Ctrl+Z takes a saved edit back, the organisations, visits and trainings lists show the
restored values and the status bar says "Undone." (field test 6, defect 4, checked on every list
with undoable saves; the contacts' case is tests/gui/contacts/test_undo_shows_restored.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.gui.qt import QApplication, QTimer
from petdesk.gui.record_list import RecordListPage
from petdesk.services import organisations
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

DAY = dt.date(2026, 12, 14)


def _cell(page: RecordListPage, key: str) -> str:
    column = [c.key for c in page.model.source.columns].index(key)
    return str(page.model.index(0, column).data())


def _open(qtbot: QtBot, db: Database, name: str) -> tuple[MainWindow, RecordListPage]:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page(name)
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    return window, page


def _undo(qtbot: QtBot, window: MainWindow, page: RecordListPage, key: str, before: str) -> None:
    window.activateWindow()  # back to the list from an editor left open beside it
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=5000)
    window.edit_actions["edit_undo"].trigger()  # Edit › Undo, as Ctrl+Z on the list
    qtbot.waitUntil(lambda: _cell(page, key) == before, timeout=5000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Undone.", timeout=5000)


def test_organisations_list_shows_the_name_back(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="Chengdu Ecology Bureau", country="CN")
    window, page = _open(qtbot, db, "organisations")

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OrganisationEditDialog)
        editors.loaded(qtbot, dialog)
        dialog.edits["name_en"].setText("Chengdu Municipal Ecology Bureau")
        editors.save(qtbot, dialog)

    QTimer.singleShot(0, later)
    page.edit_current()
    qtbot.waitUntil(lambda: _cell(page, "name") == "Chengdu Municipal Ecology Bureau", timeout=5000)
    _undo(qtbot, window, page, "name", "Chengdu Ecology Bureau")


@pytest.mark.parametrize("name", ["visits", "trainings"])
def test_visits_and_trainings_lists_show_the_title_back(qtbot: QtBot, db: Database, name: str) -> None:
    with db.transaction() as s:
        if name == "visits":
            vs.create_visit(s, title_en="Hamburg study tour", start_date=DAY, end_date=DAY)
        else:
            ts.create_training(s, title_en="Hamburg study tour", start_date=DAY, end_date=DAY)
    window, page = _open(qtbot, db, name)
    page.edit_current()
    editor = editors.loaded(qtbot, page.editors[-1])  # type: ignore[attr-defined]
    editor.title_en.setText("Hamburg wastewater tour")
    assert editors.save(qtbot, editor)
    qtbot.waitUntil(lambda: _cell(page, "title") == "Hamburg wastewater tour", timeout=5000)
    _undo(qtbot, window, page, "title", "Hamburg study tour")
