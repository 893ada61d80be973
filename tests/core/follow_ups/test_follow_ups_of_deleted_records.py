"""Review 47, finding 4: open follow-ups about a deleted contact or project stayed due on Home.
They now go with the record, as an organisation's do, and come back when it is restored: here,
and through Deleted Records (at another office: tests/core/sync/test_follow_up_of_deleted_contact)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.models import Project
from petdesk.services import contacts, history, projects, reminders
from petdesk.services import follow_ups as fu
from tests.core.visits.data import person

TODAY = dt.date(2026, 12, 5)


def _due_on_home(db: Database) -> list[str]:
    with db.reading() as s:
        return sorted(r.title_en for r in reminders.reminders(s, today=TODAY) if r.ref_kind == "follow_up")


def _records_with_follow_ups(db: Database) -> dict[str, str]:
    """A contact and a project, each with an open follow-up and one already done."""
    with db.transaction() as s:
        liu = person(s, "Yang", "Liu")
        project = Project(title_en="Low-carbon district heating")
        s.add(project)
        s.flush()
        ids = {"contact": liu.id, "project": project.id}
        for kind, title in (("contact", "call back"), ("project", "send report")):
            fu.add(s, kind=kind, record_id=ids[kind], title_en=title, due_date=TODAY)
            done = fu.add(s, kind=kind, record_id=ids[kind], title_en=f"{title} (done)", due_date=TODAY)
            fu.mark_done(s, done.id)
        return ids


def test_follow_ups_go_with_a_deleted_contact_or_project_and_come_back(db: Database) -> None:
    ids = _records_with_follow_ups(db)
    assert _due_on_home(db) == ["call back", "send report"]
    with db.transaction() as s:
        contacts.delete_contacts(s, [ids["contact"]])
        projects.delete_projects(s, [ids["project"]])
    assert _due_on_home(db) == []
    with db.transaction() as s:
        contacts.restore_contacts(s, [ids["contact"]])
        projects.restore_projects(s, [ids["project"]])
    assert _due_on_home(db) == ["call back", "send report"]
    with db.reading() as s:  # the done ones were never touched
        assert len(fu.of_record(s, "contact", ids["contact"])) == 2

    # Deleted Records brings them back too.
    with db.transaction() as s:
        contacts.delete_contacts(s, [ids["contact"]])
    with db.transaction() as s:
        history.restore_record(s, ids["contact"])
    assert _due_on_home(db) == ["call back", "send report"]
