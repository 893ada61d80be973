"""The project dialog for the keyboard: Esc after a change asks before anything is lost (as the
visit and training editors do), and Tab leaves an empty Deadline for OK, Cancel and the tabs."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui import record_editor
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QApplication, QDialogButtonBox, Qt, QTabBar
from petdesk.services import projects as project_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def project_id(db: Database) -> str:
    with db.transaction() as s:
        return project_service.create_project(s, title_en="Yixing soil remediation").id


def _title(db: Database, project_id: str) -> str:
    with db.reading() as s:
        return s.get(m.Project, project_id).title_en


def _open(qtbot: QtBot, db: Database, project_id: str) -> ProjectDialog:
    dialog = ProjectDialog(db, "en", project_id=project_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_esc_after_a_change_asks_and_cancel_keeps_the_dialog(
    qtbot: QtBot, db: Database, project_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(choice: record_editor.Unsaved):  # type: ignore[no-untyped-def]
        def ask(_editor: object) -> record_editor.Unsaved:
            asked.append(choice.value)
            return choice

        monkeypatch.setattr(record_editor, "ask_unsaved", ask)

    dialog = _open(qtbot, db, project_id)
    answer(record_editor.Unsaved.CANCEL)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed yet: closes without a question
    assert asked == [] and not dialog.isVisible()

    dialog = _open(qtbot, db, project_id)
    dialog.title_en.setFocus()
    qtbot.keyClick(dialog.title_en, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.title_en, " (edited)")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["cancel"] and dialog.isVisible()  # still editing, nothing lost
    assert dialog.title_en.text() == "Yixing soil remediation (edited)"

    answer(record_editor.Unsaved.SAVE)
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    # Not a wait for a state: a second close would come from an event or a 0 ms timer already
    # posted, which this turn of the event loop delivers.
    qtbot.wait(50)
    assert len(finished) == 1 and not dialog.isVisible()  # closed once
    assert _title(db, project_id) == "Yixing soil remediation (edited)"


def test_discard_closes_without_saving_and_a_partner_change_counts(
    qtbot: QtBot, db: Database, project_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def discard(_editor: object) -> record_editor.Unsaved:
        asked.append(True)
        return record_editor.Unsaved.DISCARD

    monkeypatch.setattr(record_editor, "ask_unsaved", discard)
    dialog = _open(qtbot, db, project_id)
    dialog.milestones_tab.edited.emit()  # what adding a milestone on its tab announces
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert asked == [True] and not dialog.isVisible()
    assert _title(db, project_id) == "Yixing soil remediation"


def test_tab_leaves_an_empty_deadline_for_the_buttons_and_tabs(
    qtbot: QtBot, db: Database, project_id: str
) -> None:
    dialog = _open(qtbot, db, project_id)  # no deadline: the box shows "—"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.deadline.setFocus()
    qtbot.waitUntil(dialog.deadline.hasFocus)
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    box = dialog.findChild(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Ok) in reached
    assert box.button(QDialogButtonBox.StandardButton.Cancel) in reached
    assert any(isinstance(w, QTabBar) for w in reached)
