"""The projects list filtered by an organisation taking part and by what falls due (field test 16
§9): ``list_projects(partner_id=…, due=…)`` and ``petdesk projects --partner ORG --due 30d``."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import projects as project_service
from tests.helpers.project_filters import make_projects

TODAY = dt.date.today()


@pytest.fixture
def projects(db: Database) -> dict[str, str]:
    return make_projects(db)


def test_list_filters_by_partner_and_by_what_falls_due(db: Database, projects: dict[str, str]) -> None:
    with db.reading() as s:
        by_partner = {r.id for r in project_service.list_projects(s, partner_id=projects["bmuv"])}
        window = project_service.due_window("30d", TODAY)
        due = {r.id for r in project_service.list_projects(s, due=window)}
        both = {r.id for r in project_service.list_projects(s, partner_id=projects["bmuv"], due=window)}
    assert by_partner == {projects["partner"], projects["lead"], projects["done"]}
    assert due == {projects["partner"], projects["lead"], projects["none"]}  # a done milestone is not due
    assert both == {projects["partner"], projects["lead"]}


def test_due_window_month_ends_with_this_month() -> None:
    first, last = project_service.due_window("month", dt.date(2026, 2, 10))
    assert (first, last) == (dt.date(2026, 2, 10), dt.date(2026, 2, 28))
    with pytest.raises(project_service.PipelineError):
        project_service.due_window("soon", TODAY)


def test_projects_command_takes_partner_by_part_of_its_name_and_due(
    db: Database, projects: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db.path), "projects", "--partner", "BMUV Export", "--due", "30d"]) == 0
    out = capsys.readouterr().out
    assert "Sponge city" in out and "Biogas" in out
    assert "River" not in out and "Solar" not in out
    assert main(["--db", str(db.path), "projects", "--due", "fortnight"]) == 1
    assert "--due takes 'month'" in capsys.readouterr().err
