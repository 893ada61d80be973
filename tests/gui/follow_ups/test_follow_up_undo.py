"""A follow-up deleted on a contact's or organisation's pane is undone with the window's one Undo:
the page's bar, Edit › Undo naming it and Ctrl+Z; the Delete key in the pane's follow-up table
deletes the follow-up (not the record). In the project editor Delete and Ctrl+Z work in the table."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import Qt
from petdesk.models import FollowUp, Organisation, Project
from petdesk.services import follow_ups as follow_up_service
from tests.core.visits.data import organisation

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _deleted(db: Database) -> bool:
    with db.reading() as s:
        return s.query(FollowUp).one().deleted_at is not None


def test_delete_key_and_ctrl_z_on_the_organisation_pane(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        org = organisation(s, "Siemens AG")
        follow_up_service.add(s, kind="organisation", record_id=org.id, title_en="Call back")
        org_id = org.id
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("organisations")
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    page.select_id(org_id)
    panel = page.detail.follow_ups
    qtbot.waitUntil(lambda: panel.record is not None and panel.model.rowCount() == 1, timeout=10_000)

    window.activateWindow()
    panel.view.setFocus()
    panel.view.selectRow(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _deleted(db) and panel.model.rowCount() == 0, timeout=5000)
    with db.reading() as s:
        assert s.get(Organisation, org_id).deleted_at is None  # the key deleted the follow-up only
    assert panel.undo_button.isHidden()  # the page's Undo offers it, not a button of its own
    qtbot.waitUntil(page.undo_bar.isVisible, timeout=5000)

    window.menu("edit").aboutToShow.emit()
    undo = window.edit_actions["edit_undo"]  # type: ignore[attr-defined]
    assert undo.isEnabled()
    assert undo.text() == "&Undo Delete follow-up “Call back”"
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not _deleted(db) and panel.model.rowCount() == 1, timeout=5000)
    assert not page.undo_bar.isVisible()
    window.grab().save("/tmp/followfix2-org-undo.png")


def test_delete_key_and_ctrl_z_in_the_project_editor(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        project = Project(title_en="MBR pilot")
        s.add(project)
        s.flush()
        follow_up_service.add(s, kind="project", record_id=project.id, title_en="Send the budget")
        project_id = project.id
    dialog = ProjectDialog(db, "en", project_id=project_id)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.follow_ups
    dialog.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    panel.view.setFocus()
    panel.view.selectRow(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _deleted(db) and panel.model.rowCount() == 0, timeout=5000)
    assert not panel.undo_button.isHidden()
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not _deleted(db) and panel.model.rowCount() == 1, timeout=5000)


def test_enter_on_a_row_edits_the_follow_up(qtbot: QtBot, db: Database) -> None:
    from petdesk.gui.follow_ups.panel import FollowUpDialog
    from petdesk.gui.organisations.detail import OrganisationDetailView
    from petdesk.gui.qt import QTimer

    with db.transaction() as s:
        org = organisation(s, "Siemens AG")
        follow_up_service.add(s, kind="organisation", record_id=org.id, title_en="Call", note="x")
        org_id = org.id
    pane = OrganisationDetailView(db)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_entity(org_id)
    panel = pane.follow_ups
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    panel.view.setFocus()
    panel.view.selectRow(0)
    seen: list[tuple[str, str]] = []

    def type_in_the_dialog() -> None:
        dialog = panel.findChild(FollowUpDialog)
        assert dialog is not None
        seen.append((dialog.title_en.text(), dialog.note.text()))  # opened filled
        dialog.title_en.clear()
        qtbot.keyClicks(dialog.title_en, "Call back")
        dialog.note.setText("about the offer")
        dialog.grab().save("/tmp/followfix2-edit-dialog.png")
        qtbot.keyClick(dialog.title_en, Qt.Key.Key_Return)  # Save changes is the default button

    QTimer.singleShot(200, type_in_the_dialog)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert seen == [("Call", "x")]

    def stored() -> tuple[str, str]:
        with db.reading() as s:
            f = s.query(FollowUp).one()
            return f.description_en, f.note

    qtbot.waitUntil(lambda: stored() == ("Call back", "about the offer"), timeout=5000)
    qtbot.waitUntil(lambda: "Call back" in panel._cells(panel._rows[0]), timeout=5000)
