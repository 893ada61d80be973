"""A needs workbook headed the way the 3iPET agency's bilingual template heads it ("Need title (EN)"
beside "需求标题（中文）") imports without a mapping (field test 76: refused, "a column petdesk cannot
place: 'Need title (EN)'")."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.exchange.catalogue_columns import column_for
from petdesk.services import needs

KNOWN = flat.catalogue_fields("needs")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Need title (EN)", "title_en"),
        ("Need title", "title_en"),
        ("Need title (ZH)", "title_zh"),
        ("Problem description (EN)", "problem_en"),
        ("Problem description (Chinese)", "problem_zh"),
        ("Need description", "problem_en"),
    ],
)
def test_english_need_headers(header: str, field: str) -> None:
    assert column_for(header, "needs", KNOWN)[0] == field


def test_the_agency_template_imports_both_titles(db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(
        [
            "需求标题（中文）",
            "Need title (EN)",
            "城市",
            "领域",
            "问题描述（中文）",
            "Problem description (EN)",
        ]
    )
    ws.append(
        [
            "南京市污泥处置1期",
            "Sludge disposal phase 1",
            "南京市",
            "wastewater",
            "污泥 300 t/d",
            "300 t/d sludge",
        ]
    )
    path = tmp_path / "needs.xlsx"
    wb.save(path)
    with db.transaction() as s:
        report = flat.import_catalogue(s, path, "needs")
    assert len(report.added) == 1
    with db.reading() as s:
        (need,) = needs.list_needs(s)
    assert (need.title_en, need.title_zh) == ("Sludge disposal phase 1", "南京市污泥处置1期")
    assert (need.problem_en, need.problem_zh) == ("300 t/d sludge", "污泥 300 t/d")
