"""Sync carries every table of the cooperation pipeline between offices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import MatchState, OrgKind, PartnerRole, ProjectStatus
from petdesk.services import needs as need_service
from petdesk.services import projects as project_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service
from petdesk.sync.entities import by_name
from tests.core.sync.helpers import send

PIPELINE_TABLES = (
    "project",
    "project_stage_change",
    "project_partner",
    "project_milestone",
    "project_link",
    "technology",
    "technology_reference",
    "city_need",
    "tech_match",
    "finance_lead",
)


def test_every_pipeline_table_is_synchronised() -> None:
    assert set(PIPELINE_TABLES) <= set(by_name())
    assert "funder_organisation_id" in by_name()["project"].columns


def test_pipeline_records_travel_and_a_board_move_follows(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    beijing, bonn, _nairobi = offices
    with beijing.transaction() as s:
        city = m.Organisation(name_en="Kunming", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        gef = m.Organisation(name_en="GEF", kind=OrgKind.FUND)
        s.add_all([city, gef])
        s.flush()
        project = project_service.create_project(
            s,
            title_en="Pilot",
            amount=1000.0,
            currency="USD",
            funder_organisation_id=gef.id,
            partners=[(city.id, PartnerRole.BENEFICIARY_CITY)],
            on=dt.date(2026, 11, 1),
        )
        project_service.add_milestone(s, project.id, title_en="Report", due=dt.date(2027, 1, 31))
        tech = tech_service.create_technology(
            s,
            name_en="Leak detection",
            sector="water",
            trl=9,
            references=[{"place_en": "Chengdu", "country": "CN", "year": 2021}],
        )
        need = need_service.create_need(
            s, title_zh="管网漏损", problem_zh="供水管网漏损", sector="water", city_organisation_id=city.id
        )
        match = tech_matching.shortlist(s, need.id, tech.id)
        s.add(m.FinanceLead(title_en="Loan", need_id=need.id, investor_organisation_id=gef.id, amount=5e6))
        ids = project.id, match.id
    send(beijing, bonn, packages)
    with bonn.reading() as s:
        for table, model in (
            ("technology", m.Technology),
            ("city_need", m.CityNeed),
            ("finance_lead", m.FinanceLead),
            ("technology_reference", m.TechnologyReference),
            ("project_milestone", m.ProjectMilestone),
            ("project_partner", m.ProjectPartner),
            ("project_stage_change", m.ProjectStageChange),
        ):
            assert s.query(model).count() == 1, table
        assert s.get(m.TechMatch, ids[1]).state == MatchState.SUGGESTED
    with beijing.transaction() as s:
        project_service.move_project(s, ids[0], ProjectStatus.SUBMITTED, on=dt.date(2026, 11, 20))
        tech_matching.move_match(s, ids[1], MatchState.INTRODUCED)
    send(beijing, bonn, packages)
    with bonn.reading() as s:
        assert s.get(m.Project, ids[0]).status == ProjectStatus.SUBMITTED
        assert s.query(m.ProjectStageChange).count() == 2
        assert s.get(m.TechMatch, ids[1]).state == MatchState.INTRODUCED


def test_two_offices_naming_the_same_funder_make_one_organisation(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    """Funders are organisations: named independently in two offices, they become the same record."""
    beijing, bonn, _nairobi = offices
    for office, title in ((beijing, "Sponge city"), (bonn, "District heating")):
        with office.transaction() as s:
            project_service.create_project(
                s, title_en=title, funder=("Green Climate Fund (GCF)", "绿色气候基金")
            )
    send(beijing, bonn, packages)
    send(bonn, beijing, packages)
    for office in (beijing, bonn):
        with office.reading() as s:
            funds = s.query(m.Organisation).filter_by(kind=OrgKind.FUND).all()
            assert [(o.name_en, o.name_zh) for o in funds] == [("Green Climate Fund (GCF)", "绿色气候基金")]
            projects = s.query(m.Project).all()
            assert len(projects) == 2 and {p.funder_organisation_id for p in projects} == {funds[0].id}
            row = project_service.list_projects(s, query="绿色气候")[0]
            assert row.funder("zh") == "绿色气候基金"
