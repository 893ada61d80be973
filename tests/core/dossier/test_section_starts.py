"""A section that starts on a new page takes the page the section before ends on when that page
holds only its short end (field test F13: a one-row "Open follow-ups" table alone on page 5 of the
visit dossier, one participant's profile alone on page 11)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.dossier.labels import Bi
from petdesk.dossier.layout import Chrome, DossierOptions, Section, Text, render
from tests.core.dossier.pdfcheck import pdftotext_pages

LINE = "A line of the long section, long enough to take one printed line of the column. " * 2


def _pdf(tmp_path: Path, first_lines: int) -> list[str]:
    sections = [
        Section(
            "long", Bi("Long section", "长节"), [Text(Bi(f"{LINE} {n}", "")) for n in range(first_lines)]
        ),
        Section("short", Bi("Short section", "短节"), [Text(Bi("Only a few lines.", "几行。"))]),
        Section("next", Bi("Next section", "下一节"), [Text(Bi("After the short one.", "其后。"))]),
    ]
    chrome = Chrome(
        office=Bi("Office", "办公室"), title=Bi("Test", "测试"), generated=dt.datetime(2026, 12, 4)
    )
    out = render(sections, tmp_path / "d.pdf", DossierOptions(reproducible=True, contents=False), chrome)
    return [" ".join(page.split()) for page in pdftotext_pages(out)]


def _page_of(pages: list[str], text: str) -> int:
    return next(n for n, page in enumerate(pages, start=1) if text in page)


def test_a_section_starts_below_the_short_end_of_the_one_before(tmp_path: Path) -> None:
    pages = _pdf(tmp_path, 16)  # a page (14 paragraphs) and two paragraphs
    tail = max(n for n, page in enumerate(pages, start=1) if "long section" in page)
    assert tail == 2 and pages[1].count("long section") < pages[0].count("long section") / 2
    # The long section ends with a few lines on page 2, and the short section follows there.
    assert _page_of(pages, "Short section") == 2
    # The short section began on page 2: the next one still starts a page of its own.
    assert _page_of(pages, "Next section") == 3
    assert len(pages) == 3


def test_a_section_on_one_page_keeps_the_page_to_itself(tmp_path: Path) -> None:
    pages = _pdf(tmp_path, 5)
    assert [_page_of(pages, t) for t in ("Long section", "Short section", "Next section")] == [1, 2, 3]
