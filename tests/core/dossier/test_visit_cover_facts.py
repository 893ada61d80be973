"""The visit dossier's cover lists the delegation's country and announced size (0070) among its key
facts, in both languages, and leaves the rows out when they are not known."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.services import visits
from tests.core.dossier.pdfcheck import pdftotext_pages

COVER = DossierOptions(sections=frozenset({"cover"}), first_lang="zh")
DAY = dt.date(2027, 4, 12)


def _cover(db: Database, path: Path, **fields: object) -> str:
    with db.transaction() as s:
        visit_id = visits.create_visit(s, title_en="Hanoi water", start_date=DAY, end_date=DAY, **fields).id
    return pdftotext_pages(build_visit_dossier(db, visit_id, path, COVER))[0]


def test_the_cover_says_country_and_head_count(db: Database, tmp_path: Path) -> None:
    text = _cover(db, tmp_path / "v.pdf", country="VN", head_count=8)
    assert "越南" in text and "Vietnam" in text
    assert "代表团 8 人" in text and "Delegation of 8" in text


def test_without_them_no_rows(db: Database, tmp_path: Path) -> None:
    text = _cover(db, tmp_path / "v.pdf")
    assert "国家" not in text and "Delegation of" not in text and "人数统计" not in text
