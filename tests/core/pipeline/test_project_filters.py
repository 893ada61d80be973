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
    assert "--due takes “month”" in capsys.readouterr().err


@pytest.mark.parametrize(
    "chosen",
    [
        {"partner": True},
        {"due": "30d"},
        {"partner": True, "due": "30d"},
        {"partner": True, "query": "sponge"},
        {},
    ],
)
def test_one_filter_drives_the_list_and_the_printed_overview(
    db: Database, projects: dict[str, str], chosen: dict[str, object]
) -> None:
    """Field test 25: the Projects page printed every project although the list showed those of
    one partner due soon. The page builds one ProjectFilter; the list reads it (its clauses, and
    the words through its search) and the overview gathers with it: the same projects."""
    from petdesk.dossier.project_report import gather_projects
    from petdesk.services import pipeline_lists

    wanted = project_service.ProjectFilter(
        partner_id=projects["bmuv"] if chosen.get("partner") else None,
        due=project_service.due_window(str(chosen["due"]), TODAY) if "due" in chosen else None,
        query=str(chosen.get("query", "")),
    )
    listing = pipeline_lists.projects("en")
    listing.where = wanted.clauses()
    with db.reading() as s:
        listed = {row[0] for row in listing.page(s, offset=0, limit=100, text=wanted.query)}
        printed = {line.id for line in gather_projects(s, wanted).projects}
    assert listed == printed
    assert (len(printed) < 4) == wanted.narrows()


def test_report_projects_takes_partner_and_due_as_the_list_does(
    db: Database, projects: dict[str, str], tmp_path: object
) -> None:
    from pathlib import Path

    from tests.core.dossier.pdfcheck import flat, pdftotext_pages

    out = Path(str(tmp_path)) / "due.pdf"
    args = ["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", "en"]
    assert main([*args, "--partner", "BMUV Export", "--due", "30d"]) == 0
    text = flat("".join(pdftotext_pages(out)))
    assert flat("Sponge city") in text and flat("Biogas") in text
    assert flat("River") not in text and flat("Solar") not in text
    assert flat("Partner: BMUV Export Initiative") in text
