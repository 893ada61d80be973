"""A document printed in one language has its running header and footer in that language alone
(field test 37, §9: ``report projects --lang en`` printed "Page 1 of 8 / 第 1 页，共 8 页")."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import projects as project_service
from tests.core.dossier.pdfcheck import pdftotext_pages


@pytest.mark.parametrize(
    ("lang", "wanted", "unwanted"),
    [
        ("en", ("Page 2 of 2", "Printed"), ("第 1 页", "打印于", "项目概览")),
        ("zh", ("第 2 页，共 2 页", "打印于"), ("Page 1", "Printed")),
    ],
)
def test_report_projects_in_one_language_has_header_and_footer_in_it(
    db: Database, tmp_path: Path, lang: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    with db.transaction() as s:
        project_service.create_project(s, title_en="Biogas", title_zh="沼气")
    out = tmp_path / f"p_{lang}.pdf"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", lang]) == 0
    pages = "\f".join(pdftotext_pages(out))
    assert all(text in pages for text in wanted), pages
    assert not any(text in pages for text in unwanted), pages
