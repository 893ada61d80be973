"""The market overview and the annual summary say which projects they count in words a reader knows,
not as a command-line option ("(as projects --year)" was printed: review of round 56)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from tests.core.dossier.pdfcheck import flat, pdftotext_pages


@pytest.mark.parametrize("kind", ["market", "year"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_period_rule_names_no_command(db: Database, tmp_path: Path, kind: str, lang: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    args = ["report", "market", "--year", "2026"] if kind == "market" else ["report", "year", "2026"]
    assert main(["--db", str(db.path), *args, "--out", str(out), "--lang", lang]) == 0
    text = flat("\n".join(pdftotext_pages(out)))
    assert "--year" not in text and "projects --" not in text
    assert flat("Projects page lists") in text and flat("“项目”页面按年份列出的项目") in text
