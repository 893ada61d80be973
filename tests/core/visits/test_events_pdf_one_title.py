"""A visit with a Chinese title only (as a Chinese office's record sheet gives it, field test 101) is
named once in the events report PDF, not twice: the empty English title fell back to the Chinese one
and the Chinese one was printed again below it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import year_events_report
from petdesk.services.visits import create_visit
from petdesk.services.year_events import year_events
from tests.core.dossier.pdfcheck import pdftotext_pages


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_title_in_one_language_printed_once(db: Database, tmp_path: Path, lang: str) -> None:
    with db.transaction() as s:
        create_visit(
            s, title_zh="瑞典环保企业代表团", start_date=dt.date(2019, 5, 12), end_date=dt.date(2019, 5, 15)
        )
        create_visit(s, title_en="Vienna Water", start_date=dt.date(2019, 6, 3), end_date=dt.date(2019, 6, 5))
    with db.reading() as s:
        report = year_events(s, date_from=dt.date(2019, 1, 1), date_to=dt.date(2019, 12, 31))
    pdf = tmp_path / "events.pdf"
    year_events_report.write_pdf(report, pdf, lang)
    text = "".join(pdftotext_pages(pdf))
    assert text.count("瑞典环保企业代表团") == 1 and text.count("Vienna Water") == 1
