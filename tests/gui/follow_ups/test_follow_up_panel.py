"""The one follow-ups widget on the contact and organisation panes and in the project editor
(field test 50, defect 1): typed in and added there, shown there, written to the database."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.detail import ContactDetailView
from petdesk.gui.follow_ups.panel import FollowUpPanel
from petdesk.gui.organisations.detail import OrganisationDetailView
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import Qt
from petdesk.models import FollowUp, Project
from petdesk.models.enums import FollowUpStatus
from tests.core.visits.data import organisation, person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        anna = person(s, "Anna", "Keller")
        org = organisation(s, "Siemens AG")
        project = Project(title_en="MBR pilot")
        s.add(project)
        s.flush()
        return {"anna": anna.id, "org": org.id, "project": project.id}


def add_through_panel(qtbot, panel: FollowUpPanel, title: str, note: str) -> None:
    # Under load the panel's first read of the record can still be on its way: wait for it, and then
    # for the added row itself (a ``loaded`` signal could be that first read's).
    qtbot.waitUntil(panel.add_button.isEnabled, timeout=10000)
    rows = panel.model.rowCount()
    qtbot.keyClicks(panel.title_en, title)
    qtbot.keyClicks(panel.note, note)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() > rows, timeout=10000)


def stored(db: Database) -> list[tuple[str | None, str | None, str | None, str, str]]:
    with db.reading() as s:
        return [
            (f.contact_id, f.organisation_id, f.project_id, f.description_en, f.note)
            for f in s.query(FollowUp).filter(FollowUp.deleted_at.is_(None))
        ]


@pytest.mark.parametrize("kind", ["organisation", "contact"])
def test_add_a_follow_up_on_a_detail_pane(qtbot, db: Database, ids: dict[str, str], kind: str) -> None:
    if kind == "organisation":
        pane: OrganisationDetailView | ContactDetailView = OrganisationDetailView(db)
        record_id = ids["org"]
    else:
        pane, record_id = ContactDetailView(db), ids["anna"]
    qtbot.addWidget(pane)
    pane.show()
    with qtbot.waitSignal(pane.follow_ups.loaded, timeout=5000):
        pane.show_entity(record_id)
    qtbot.waitUntil(pane.follow_ups.isVisible, timeout=5000)  # shown with the rest of the record
    add_through_panel(qtbot, pane.follow_ups, "Prepare offer", "ask about MBR")
    expected = {
        "organisation": (None, record_id, None, "Prepare offer", "ask about MBR"),
        "contact": (record_id, None, None, "Prepare offer", "ask about MBR"),
    }[kind]
    assert stored(db) == [expected]
    assert pane.follow_ups.model.rowCount() == 1


def test_add_a_follow_up_in_the_project_editor(qtbot, db: Database, ids: dict[str, str]) -> None:
    dialog = ProjectDialog(db, "en", project_id=ids["project"])
    qtbot.addWidget(dialog)
    panel = dialog.follow_ups
    qtbot.waitUntil(lambda: panel.record == ("project", ids["project"]), timeout=5000)
    dialog.tabs.setCurrentWidget(panel)
    add_through_panel(qtbot, panel, "Send the budget", "")
    assert stored(db) == [(None, None, ids["project"], "Send the budget", "")]


def test_lifecycle_buttons_on_a_pane(qtbot, db: Database, ids: dict[str, str]) -> None:
    pane = OrganisationDetailView(db)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.follow_ups.loaded, timeout=5000):
        pane.show_entity(ids["org"])
    panel = pane.follow_ups
    add_through_panel(qtbot, panel, "Call back", "")

    def status() -> tuple[FollowUpStatus, dt.date | None, bool]:
        with db.reading() as s:
            f = s.query(FollowUp).one()
            return f.status, f.due_date, f.deleted_at is not None

    def press(button) -> None:
        panel.view.selectRow(0)
        with qtbot.waitSignal(panel.loaded, timeout=5000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    press(panel.done_button)
    assert status()[0] == FollowUpStatus.DONE
    assert not panel.done_button.isEnabled() or panel.selected() is None
    press(panel.reopen_button)
    assert status()[0] == FollowUpStatus.OPEN
    panel.view.selectRow(0)
    before = status()[1]
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.postpone_menu.actions()[1].trigger()  # by a week
    assert status()[1] == max(before or dt.date.today(), dt.date.today()) + dt.timedelta(days=7)
    press(panel.delete_button)
    assert status()[2] and panel.model.rowCount() == 0 and not panel.undo_button.isHidden()
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert not status()[2] and panel.model.rowCount() == 1
