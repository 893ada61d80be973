"""The yearly events report counts the visits by their delegation's country (0070) and their people:
a sheet of the workbook and a table of the PDF, cancelled visits left out."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from petdesk.db import Database
from petdesk.services import visits as vs
from petdesk.services import year_events_report
from petdesk.services.year_events import year_events


def _visits(db: Database) -> None:
    with db.transaction() as s:
        for month, country, count in (
            (3, "VN", 8),
            (5, "VN", 4),
            (6, "DE", 6),
            (7, None, None),
            (9, "DE", 9),
        ):
            visit = vs.create_visit(
                s,
                title_en=f"Delegation {month}",
                start_date=dt.date(2026, month, 1),
                end_date=dt.date(2026, month, 2),
                country=country,
                head_count=count,
            )
            if month == 9:
                vs.set_visit_status(s, visit.id, "cancelled")


def test_the_visits_by_country_with_their_people(db: Database, tmp_path: Path) -> None:
    _visits(db)
    with db.reading() as s:
        found = year_events(s, date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31))
    assert year_events_report.country_table(found, "zh") == (
        ["国家", "代表团访问", "人数"],
        [["越南", 2, 12], ["德国", 1, 6], ["未记录国家", 1, 0]],
    )
    book = tmp_path / "events.xlsx"
    year_events_report.write(found, book, "en")
    sheet = load_workbook(book)["countries"]
    assert [list(r) for r in sheet.iter_rows(min_row=3, values_only=True)] == [
        ["Country", "Visits", "People"],
        ["Vietnam", 2, 12],
        ["Germany", 1, 6],
        ["Country not recorded", 1, 0],
    ]
    pdf = tmp_path / "events.pdf"
    year_events_report.write(found, pdf, "zh_CN")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "按国家统计的代表团访问" in text
    assert [line.split() for line in text.splitlines() if line.split()[:1] in (["越南"], ["德国"])] == [
        ["越南", "2", "12"],
        ["德国", "1", "6"],
    ]
