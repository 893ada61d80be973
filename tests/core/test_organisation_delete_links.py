"""Deleting an organisation names what hangs off it, takes its open follow-ups off Home (back on
restore), and a project whose lead is deleted says so (field test 50, defect 4)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import FollowUpStatus, PartnerRole
from petdesk.services import activities, history, projects, reminders
from petdesk.services import organisations as org_service
from petdesk.services import visits as visit_service

TODAY = dt.date(2026, 12, 5)


@pytest.fixture
def firm(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        org = org_service.create_organisation(s, name_en="Stuttgart Water Tech GmbH")
        funder = org_service.create_organisation(s, name_en="Some Fund")
        for n, day in enumerate((-3, 0, 7)):
            visit_service.add_follow_up(
                s, None, description_en=f"Follow-up {n}", due_date=TODAY + dt.timedelta(days=day),
                organisation_id=org.id,
            )  # fmt: skip
        done = visit_service.add_follow_up(
            s, None, description_en="Done already", due_date=TODAY, organisation_id=org.id
        )
        done.status = FollowUpStatus.DONE
        activities.add_activity(s, subject="Call", organisation_id=org.id)
        led = projects.create_project(s, title_en="Sludge drying", lead_organisation_id=org.id)
        other = projects.create_project(s, title_en="Sponge city", funder_organisation_id=org.id)
        projects.add_partner(s, other.id, organisation_id=org.id, role=PartnerRole.PARTNER)
        projects.add_partner(s, led.id, organisation_id=funder.id, role=PartnerRole.PARTNER)
        visit_service.create_visit(
            s, title_en="Delegation", start_date=TODAY, end_date=TODAY, host_organisation_id=org.id
        )
        return {"org": org.id, "project": led.id}


def _due(db: Database) -> list[str]:
    with db.reading() as s:
        found = reminders.reminders(s, today=TODAY, days=14)
    return sorted(r.title_en for r in found if r.ref_kind == "follow_up")


def test_the_links_are_counted(db: Database, firm: dict[str, str]) -> None:
    with db.reading() as s:
        links = org_service.deletion_links(s, [firm["org"]])
    assert links == org_service.DeletionLinks(
        people=0,
        open_follow_ups=3,
        activities=1,
        projects_led=1,
        projects_funded=1,
        projects_partnered=1,
        visits_hosted=1,
    )


def test_open_follow_ups_go_with_it_and_come_back(db: Database, firm: dict[str, str]) -> None:
    assert _due(db) == ["Follow-up 0", "Follow-up 1", "Follow-up 2"]
    with db.transaction() as s:
        org_service.delete_organisations(s, [firm["org"]])
    assert _due(db) == []
    with db.transaction() as s:
        org_service.restore_organisations(s, [firm["org"]])
    assert _due(db) == ["Follow-up 0", "Follow-up 1", "Follow-up 2"]
    with db.reading() as s:  # the one done stayed as it was, live
        done = s.query(m.FollowUp).filter_by(description_en="Done already").one()
        assert done.deleted_at is None and done.status == FollowUpStatus.DONE

    # Deleted Records brings them back too (deleted in the same moment as the organisation).
    with db.transaction() as s:
        org_service.delete_organisations(s, [firm["org"]])
    with db.transaction() as s:
        history.restore_record(s, firm["org"])
    assert _due(db) == ["Follow-up 0", "Follow-up 1", "Follow-up 2"]


def test_a_project_says_its_lead_is_deleted(
    db: Database, firm: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        org_service.delete_organisations(s, [firm["org"]])
    with db.reading() as s:
        assert projects.get_project(s, firm["project"]).lead_deleted
    assert main(["--db", str(db.path), "project", firm["project"][:8]]) == 0
    out = capsys.readouterr().out
    assert (
        "lead organisation: Stuttgart Water Tech GmbH  (deleted: restore it, or choose another lead)" in out
    )


def test_a_project_marks_a_deleted_partner(
    db: Database, firm: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The delete counts the projects it partners on; each of them marks it deleted, as the lead."""
    with db.transaction() as s:
        org_service.delete_organisations(s, [firm["org"]])
        sponge = s.query(m.Project).filter_by(title_en="Sponge city").one().id
    with db.reading() as s:
        [partner] = projects.get_project(s, sponge).partners
        assert partner.organisation_id == firm["org"] and partner.deleted
        [alive] = projects.get_project(s, firm["project"]).partners
        assert not alive.deleted
    assert main(["--db", str(db.path), "project", sponge[:8]]) == 0
    assert "Stuttgart Water Tech GmbH (deleted) (Partner)" in capsys.readouterr().out
