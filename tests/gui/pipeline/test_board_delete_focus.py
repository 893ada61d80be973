"""After Delete on a board card the focus goes to the next card, and Ctrl+Z brings the project back
(field test 37: the focus went nowhere, and Ctrl+Z did nothing while Edit › Undo worked)."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, Qt
from petdesk.models.enums import ProjectStatus
from petdesk.services import projects as project_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _deleted_at(db: Database, project_id: str) -> object:
    with db.reading() as s:
        return s.get(m.Project, project_id).deleted_at  # type: ignore[union-attr]


def _board(qtbot, db: Database):  # type: ignore[no-untyped-def]
    """The Projects page of a shown window, its board filled."""
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("projects")
    qtbot.waitUntil(lambda: page.board.filled, timeout=5000)
    return page


def test_delete_focuses_the_next_card_and_ctrl_z_undoes_it(qtbot, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        ids = [
            project_service.create_project(s, title_en=title, stage=ProjectStatus.IDEA).id
            for title in ("Air monitoring Chengdu", "Leak detection Kunming", "Sponge city Wuhan")
        ]
    page = _board(qtbot, db)
    monkeypatch.setattr(page, "confirm_delete", lambda _ids: True)  # the question's Yes
    idea = page.board.columns[ProjectStatus.IDEA]
    shown = [idea.item(i).data(Qt.ItemDataRole.UserRole) for i in range(idea.count())]
    assert sorted(shown) == sorted(ids)
    idea.setFocus()
    idea.setCurrentRow(1)
    with qtbot.waitSignal(page.board.rows_shown, timeout=5000):
        qtbot.keyClick(idea, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: idea.count() == 2 and page.undo_bar.isVisible(), timeout=5000)
    gone = shown[1]
    assert _deleted_at(db, gone) is not None
    # the next card has the focus, so the keys go on working on the board
    qtbot.waitUntil(lambda: QApplication.focusWidget() is idea, timeout=5000)
    assert idea.currentItem().data(Qt.ItemDataRole.UserRole) == shown[2]
    with qtbot.waitSignal(page.board.rows_shown, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _deleted_at(db, gone) is None and not page.undo_bar.isVisible()
    qtbot.waitUntil(lambda: idea.count() == 3, timeout=5000)


def test_the_last_card_deleted_leaves_the_focus_on_the_board(qtbot, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The page's only project deleted: the board stays (not "No projects yet") while the delete can
    be undone, so Ctrl+Z on its column undoes it. It undid only about 2 runs in 5: the totals read
    after the delete, when it came back before the key, swapped the board for the empty-page hint."""
    with db.transaction() as s:
        only = project_service.create_project(
            s, title_en="Sponge city Wuhan", stage=ProjectStatus.RUNNING, amount=1000, currency="EUR"
        ).id
    page = _board(qtbot, db)
    monkeypatch.setattr(page, "confirm_delete", lambda _ids: True)
    running = page.board.columns[ProjectStatus.RUNNING]
    qtbot.waitUntil(lambda: page.totals.text() != "", timeout=5000)  # the first totals are in
    running.setFocus()
    running.setCurrentRow(0)
    with qtbot.waitSignal(page.board.rows_shown, timeout=5000):
        qtbot.keyClick(running, Qt.Key.Key_Delete)
    # the totals read after the delete has come back (no money left to sum): always before the key
    qtbot.waitUntil(lambda: running.count() == 0 and page.totals.text() == "", timeout=5000)
    assert page.undo_bar.isVisible() and page.board.isVisible() and not page.empty_hint.isVisible()
    qtbot.waitUntil(running.hasFocus, timeout=5000)
    hint_shown = []
    page.totals_shown.connect(lambda: hint_shown.append(page.empty_hint.isVisible()))
    qtbot.keyClick(running, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: running.count() == 1, timeout=10_000)
    assert _deleted_at(db, only) is None
    assert not any(hint_shown) and running.hasFocus()


def test_an_undo_drops_the_totals_counted_without_the_projects(qtbot, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z pressed while the delete's totals read is still under way: that read (no project
    left) must not show "No projects yet" and take the focus before the restored card shows."""
    with db.transaction() as s:
        project_service.create_project(s, title_en="Sponge city Wuhan", stage=ProjectStatus.RUNNING)
    page = _board(qtbot, db)
    monkeypatch.setattr(page, "confirm_delete", lambda _ids: True)
    running = page.board.columns[ProjectStatus.RUNNING]
    running.setFocus()
    running.setCurrentRow(0)
    with qtbot.waitSignal(page.board.rows_shown, timeout=5000):
        qtbot.keyClick(running, Qt.Key.Key_Delete)
    hint_shown = []
    page.totals_shown.connect(lambda: hint_shown.append(page.empty_hint.isVisible()))
    page._update_totals()  # a read of the page with no project, under way as the key comes
    page.undo_on_board()
    qtbot.waitUntil(lambda: running.count() == 1 and bool(hint_shown), timeout=10_000)
    assert not any(hint_shown) and page.board.isVisible()
