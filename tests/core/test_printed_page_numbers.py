"""Every plain line-by-line report numbers its pages "Page n of N / 第 n 页，共 N 页" (print review
pdfreview56: the market overview, annual summary, hand-over list and a person's data had no page
numbers, so a reader could not tell a page was missing), the reader's language first."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from petdesk.cli import main
from petdesk.db import Database
from tests.core.dossier.pdfcheck import pdftotext_pages


def _someone(db: Database, sql: str) -> str:
    with db.reading() as s:
        return str(s.execute(text(sql)).scalar_one())


def _commands(db: Database, out: Path) -> dict[str, list[str]]:
    organiser = _someone(db, "SELECT contact_id FROM visit_participant WHERE role = 'organiser' LIMIT 1")
    contact = _someone(db, "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT 1")
    return {
        "market": ["report", "market", "--year", "2026", "--out", str(out)],
        "year": ["report", "year", "2026", "--out", str(out)],
        "handover": ["handover", organiser, "--out", str(out)],
        "person": ["person", "export", contact, "--out", str(out)],
    }


@pytest.mark.parametrize("kind", ["market", "year", "handover", "person"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_page_numbered(demo_db: Database, tmp_path: Path, kind: str, lang: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    args = _commands(demo_db, out)[kind]
    assert (
        main(
            [
                "--db",
                str(demo_db.path),
                "--lang",
                lang,
                *args,
                *(["--lang", lang] if kind != "person" else []),
            ]
        )
        == 0
    )
    pages = pdftotext_pages(out)
    for number, page in enumerate(pages, start=1):
        en, zh = f"Page {number} of {len(pages)}", f"第 {number} 页，共 {len(pages)} 页"
        assert en in page and zh in page, (kind, number)
        if kind != "person":  # a person's data is written with its English labels first
            first, second = (zh, en) if lang == "zh_CN" else (en, zh)
            assert page.index(first) < page.index(second)
