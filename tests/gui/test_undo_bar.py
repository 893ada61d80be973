"""One Undo bar for the list pages and the projects board (``gui/undo_bar.py``).

The board had built its own copy of the list pages' bar, and the two drifted apart: another object
name, not marked as writing (the read-only window), no spoken description of what Undo takes back.
Both pages now show the shared widget, and its Undo (clicked, or Ctrl+Z on its button) restores."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox, Qt, QWidget
from petdesk.gui.read_only import WRITES
from petdesk.gui.undo_bar import UndoBar
from petdesk.models.enums import ProjectStatus
from petdesk.services import contacts as contact_service
from petdesk.services import projects as project_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def window(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    with db.transaction() as s:
        contact_service.create_contact(s, given_name="Amara", family_name="Okafor")
        project_service.create_project(s, title_en="Sponge city pilot", stage=ProjectStatus.IDEA)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    return win


def _live(db: Database, model: type) -> int:
    with db.reading() as s:
        return len(s.scalars(select(model.id).where(model.deleted_at.is_(None))).all())  # type: ignore[attr-defined]


def _deleted_contact(qtbot: QtBot, db: Database, window: MainWindow) -> QWidget:
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)  # type: ignore[attr-defined]
    page.table.selectRow(0)  # type: ignore[attr-defined]
    page.actions_by_name["delete"].trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.undo_bar.isVisible() and _live(db, m.Contact) == 0, timeout=5000)  # type: ignore[attr-defined]
    return page


def _deleted_project(
    qtbot: QtBot, db: Database, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> QWidget:
    page = window.show_page("projects")
    qtbot.waitUntil(lambda: page.board.filled, timeout=5000)  # type: ignore[attr-defined]
    monkeypatch.setattr(page, "confirm_delete", lambda ids: True)
    idea = page.board.columns[ProjectStatus.IDEA]  # type: ignore[attr-defined]
    idea.setFocus()
    idea.setCurrentItem(idea.item(0))
    page.delete_current()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.undo_bar.isVisible() and _live(db, m.Project) == 0, timeout=5000)  # type: ignore[attr-defined]
    return page


def _same_bar(page: QWidget, said: str) -> None:
    bar = page.undo_bar  # type: ignore[attr-defined]
    assert isinstance(bar, UndoBar)
    assert page.undo_label is bar.label and page.undo_button is bar.button  # type: ignore[attr-defined]
    assert bar.message() == said and bar.button.accessibleDescription() == said
    assert bar.button.objectName() == "undo" and bar.button.property(WRITES) is True
    assert bar.accessibleName() == "Undo bar" and bar.button.accessibleName() == "Undo"


def test_both_pages_show_the_shared_bar_and_its_undo_restores(
    qtbot: QtBot, db: Database, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts = _deleted_contact(qtbot, db, window)
    _same_bar(contacts, f"Deleted {contacts.noun(1)}.")  # type: ignore[attr-defined]
    qtbot.mouseClick(contacts.undo_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _live(db, m.Contact) == 1, timeout=5000)
    assert not contacts.undo_bar.isVisible()  # type: ignore[attr-defined]

    projects = _deleted_project(qtbot, db, window, monkeypatch)
    assert projects.undo_label.text().startswith("Deleted 1 project")  # type: ignore[attr-defined]
    _same_bar(projects, projects.undo_label.text())  # type: ignore[attr-defined]
    qtbot.mouseClick(projects.undo_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _live(db, m.Project) == 1, timeout=5000)
    assert not projects.undo_bar.isVisible()  # type: ignore[attr-defined]


def test_ctrl_z_on_the_bars_undo_button_restores_on_both_pages(
    qtbot: QtBot, db: Database, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One Ctrl+Z live on the button, not two: the list page's own covers its bar (the bar adds
    none there), the board's bar has its own. Two at once and Qt runs neither."""
    for delete, model in (
        (lambda: _deleted_contact(qtbot, db, window), m.Contact),
        (lambda: _deleted_project(qtbot, db, window, monkeypatch), m.Project),
    ):
        page = delete()
        button = page.undo_button  # type: ignore[attr-defined]
        button.setFocus()
        qtbot.waitUntil(button.hasFocus, timeout=3000)
        QTest.keyClick(button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda model=model: _live(db, model) == 1, timeout=5000)  # type: ignore[misc]
        assert not page.undo_bar.isVisible()  # type: ignore[attr-defined]
