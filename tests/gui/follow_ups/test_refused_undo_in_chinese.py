"""Ctrl+Z on a follow-up deleted in the project editor, after the project was deleted elsewhere,
is refused: the Chinese window says why in Chinese, not in the service's English (fixes1, item 1)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui import translation
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QApplication, QMessageBox, Qt
from petdesk.models import FollowUp, Project
from petdesk.services import follow_ups as follow_up_service
from petdesk.services import projects as project_service
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _failure_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "operation_failure" and widget.isVisible():
            assert isinstance(widget, QMessageBox)
            return widget
    return None


def test_a_refused_undo_in_the_project_editor_is_said_in_chinese(
    qtbot: QtBot, db: Database, tree_catalogue: Path, translators: Callable[[str], None]
) -> None:
    translation.store_choice("zh_CN")
    translators("zh_CN")
    with db.transaction() as s:
        project = Project(title_en="MBR pilot")
        s.add(project)
        s.flush()
        follow_up_service.add(s, kind="project", record_id=project.id, title_en="Send the budget")
        project_id = project.id
    dialog = ProjectDialog(db, "zh_CN", project_id=project_id)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.follow_ups
    dialog.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    panel.view.setFocus()
    panel.view.selectRow(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not panel.undo_button.isHidden(), timeout=5000)
    with db.transaction() as s:  # elsewhere: the projects page, or a package from another office
        project_service.delete_projects(s, [project_id])

    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _failure_box() is not None, timeout=5000)
    box = _failure_box()
    assert box is not None
    assert "请先恢复项目" in box.text(), box.text()
    assert not re.search(r"[A-Za-z]{3,}", box.text()), box.text()  # nothing left in English
    with db.reading() as s:
        assert s.query(FollowUp).one().deleted_at is not None  # refused: still deleted
    box.close()
