"""The national agency's technology catalogue as WPS/Excel writes it: a title row, "技术名称" and
"技术简介" merged over two columns with 中文 | 英文 below them, readiness written "TRL 6" or "6级",
descriptions with line breaks, a hidden column and a totals row (field test 81: the second header
row came in as a technology named 中文, the English names and descriptions were left out, every
readiness cell was refused and the totals row would have become a technology "共3项").

The workbook is written here with openpyxl as the agency's WPS template lays it out (made up for
this test, no third-party content)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook

from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.exchange.catalogue_columns import readiness_level
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

ROWS = [
    (1, "荒漠化土地生态修复", "Ecological restoration of desertified land", "亿利资源集团", "土壤", "TRL 7"),
    (2, "清洁供暖空气源热泵", "Air-source heat pump for clean heating", "格力电器", "大气", "6级"),
    (3, "工业园区废水零排放", "Zero liquid discharge for industrial parks", "碧水源", "水", "TRL6级"),
]


def agency_workbook(path: Path, rows: list[tuple[int, str, str, str, str, str]] = ROWS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "技术目录"
    ws.append(["国家环境技术合作平台 技术目录（2026年第一批）", *[None] * 8])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "技术名称", None, "技术提供方", "领域", "技术简介", None, "技术成熟度", "内部备注"])
    ws.append([None, "中文", "英文", None, None, "中文", "英文", None, None])
    for column in "ADEHI":
        ws.merge_cells(f"{column}2:{column}3")
    ws.merge_cells("B2:C2")
    ws.merge_cells("F2:G2")
    for n, zh, en, provider, sector, trl in rows:
        described = [f"{zh}。\n适用于干旱地区。", f"{en}.\nFor arid regions."]
        ws.append([n, zh, en, provider, sector, *described, trl, "待核实"])
    ws.append(["合计", f"共{len(rows)}项", *[None] * 7])
    ws.column_dimensions["I"].hidden = True
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("cell", "level"),
    [("6", 6), ("TRL 6", 6), ("trl-7", 7), ("6级", 6), ("TRL6级", 6), ("６级", 6), ("8.0", 8), ("九", None)],
)
def test_readiness_as_catalogues_write_it(cell: str, level: int | None) -> None:
    assert readiness_level(cell) == level


def test_the_language_row_names_the_merged_columns(tmp_path: Path) -> None:
    preview = flat.preview_catalogue(agency_workbook(tmp_path / "目录.xlsx"), "technologies")
    assert preview.guess["技术名称（中文）"] == "name_zh"
    assert preview.guess["技术名称（英文）"] == "name_en"
    assert preview.guess["技术简介（英文）"] == "description_en"
    assert preview.rows[0][1] == "荒漠化土地生态修复"  # not the row of 中文 | 英文


def test_every_row_comes_in_whole_and_the_totals_row_is_said(db: Database, tmp_path: Path) -> None:
    path = agency_workbook(tmp_path / "目录.xlsx")
    with db.transaction() as session:
        report = flat.import_catalogue(session, path, "technologies", {"内部备注": ""})
    assert len(report.added) == len(ROWS)
    assert report.warnings[0] == "目录.xlsx, row 7: a totals row (合计), not imported"
    with closing(sqlite3.connect(db.path)) as conn:
        stored = conn.execute(
            "SELECT name_zh, name_en, sector, trl, description_en FROM technology ORDER BY name_zh"
        ).fetchall()
    assert sorted((zh, en, trl) for zh, en, _s, trl, _d in stored) == sorted(
        (zh, en, int(trl.strip("TRL级"))) for _n, zh, en, _p, _s, trl in ROWS
    )
    assert {s for _zh, _en, s, _t, _d in stored} == {"soil", "air", "water"}
    assert "Ecological restoration of desertified land.\nFor arid regions." in [d for *_x, d in stored]


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_totals_row_is_said_in_chinese() -> None:
    from petdesk.messages import localize

    said = localize("目录.xlsx, row 7: a totals row (合计), not imported", "zh_CN")
    assert said == "目录.xlsx，第 7 行：合计行（合计），未导入"


def test_a_university_provider_comes_in_as_one(db: Database, tmp_path: Path) -> None:
    """A provider the catalogue names by a university's or institute's name is made as such, not
    as an enterprise (field test 81: 兰州交通大学 and 西安热工研究院 were filed as 企业)."""
    rows = [(1, "盐碱地改良", "Improvement of saline-alkali soil", "兰州交通大学", "土壤", "TRL 6")]
    rows.append((2, "燃煤锅炉超低排放", "Ultra-low emission boilers", "西安热工研究院", "大气", "8级"))
    rows.append((3, "生物质清洁供暖", "Biomass clean heating", "亿利资源集团", "大气", "7"))
    path = agency_workbook(tmp_path / "目录.xlsx", rows)
    with db.transaction() as session:
        flat.import_catalogue(session, path, "technologies", {"内部备注": ""})
    with closing(sqlite3.connect(db.path)) as conn:
        kinds = dict(conn.execute("SELECT name_zh, kind FROM organisation").fetchall())
    assert kinds == {
        "兰州交通大学": "university",
        "西安热工研究院": "university",
        "亿利资源集团": "enterprise",
    }


def test_a_hidden_column_of_the_agencys_notes_is_left_out_and_said(db: Database, tmp_path: Path) -> None:
    """The hidden 内部备注 column, which the officer never saw in WPS, does not refuse the file
    (field test 81: "has a column petdesk cannot place: '内部备注'" named a column not on screen)."""
    path = agency_workbook(tmp_path / "目录.xlsx")
    with db.transaction() as session:
        report = flat.import_catalogue(session, path, "technologies")
    assert len(report.added) == len(ROWS)
    assert report.warnings[0] == "目录.xlsx: the column “内部备注” is hidden in the workbook and was left out"


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_hidden_column_is_said_in_chinese() -> None:
    from petdesk.messages import localize

    said = localize("目录.xlsx: the column “内部备注” is hidden in the workbook and was left out", "zh_CN")
    assert said == "目录.xlsx：“内部备注”列在工作簿中已隐藏，未导入"
