"""A bilingual PDF puts the reader's language first (field test 58, item 8): ``petdesk --lang zh_CN
report projects`` printed the overview English first, and ``petdesk --lang zh_CN dossier`` did too
unless its own ``--lang`` was given; the window's dossier dialog already started from its language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.language import reader_first
from petdesk.services import projects as project_service
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import pdftotext_pages


def _lang(pdf: Path) -> str:
    return str(pypdf.PdfReader(str(pdf)).trailer["/Root"]["/Lang"])


def test_the_readers_language_is_printed_first() -> None:
    assert [reader_first(x) for x in ("zh_CN", "zh", "zh-Hans", "en", "", None)] == [
        "zh", "zh", "zh", "en", "en", "en",
    ]  # fmt: skip


@pytest.mark.parametrize(("ui", "first"), [("zh_CN", "zh-CN"), ("en", "en")])
def test_the_project_overview_follows_the_language(db: Database, tmp_path: Path, ui: str, first: str) -> None:
    with db.transaction() as s:
        project_service.create_project(s, title_en="Sponge city", title_zh="海绵城市")
    out = tmp_path / "projects.pdf"
    assert main(["--db", str(db.path), "--lang", ui, "report", "projects", "--out", str(out)]) == 0
    assert _lang(out) == first
    text = "".join(pdftotext_pages(out)[0].split())
    english, chinese = text.index("Projectoverview"), text.index("项目概览")
    assert (chinese < english) == (ui == "zh_CN")


def test_the_dossier_follows_the_language_unless_told(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        visit = vs.create_visit(
            s,
            title_en="Sludge tour",
            title_zh="污泥考察",
            start_date=dt.date(2026, 12, 8),
            end_date=dt.date(2026, 12, 9),
        )
    base = ["--db", str(db.path), "--lang", "zh_CN", "dossier", "visit", visit.id]
    assert main([*base, "--out", str(tmp_path / "zh.pdf")]) == 0
    assert _lang(tmp_path / "zh.pdf") == "zh-CN"
    assert main([*base, "--out", str(tmp_path / "en.pdf"), "--lang", "en"]) == 0  # chosen: kept
    assert _lang(tmp_path / "en.pdf") == "en"
