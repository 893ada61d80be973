"""In the visit editor too a follow-up can be reopened, postponed, and deleted with Undo (field
test 50, defect 2): held until Save like the tab's other changes, then written."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.qt import Qt
from petdesk.gui.visits.edit import VisitEditor
from petdesk.models import FollowUp
from petdesk.models.enums import FollowUpStatus
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_reopen_postpone_and_undo_a_delete_in_the_visit_editor(qtbot, db: Database) -> None:
    today = dt.date.today()
    with db.transaction() as s:
        visit = vs.create_visit(s, title_en="Harbour delegation", start_date=today, end_date=today)
        done = vs.add_follow_up(s, visit.id, description_en="Send minutes", due_date=today)
        done.status = FollowUpStatus.DONE
        other = vs.add_follow_up(s, visit.id, description_en="Book the boat", due_date=today)
        visit_id, done_id, other_id = visit.id, done.id, other.id
    editor = editors.loaded(qtbot, VisitEditor(db, locale="en", visit_id=visit_id))
    qtbot.addWidget(editor)
    panel = editor.follow_ups

    def select(fid: str) -> None:
        panel.focus(fid)

    select(done_id)
    assert panel.reopen_button.isEnabled() and not panel.done_button.isEnabled()
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    select(other_id)
    panel.postpone_menu.actions()[0].trigger()  # by a day
    select(done_id)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert done_id not in panel.model.ids() and not panel.undo_button.isHidden()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert done_id in panel.model.ids()
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        assert s.get(FollowUp, done_id).status == FollowUpStatus.OPEN
        assert s.get(FollowUp, done_id).deleted_at is None
        assert s.get(FollowUp, other_id).due_date == today + dt.timedelta(days=1)
    editor.close()


def test_the_visit_editors_calendar_file_has_its_open_follow_ups(qtbot, db: Database, tmp_path) -> None:
    """The window's calendar export (field test 50, defect 3): the visit's open follow-ups go on
    their due dates as all-day events."""
    from icalendar import Calendar

    today = dt.date.today()
    with db.transaction() as s:
        visit = vs.create_visit(s, title_en="Harbour delegation", start_date=today, end_date=today)
        vs.add_follow_up(s, visit.id, description_en="Send minutes", due_date=today + dt.timedelta(days=3))
        visit_id = visit.id
    editor = editors.loaded(qtbot, VisitEditor(db, locale="en", visit_id=visit_id))
    qtbot.addWidget(editor)
    path = tmp_path / "visit.ics"
    editor.export_ics(path)
    [event] = [
        e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT") if "Send minutes" in str(e["summary"])
    ]
    assert event["dtstart"].dt == today + dt.timedelta(days=3)
    assert str(event["summary"]) == "Follow-up: Send minutes — Harbour delegation"
    editor.close()
