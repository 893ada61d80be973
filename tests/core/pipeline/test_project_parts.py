"""A project's partners and milestones changed through services.projects: added once, changed,
and removed as tombstones (which the exchange and the history carry)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.messages import localize
from petdesk.models.enums import MilestoneKind, OrgKind, PartnerRole
from petdesk.services import projects as project_service
from petdesk.services.projects import PipelineError

D = dt.date


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        city = m.Organisation(name_en="Kunming Municipal Government", name_zh="昆明市人民政府")
        firm = m.Organisation(name_en="Blue Lake Water GmbH", kind=OrgKind.ENTERPRISE)
        gone = m.Organisation(name_en="Closed Institute")
        s.add_all([city, firm, gone])
        s.flush()
        gone.soft_delete()
        project = project_service.create_project(s, title_en="Sponge city pilot")
        return {"project": project.id, "city": city.id, "firm": firm.id, "gone": gone.id}


def test_partners_are_added_once_given_roles_and_removed_as_tombstones(
    db: Database, ids: dict[str, str]
) -> None:
    pid = ids["project"]
    with db.transaction() as s:
        project_service.add_partner(s, pid, organisation_id=ids["city"], role=PartnerRole.BENEFICIARY_CITY)
        project_service.add_partner(s, pid, organisation_id=ids["firm"], role="technology_provider")
    with db.reading() as s:
        partners = project_service.get_project(s, pid).partners
    assert [(p.name_en, p.role) for p in partners] == [
        ("Kunming Municipal Government", PartnerRole.BENEFICIARY_CITY),
        ("Blue Lake Water GmbH", PartnerRole.TECHNOLOGY_PROVIDER),
    ]

    with db.transaction() as s:
        with pytest.raises(PipelineError, match="Kunming Municipal Government is already a partner") as twice:
            project_service.add_partner(s, pid, organisation_id=ids["city"], role=PartnerRole.LEAD)
        # The project dialog shows the refusal in the interface's language.
        assert localize(str(twice.value), "zh_CN") == (
            "Kunming Municipal Government 已是本项目的合作伙伴；请改为修改其身份"
        )
        with pytest.raises(PipelineError, match="no organisation"):
            project_service.add_partner(s, pid, organisation_id=ids["gone"])
        with pytest.raises(PipelineError, match="no organisation"):
            project_service.add_partner(s, pid, organisation_id="not-an-id")
        with pytest.raises(PipelineError, match="unknown partner role"):
            project_service.add_partner(s, pid, organisation_id=ids["firm"], role="sponsor")
        with pytest.raises(PipelineError, match="no project"):
            project_service.add_partner(s, "not-a-project", organisation_id=ids["firm"])
        project_service.set_partner_role(s, pid, organisation_id=ids["city"], role=PartnerRole.LEAD)
        project_service.remove_partner(s, pid, organisation_id=ids["firm"])
        with pytest.raises(PipelineError, match="not a partner"):
            project_service.remove_partner(s, pid, organisation_id=ids["firm"])

    with db.reading() as s:
        partners = project_service.get_project(s, pid).partners
        rows = s.query(m.ProjectPartner).filter_by(project_id=pid, organisation_id=ids["firm"]).all()
    assert [(p.organisation_id, p.role) for p in partners] == [(ids["city"], PartnerRole.LEAD)]
    assert len(rows) == 1 and rows[0].deleted_at is not None  # a tombstone, not a vanished row

    # Removed, it can come back: a new row, the tombstone stays.
    with db.transaction() as s:
        project_service.add_partner(s, pid, organisation_id=ids["firm"])
    with db.reading() as s:
        assert len(project_service.get_project(s, pid).partners) == 2
        assert s.query(m.ProjectPartner).filter_by(organisation_id=ids["firm"]).count() == 2


def test_milestones_are_added_edited_ticked_off_and_removed(db: Database, ids: dict[str, str]) -> None:
    pid = ids["project"]
    with db.transaction() as s:
        report = project_service.add_milestone(
            s, pid, title_en="Interim report", kind="report", due=D(2027, 6, 30)
        ).id
        note = project_service.add_milestone(s, pid, title_zh="概念说明", due=D(2027, 1, 15), done=True).id
        with pytest.raises(PipelineError, match="title"):
            project_service.add_milestone(s, pid, title_en="  ")
        with pytest.raises(PipelineError, match="unknown milestone kind"):
            project_service.add_milestone(s, pid, title_en="Visit", kind="meeting")
    with db.reading() as s:
        views = project_service.get_project(s, pid).milestones
    assert [(v.id, v.kind, v.due, v.done) for v in views] == [
        (note, MilestoneKind.MILESTONE, D(2027, 1, 15), True),
        (report, MilestoneKind.REPORT, D(2027, 6, 30), False),
    ]

    with db.transaction() as s:
        project_service.update_milestone(
            s, report, title_zh="中期报告", kind=MilestoneKind.DEADLINE, due=None
        )
        project_service.set_milestone_done(s, note, False)
        with pytest.raises(PipelineError, match="title"):
            project_service.update_milestone(s, report, title_en="", title_zh="")
        with pytest.raises(TypeError, match="project_id"):
            project_service.update_milestone(s, report, project_id=ids["project"])
    with db.reading() as s:
        changed = {v.id: v for v in project_service.get_project(s, pid).milestones}
    assert (changed[report].title_en, changed[report].title_zh) == ("Interim report", "中期报告")
    assert (changed[report].kind, changed[report].due) == (MilestoneKind.DEADLINE, None)
    assert changed[note].done is False

    with db.transaction() as s:
        project_service.set_milestone_done(s, report)
        project_service.remove_milestone(s, note)
        with pytest.raises(PipelineError, match="no milestone"):
            project_service.remove_milestone(s, note)
        with pytest.raises(PipelineError, match="no milestone"):
            project_service.set_milestone_done(s, note)
    with db.reading() as s:
        left = project_service.get_project(s, pid).milestones
        tombstone = s.get(m.ProjectMilestone, note)
    assert [(v.id, v.done) for v in left] == [(report, True)]
    assert tombstone is not None and tombstone.deleted_at is not None


def test_an_open_milestone_reminds_until_it_is_done_or_removed(db: Database, ids: dict[str, str]) -> None:
    pid = ids["project"]
    with db.transaction() as s:
        ms = project_service.add_milestone(s, pid, title_en="Final report", due=D(2027, 3, 1)).id

    def due() -> list[str]:
        with db.reading() as s:
            return [
                en
                for _d, _p, en, _zh in project_service.upcoming_deadlines(s, D(2027, 1, 1), D(2027, 12, 31))
            ]

    assert due() == ["Final report (Sponge city pilot)"]
    with db.transaction() as s:
        project_service.set_milestone_done(s, ms)
    assert due() == []
    with db.transaction() as s:
        project_service.set_milestone_done(s, ms, False)
    assert due() == ["Final report (Sponge city pilot)"]
    with db.transaction() as s:
        project_service.remove_milestone(s, ms)
    assert due() == []


def test_a_deleted_project_takes_its_parts_and_brings_back_only_those(
    db: Database, ids: dict[str, str]
) -> None:
    from petdesk.services import history

    kinds = ("project", "project_partner", "project_milestone")
    pid = ids["project"]
    with db.transaction() as s:
        project_service.add_partner(s, pid, organisation_id=ids["city"])
        project_service.add_partner(s, pid, organisation_id=ids["firm"])
        project_service.remove_partner(s, pid, organisation_id=ids["firm"])  # removed on its own, before
        ms = project_service.add_milestone(s, pid, title_en="Concept note", due=D(2027, 1, 15))
        project_service.move_project(s, pid, project_service.parse_stage("submitted"))
    with db.transaction() as s:
        assert project_service.delete_projects(s, [pid, pid]) == [pid]
        assert project_service.delete_projects(s, [pid]) == []  # already deleted
    with db.reading() as s:
        with pytest.raises(PipelineError):
            project_service.get_project(s, pid)
        assert project_service.list_projects(s) == []
        assert project_service.upcoming_deadlines(s, D(2027, 1, 1), D(2027, 2, 1)) == []
        # listed once, as the project: its partner and milestone come back with it
        assert [(r.entity, r.row_id) for r in history.deleted_records(s, kinds=kinds)] == [("project", pid)]
        # a milestone of a deleted project cannot come back on its own
        with pytest.raises(history.HistoryError, match="restore the project first"):
            history.restore_record(s, ms.id)
    with db.transaction() as s:
        assert project_service.restore_projects(s, [pid]) == [pid]
    with db.reading() as s:
        d = project_service.get_project(s, pid)
        assert [p.organisation_id for p in d.partners] == [ids["city"]]  # the firm stays removed
        assert [x.title_en for x in d.milestones] == ["Concept note"]
        assert [mv.stage.value for mv in d.moves][-1] == "submitted"
        # the firm's own removal is still in Deleted Records, labelled with its project
        (ref,) = history.deleted_records(s, kinds=kinds)
        assert (ref.entity, ref.label) == ("project_partner", "Blue Lake Water GmbH · Sponge city pilot")
    with db.transaction() as s:
        project_service.add_partner(s, pid, organisation_id=ids["firm"])
        with pytest.raises(history.HistoryError, match="partner of this project again"):
            history.restore_record(s, ref.row_id)
