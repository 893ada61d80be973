"""Organisation lists bring their postal codes (0071) from the column each country's lists name it
("Postcode", "Postal code", "ZIP", "PLZ", "邮编", "邮政编码"), in CSV and XLSX; one that cannot be
the country's is kept in the notes and said, not stored as a postcode. Invented organisations."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing


def _codes(db: Database) -> dict[str, tuple[str | None, str]]:
    with db.reading() as s:
        return {o.name_en or o.name_zh: (o.postal_code, o.notes) for o in s.query(m.Organisation)}


@pytest.mark.parametrize("header", ["Postcode", "Postal code", "ZIP", "PLZ", "邮编", "邮政编码"])
def test_each_header_names_the_postal_code(db: Database, tmp_path: Path, header: str) -> None:
    path = tmp_path / "partners.csv"
    path.write_text(
        f"Name,Country,City,Address,{header}\n"
        "Xuhui Water Works,CN,Shanghai,上海市徐汇区漕溪北路100号,200030\n"
        "Stadtwerke Bonn,DE,Bonn,Am Hof 1,D-53113\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = importing.import_file(s, path, target="organisations")
    assert len(report.added) == 2
    assert _codes(db) == {"Xuhui Water Works": ("200030", ""), "Stadtwerke Bonn": ("53113", "")}


def test_a_workbook_and_a_code_not_of_the_country(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["机构名称", "国家", "地址", "邮编"])
    sheet.append(["武汉水务集团", "中国", "武汉市江汉区解放大道1号", "430015"])
    sheet.append(["南京环保公司", "中国", "南京市鼓楼区中山路1号", "2100"])
    path = tmp_path / "合作机构.xlsx"
    book.save(path)
    with db.transaction() as s:
        report = importing.import_file(s, path, target="organisations")
    assert _codes(db) == {
        "武汉水务集团": ("430015", ""),
        "南京环保公司": (None, "导入时未采用（不是该国家的邮政编码）：2100"),
    }
    [warned] = [r for r in report.added if r.warnings]
    assert [str(w) for w in warned.warnings] == [
        "postal code “2100” is not one of the country's; kept in the notes"
    ]
