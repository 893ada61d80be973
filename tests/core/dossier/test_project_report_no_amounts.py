"""Projects without any amount yet are not "no projects" under the money per currency (field test
106: the overview of eleven applications, most without a budget yet, said 没有项目 / "No projects."
under the totals, just below the projects it listed)."""

from __future__ import annotations

from pathlib import Path

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import projects as project_service
from tests.core.dossier.pdfcheck import flat, pdftotext_pages


def test_a_project_without_an_amount_gets_no_amounts_not_no_projects(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        project_service.create_project(
            s, title_en="Industrial park energy audits", title_zh="工业园区能源审计"
        )
    out = tmp_path / "p.pdf"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out)]) == 0
    text = flat("".join(pdftotext_pages(out)))
    assert flat("No projects.") not in text and "没有项目" not in text
    assert flat("No amounts yet.") in text and "尚无金额" in text
