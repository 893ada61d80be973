"""A header that names a field in both languages at once ("技术简介 Description", WPS's merged cell
over two columns) fills the description in the language its cells are written in, rather than
nothing (field test 26, §7)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from openpyxl import Workbook

from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.exchange.catalogue_columns import EITHER_LANGUAGE, column_for


def _workbook(path: Path, header: list[str], rows: list[list[str]], merge: str = "") -> Path:
    """A workbook of ``rows`` under ``header``; with ``merge``, below a merged title row, as WPS
    writes it, and the header cells ``merge`` merged."""
    wb = Workbook()
    ws = wb.active
    if merge:
        ws.append(["2027 年平台技术目录"])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    if merge:
        ws.merge_cells(merge)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _descriptions(db: Database) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(db.path)) as conn:
        return conn.execute(
            "SELECT name_zh, description_zh, description_en FROM technology ORDER BY 1"
        ).fetchall()


def test_a_header_in_both_languages_names_the_field_in_either() -> None:
    known = flat.catalogue_fields("technologies")
    assert column_for("技术简介 Description", "technologies", known) == (f"description{EITHER_LANGUAGE}", 1.0)
    assert column_for("需求描述 Description", "needs", flat.catalogue_fields("needs")) == (
        f"problem{EITHER_LANGUAGE}",
        1.0,
    )


def test_the_cells_decide_the_language(db: Database, tmp_path: Path) -> None:
    chinese = _workbook(
        tmp_path / "zh.xlsx", ["技术名称", "技术简介 Description"], [["膜生物反应器", "占地小，出水好。"]]
    )
    english = _workbook(
        tmp_path / "en.xlsx",
        ["技术名称", "技术简介 Description"],
        [["超滤净水", "Ultrafiltration for villages."]],
    )
    assert flat.preview_catalogue(chinese, "technologies").guess["技术简介 Description"] == "description_zh"
    assert flat.preview_catalogue(english, "technologies").guess["技术简介 Description"] == "description_en"
    with db.transaction() as s:
        flat.import_catalogue(s, chinese, "technologies")
        flat.import_catalogue(s, english, "technologies")
    assert _descriptions(db) == [
        ("膜生物反应器", "占地小，出水好。", ""),
        ("超滤净水", "", "Ultrafiltration for villages."),
    ]


def test_a_header_merged_over_two_columns_fills_both_languages(db: Database, tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "wps.xlsx",
        ["技术名称", "技术简介 Description", None, "标签"],  # type: ignore[list-item]
        [["膜生物反应器", "占地小，出水好。", "Small footprint.", "膜"]],
        merge="B2:C2",
    )
    preview = flat.preview_catalogue(path, "technologies")
    assert preview.guess == {
        "技术名称": "name_zh",
        "技术简介 Description": "description_zh",
        "": "description_en",
        "标签": "tags",
    }
    with db.transaction() as s:
        flat.import_catalogue(s, path, "technologies")
    assert _descriptions(db) == [("膜生物反应器", "占地小，出水好。", "Small footprint.")]
