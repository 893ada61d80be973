"""The projects the board and the list show (services.projects.list_projects): one row per live
project with its funder's names, the day it entered its stage, in board order, filtered."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import OrgKind, ProjectStatus
from petdesk.services import projects as project_service

D = dt.date


def test_rows_carry_funder_names_and_the_day_of_the_last_move_in_board_order(db: Database) -> None:
    with db.transaction() as s:
        gcf = m.Organisation(name_en="Green Climate Fund", name_zh="绿色气候基金", kind=OrgKind.FUND)
        zh_only = m.Organisation(name_en="", name_zh="南南合作援助基金", kind=OrgKind.FUND)
        s.add_all([gcf, zh_only])
        s.flush()
        ids = {}
        for key, title, stage, funder, rank in (
            ("pilot", "Sponge city pilot", ProjectStatus.SUBMITTED, gcf.id, 2),
            ("biogas", "Biogas for Kunming", ProjectStatus.SUBMITTED, zh_only.id, 1),
            ("idea", "River clean-up", ProjectStatus.IDEA, None, 0),
            ("gone", "Deleted project", ProjectStatus.IDEA, gcf.id, 0),
        ):
            project = project_service.create_project(
                s,
                title_en=title,
                title_zh="海绵城市试点" if key == "pilot" else "",
                stage=stage,
                on=D(2026, 1, 5),
                funder_organisation_id=funder,
                amount=1_000_000.0,
                currency="USD",
            )
            project.board_rank = rank
            ids[key] = project.id
        project_service.move_project(s, ids["pilot"], ProjectStatus.APPROVED, on=D(2026, 3, 1))
        # a move taken back leaves the day of the move before it
        undone = project_service.move_project(s, ids["biogas"], ProjectStatus.APPROVED, on=D(2026, 4, 1))
        project_service.undo_move(s, undone)
        # a move dated before the one it follows is refused (field test 37, §6)
        with pytest.raises(project_service.PipelineError, match="last stage move was on 2026-01-05"):
            project_service.move_project(s, ids["idea"], ProjectStatus.PREPARING, on=D(2025, 12, 1))
        s.get(m.Project, ids["gone"]).soft_delete()

    with db.reading() as s:
        rows = project_service.list_projects(s)
    by_id = {r.id: r for r in rows}
    assert ids["gone"] not in by_id
    order = {stage: i for i, stage in enumerate(project_service.STAGES)}
    assert [r.id for r in rows] == sorted(
        by_id, key=lambda i: (order[by_id[i].stage], by_id[i].board_rank, by_id[i].title_en)
    )
    pilot, biogas, idea = by_id[ids["pilot"]], by_id[ids["biogas"]], by_id[ids["idea"]]
    assert (pilot.stage, pilot.stage_since) == (ProjectStatus.APPROVED, D(2026, 3, 1))
    assert (biogas.stage, biogas.stage_since) == (ProjectStatus.SUBMITTED, D(2026, 1, 5))
    assert (idea.stage, idea.stage_since) == (ProjectStatus.IDEA, D(2026, 1, 5))
    assert (pilot.funder_en, pilot.funder_zh) == ("Green Climate Fund", "绿色气候基金")
    assert (biogas.funder_en, biogas.funder_zh) == ("南南合作援助基金", "南南合作援助基金")
    assert (idea.funder_id, idea.funder_en, idea.funder_zh) == (None, "", "")
    assert (pilot.amount_requested, pilot.currency, pilot.title_zh) == (1_000_000.0, "USD", "海绵城市试点")

    with db.reading() as s:
        submitted = project_service.list_projects(s, stages=[ProjectStatus.SUBMITTED])
        by_funder = project_service.list_projects(s, funder_id=pilot.funder_id)
        found = project_service.list_projects(s, query="海绵")
        by_funder_name = project_service.list_projects(s, query="南南合作")
    assert [r.id for r in submitted] == [ids["biogas"]]
    assert [r.id for r in by_funder] == [ids["pilot"]]
    assert [r.id for r in found] == [ids["pilot"]]
    assert [r.id for r in by_funder_name] == [ids["biogas"]]


def test_update_project_changes_fields_and_funder_but_not_the_stage(db: Database) -> None:
    import pytest

    with db.transaction() as s:
        p = project_service.create_project(
            s, title_en="Sponge city pilot", currency="usd", funder="Global Environment Facility (GEF)"
        )
        pid, gef = p.id, p.funder_organisation_id
    with db.transaction() as s:
        changed = project_service.update_project(
            s, pid, title_zh="海绵城市试点", amount=2_000_000, currency="eur", deadline=dt.date(2027, 3, 31)
        )
        assert (changed.title_en, changed.title_zh, changed.currency) == (
            "Sponge city pilot",
            "海绵城市试点",
            "EUR",
        )
        assert changed.funder_organisation_id == gef and changed.status == ProjectStatus.IDEA  # untouched
        project_service.update_project(s, pid, funder="Asian Development Bank (ADB)")
        adb = s.get(m.Organisation, s.get(m.Project, pid).funder_organisation_id)
        assert adb.name_en == "Asian Development Bank (ADB)" and adb.kind == OrgKind.FUND
        project_service.update_project(s, pid, funder="")
        assert s.get(m.Project, pid).funder_organisation_id is None
        with pytest.raises(project_service.PipelineError, match="title"):
            project_service.update_project(s, pid, title_en="", title_zh="")
        with pytest.raises(project_service.PipelineError, match="currency"):
            project_service.update_project(s, pid, currency="euro")
