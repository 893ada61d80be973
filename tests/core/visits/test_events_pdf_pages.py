"""The events report PDF over several pages (print review pdfreview56): every page numbered "Page n of
N", the events table's headers again at the top of a continued page, each row's two title lines
on one page, and headers wrapped in their column instead of cut short ("Delegates, at…")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import year_events_report
from petdesk.services.visits import create_visit
from petdesk.services.year_events import year_events
from tests.core.dossier.pdfcheck import pdftotext_pages


@pytest.fixture
def report_pdf(db: Database, tmp_path: Path) -> Path:
    with db.transaction() as s:
        for n in range(40):
            day = dt.date(2019, 1, 1) + dt.timedelta(days=7 * n)
            create_visit(
                s,
                title_en=f"Visit number {n:02d}",
                title_zh=f"第{n:02d}号代表团",
                start_date=day,
                end_date=day,
            )
    with db.reading() as s:
        report = year_events(s, date_from=dt.date(2019, 1, 1), date_to=dt.date(2019, 12, 31))
    pdf = tmp_path / "events.pdf"
    year_events_report.write_pdf(report, pdf, "en")
    return pdf


def test_every_page_numbered_and_continued_tables_headed(report_pdf: Path) -> None:
    pages = pdftotext_pages(report_pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert f"第 {number} 页，共 {len(pages)} 页" in text
    for text in pages[1:]:  # a continued table says what its columns are
        assert "Title (English)" in text and "开始日期" in text and "attendees" in text


def test_headers_are_not_cut_short(report_pdf: Path) -> None:
    text = "".join(pdftotext_pages(report_pdf))
    assert "…" not in text
    assert "attendees" in text and "of whom" in text and "women" in text


def test_a_rows_two_titles_stay_on_one_page(report_pdf: Path) -> None:
    for text in pdftotext_pages(report_pdf):
        for n in range(40):
            assert (f"Visit number {n:02d}" in text) == (f"第{n:02d}号代表团" in text), n
