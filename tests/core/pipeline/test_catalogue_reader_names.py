"""A catalogue import's lines name the records in the reader's language: the Chinese window listed
"+ Membrane bioreactor" where the command line lists "+ 膜生物反应器" (field test 63). The name
lookup is the core's, for both."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from petdesk.db import Database
from petdesk.exchange import catalogue_report, flat


def _workbook(path: Path) -> Path:
    """A sheet as Excel saves it: English and Chinese names side by side, a number for the TRL."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Technologies"
    sheet.append(["name_en", "name_zh", "sector", "trl", "provider"])
    sheet.append(["Membrane bioreactor", "膜生物反应器", "wastewater", 7, "碧水源科技"])
    sheet.append(["Sludge drying", "污泥干化", "solid waste", 6, "碧水源科技"])
    book.save(path)
    return path


def test_the_report_lines_name_the_records_in_chinese_for_a_chinese_reader(
    db: Database, tmp_path: Path
) -> None:
    path = _workbook(tmp_path / "技术目录.xlsx")
    with db.transaction() as s:
        report = flat.import_catalogue(s, path, "technologies")
        labels = [*report.added, *report.updated]
        chinese = catalogue_report.reader_names(s, "technologies", labels, "zh_CN")
        assert catalogue_report.reader_names(s, "technologies", labels, "en") == {}
    lines = catalogue_report.report_lines(report, "zh_CN", chinese)
    assert lines[:2] == ["  + 膜生物反应器", "  + 污泥干化"]
    assert catalogue_report.report_lines(report, "en")[:2] == ["  + Membrane bioreactor", "  + Sludge drying"]
