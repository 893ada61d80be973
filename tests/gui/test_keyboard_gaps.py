"""Keyboard gaps of field test 6 (defect 16): Ctrl+S saves the organisation and contact editors as
it saves the visit and training editors, File › Quit has Ctrl+Q, and after the delete
confirmation the focus is back in the list, so Ctrl+Z undoes the delete at once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.gui.qt import QApplication, QKeySequence, QMessageBox, Qt, QTimer
from petdesk.gui.record_list import RecordListPage
from petdesk.services import organisations
from tests.helpers import editors

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="Chengdu Ecology Bureau", country="CN")
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    return win


def _organisations(qtbot: QtBot, window: MainWindow) -> RecordListPage:
    page = window.show_page("organisations")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    page.table.setFocus()
    page.table.selectRow(0)
    return page


def _names(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(m.Organisation.name_en).where(m.Organisation.deleted_at.is_(None))))


def test_ctrl_s_saves_the_organisation_editor(qtbot: QtBot, db: Database, window: MainWindow) -> None:
    page = _organisations(qtbot, window)

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OrganisationEditDialog)
        editors.loaded(qtbot, dialog)
        city = dialog.edits["city_en"]
        city.setFocus()
        city.setText("Chengdu")
        try:
            with qtbot.waitSignal(dialog.save_finished, timeout=3000):
                qtbot.keyClick(city, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        finally:
            if dialog.isVisible():  # not saved: close it, or the test would wait on it for ever
                dialog.set_clean()
                dialog.reject()

    QTimer.singleShot(0, later)
    page.edit_current()
    with db.reading() as s:
        assert s.scalars(select(m.Organisation.city_en)).one() == "Chengdu"


def test_file_quit_has_ctrl_q(window: MainWindow) -> None:
    assert QKeySequence("Ctrl+Q") in window._quit_action.shortcuts()


def test_after_the_delete_confirmation_ctrl_z_undoes_at_once(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    page = _organisations(qtbot, window)

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    with qtbot.waitSignal(page.changed, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _names(db) == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _names(db) == ["Chengdu Ecology Bureau"], timeout=5000)
