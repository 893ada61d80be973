"""``petdesk report projects --out F.csv`` read back by ``import-projects`` (field coop60): the
overview writes each project's currency in a column of its own and its stage in both languages
("Submitted / 已提交"); the import read every amount as the office's yuan and every stage as "idea",
so US dollars, euros and won were summed as one CNY total."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import project_report
from petdesk.enums import ProjectStatus
from petdesk.services import past_projects
from petdesk.services import projects as project_service

PROJECTS = (
    ("Dianchi villages wastewater pilot", "USD", 1_500_000.0, ProjectStatus.PREPARING),
    ("Suwon sewer overflow control", "KRW", 800_000_000.0, ProjectStatus.SUBMITTED),
    ("Changzhou street air sensors", "EUR", 250_000.5, ProjectStatus.APPROVED),
)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_overview_reads_back_with_its_currencies_and_stages(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    with db.transaction() as s:
        made = [
            project_service.create_project(s, title_en=t, currency=c, amount=a, stage=st, funder="GIZ").id
            for t, c, a, st in PROJECTS
        ]
    out = project_report.build_project_report(db, tmp_path / f"overview{suffix}", lang="both")
    with db.transaction() as s:
        project_service.delete_projects(s, made)  # else each row is skipped as already in petdesk
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, out)
    assert {p.title: (p.currency, p.amount, p.stage) for p in plan.planned} == {
        t: (c, a, st) for t, c, a, st in PROJECTS
    }


def test_a_currency_cell_that_is_no_code_skips_its_row(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "projects.csv"
    sheet.write_text("Project,Funder,Currency,Amount\nA,GIZ,EUR,100\nB,GIZ,Euro dollars,200\n", "utf-8")
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, sheet)
    assert [(p.title, p.currency) for p in plan.planned] == [("A", "EUR")]
    assert [(x.row, x.values) for x in plan.skipped] == [(3, {"currency": "EURO DOLLARS"})]


def test_a_workbook_s_projects_sheet_is_read_before_a_visits_sheet_with_a_title_and_status(
    db: Database, tmp_path: Path
) -> None:
    """petdesk's yearly archive (export-archive) has a visits sheet (title, status) before its projects
    sheet: "0 projects added from visits" was all the import said."""
    from openpyxl import Workbook

    book = Workbook()
    visits = book.active
    assert visits is not None
    visits.title = "visits"
    visits.append(["ID", "Title (English)", "From", "To", "Status"])
    projects = book.create_sheet("projects")
    projects.append(["ID", "Title (English)", "Status", "Organisation"])
    projects.append(["x1", "Kunming food waste to biogas", "Running", "Kunming Municipal Government"])
    book.save(tmp_path / "archive.xlsx")
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, tmp_path / "archive.xlsx")
    assert plan.sheet == "projects"
    assert [(p.title, p.stage) for p in plan.planned] == [
        ("Kunming food waste to biogas", ProjectStatus.RUNNING)
    ]


def test_a_two_language_title_is_split_and_found_already_here(db: Database, tmp_path: Path) -> None:
    """The overview writes "English / 中文" in one cell: read back, that made a second project of one
    already in petdesk, and a new one kept both languages as one title."""
    with db.transaction() as s:
        made = project_service.create_project(
            s, title_en="Kunming food waste to biogas", title_zh="昆明餐厨垃圾沼气化", funder="GIZ", amount=10
        )
    out = project_report.build_project_report(db, tmp_path / "overview.csv", lang="both")
    with db.reading() as s:
        again = past_projects.plan_past_projects(s, out)
    assert not again.planned and len(again.skipped) == 1
    with db.transaction() as s:
        project_service.delete_projects(s, [made.id])
        (added,) = past_projects.import_past_projects(s, out).added
        project = s.get(m.Project, added)
        assert project is not None
        assert (project.title_en, project.title_zh) == ("Kunming food waste to biogas", "昆明餐厨垃圾沼气化")


def test_the_overview_s_co_financing_and_programme_are_read_back(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        made = project_service.create_project(
            s,
            title_en="Dianchi villages wastewater pilot",
            funder="Asian Development Bank",
            programme_en="Urban Climate Change Resilience Trust Fund",
            currency="USD",
            amount=1_500_000,
            cofinancing=500_000,
        )
    out = project_report.build_project_report(db, tmp_path / "overview.xlsx", lang="both")
    with db.transaction() as s:
        project_service.delete_projects(s, [made.id])
        (added,) = past_projects.import_past_projects(s, out).added
        project = s.get(m.Project, added)
        assert project is not None
        assert (project.currency, project.cofinancing, project.programme_en) == (
            "USD",
            500_000,
            "Urban Climate Change Resilience Trust Fund",
        )
