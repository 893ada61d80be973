"""The pipeline seen from elsewhere: an organisation's technologies, needs, matches and projects;
project deadlines and milestones in the reminders, the calendar and the CLI."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import MatchState, MilestoneKind, OrgKind, PartnerRole, ProjectStatus
from petdesk.services import calendar as cs
from petdesk.services import needs as need_service
from petdesk.services import org_pipeline, tech_matching
from petdesk.services import projects as project_service
from petdesk.services import reminders as rs
from petdesk.services import technologies as tech_service

TODAY = dt.date(2027, 3, 1)


@pytest.fixture
def linked(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        gef = m.Organisation(
            name_en="Global Environment Facility (GEF)", name_zh="全球环境基金", kind=OrgKind.FUND
        )
        city = m.Organisation(
            name_en="Kunming Municipal Government", name_zh="昆明市人民政府", kind=OrgKind.CITY_GOVERNMENT
        )
        firm = m.Organisation(name_en="Blue Lake Water GmbH", kind=OrgKind.ENTERPRISE, country="DE")
        other = m.Organisation(name_en="Unrelated Institute", kind=OrgKind.UNIVERSITY)
        s.add_all([gef, city, firm, other])
        s.flush()
        project = project_service.create_project(
            s,
            title_en="Sponge city pilot for Kunming",
            title_zh="昆明海绵城市试点",
            funder_organisation_id=gef.id,
            lead_organisation_id=city.id,
            deadline=TODAY + dt.timedelta(days=10),
            partners=[(firm.id, PartnerRole.TECHNOLOGY_PROVIDER)],
        )
        closed = project_service.create_project(
            s, title_en="Closed project", stage=ProjectStatus.CLOSED, deadline=TODAY + dt.timedelta(days=3)
        )
        project_service.add_milestone(
            s, project.id, title_en="Interim report", title_zh="中期报告", kind=MilestoneKind.REPORT,
            due=TODAY - dt.timedelta(days=5),
        )  # fmt: skip
        project_service.add_milestone(
            s, project.id, title_en="Steering meeting", due=TODAY + dt.timedelta(days=20)
        )
        done = project_service.add_milestone(
            s, project.id, title_en="Kick-off", due=TODAY - dt.timedelta(days=2)
        )
        done.done = True
        tech = tech_service.create_technology(
            s, name_en="Acoustic leak detection", name_zh="供水管网声学漏损检测", sector="water", trl=9,
            description_en="Acoustic sensors find leaks in the water supply pipe network.",
            provider_organisation_id=firm.id,
        )  # fmt: skip
        need = need_service.create_need(
            s, city_organisation_id=city.id, title_zh="供水管网漏损严重", problem_zh="供水管网漏损率达30%。",
            sector="water",
        )  # fmt: skip
        match = tech_matching.shortlist(s, need.id, tech.id, on=TODAY)
        tech_matching.move_match(s, match.id, MatchState.MEETING_HELD, on=TODAY)
    return {
        "gef": gef.id, "city": city.id, "firm": firm.id, "other": other.id, "project": project.id,
        "closed": closed.id, "tech": tech.id, "need": need.id, "match": match.id,
    }  # fmt: skip


def test_an_organisation_sees_its_technologies_needs_matches_and_projects(
    db: Database, linked: dict[str, str]
) -> None:
    with db.reading() as s:
        found = org_pipeline.pipelines(s, [linked["firm"], linked["city"], linked["gef"], linked["other"]])
    firm, city, gef, other = (found[linked[k]] for k in ("firm", "city", "gef", "other"))
    assert [t.name_en for t in firm.technologies] == ["Acoustic leak detection"] and not firm.needs
    assert [n.title("zh") for n in city.needs] == ["供水管网漏损严重"] and not city.technologies
    # the same match from both sides, each naming the other side, with its state
    assert [(x.id, x.state, x.other("en")) for x in firm.matches] == [
        (linked["match"], MatchState.MEETING_HELD, "Kunming Municipal Government")
    ]
    assert [(x.id, x.other("en"), x.state_changed_on) for x in city.matches] == [
        (linked["match"], "Blue Lake Water GmbH", TODAY)
    ]
    assert [(p.id, p.role) for p in gef.projects] == [(linked["project"], "funder")]
    assert [(p.id, p.role) for p in city.projects] == [(linked["project"], "lead")]
    assert [(p.id, p.role) for p in firm.projects] == [(linked["project"], "technology_provider")]
    assert other.empty
    # a deleted technology leaves the provider's list and its matches
    with db.transaction() as s:
        s.get(m.Technology, linked["tech"]).soft_delete()
    with db.reading() as s:
        firm = org_pipeline.organisation_pipeline(s, linked["firm"])
    assert not firm.technologies and not firm.matches


def test_project_deadlines_and_milestones_are_reminders(db: Database, linked: dict[str, str]) -> None:
    with db.reading() as s:
        found = [r for r in rs.reminders(s, today=TODAY, days=14) if r.ref_kind == "project"]
        person = rs.reminders(s, today=TODAY, days=14, contact_id="nobody")
        month = [r for r in rs.reminders(s, today=TODAY, days=30) if r.ref_kind == "project"]
    kinds = [(r.kind, r.date, r.ref_id) for r in found]
    # overdue report first (urgent); the closed project's deadline and the done milestone never show
    assert kinds == [
        (rs.MILESTONE_OVERDUE, TODAY - dt.timedelta(days=5), linked["project"]),
        (rs.PROJECT_DEADLINE, TODAY + dt.timedelta(days=10), linked["project"]),
    ]
    assert found[0].urgent and not found[1].urgent
    assert "Interim report" in found[0].describe("en", TODAY)
    assert "中期报告" in found[0].describe("zh_CN", TODAY) and "截止" not in found[0].describe("en", TODAY)
    assert "Sponge city pilot" in found[1].describe("en", TODAY)
    assert "昆明海绵城市试点" in found[1].describe("zh_CN", TODAY)
    assert not [r for r in person if r.ref_kind == "project"]
    assert len(month) == 3  # the steering meeting in 20 days too


def test_project_deadlines_are_on_the_calendar(db: Database, linked: dict[str, str]) -> None:
    tz = ZoneInfo("Asia/Shanghai")
    with db.reading() as s:
        march = cs.events_between_dates(s, TODAY, TODAY + dt.timedelta(days=30), tz)
        for_city = cs.events_between_dates(
            s, TODAY, TODAY + dt.timedelta(days=30), tz, cs.Filters(organisation_id=linked["city"])
        )
        for_other = cs.events_between_dates(
            s, TODAY, TODAY + dt.timedelta(days=30), tz, cs.Filters(organisation_id=linked["other"])
        )
    deadlines = [e for e in march if e.kind == cs.DEADLINE]
    by_title = {e.title_en: e for e in deadlines}
    # a closed project's deadline is history, as in the reminders (field test 9, defect 9)
    assert set(by_title) == {"Deadline: Sponge city pilot for Kunming", "Steering meeting"}
    day = by_title["Deadline: Sponge city pilot for Kunming"]
    assert day.all_day and day.parent_id == linked["project"]
    # on its own date in the viewer's zone, not the day before
    days = cs.by_day(deadlines, TODAY, TODAY + dt.timedelta(days=30), tz)
    assert day in days[TODAY + dt.timedelta(days=10)] and day not in days[TODAY + dt.timedelta(days=9)]
    assert by_title["Steering meeting"].parent_title("zh") == "昆明海绵城市试点"
    assert {e.title_en for e in for_city if e.kind == cs.DEADLINE} == {
        "Deadline: Sponge city pilot for Kunming",
        "Steering meeting",
    }
    assert not [e for e in for_other if e.kind == cs.DEADLINE]


def test_reminders_command_lists_project_dates(db: Database, linked: dict[str, str], capsys) -> None:
    code = main(["--db", str(db.path), "reminders", "--days", "400"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Sponge city pilot for Kunming" in out or "Steering meeting" in out
