"""A needs file from a north-western city makes a city government with both names and its country
(field test 81: 兰州市 came in with no English name, so English lists and the English half of the
match report named the city only in Chinese; the bureau's file is GBK, as Excel saves it)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from petdesk.db import Database
from petdesk.exchange import flat


def test_north_western_cities_get_their_english_names(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "西北需求.csv"
    rows = [
        "需求名称,城市,领域",
        "荒漠化防治,兰州市,土壤",
        "冬季清洁取暖,西宁市人民政府,大气",
        "黄河水质监测,银川,水",
    ]
    path.write_bytes("\r\n".join(rows).encode("gbk") + b"\r\n")
    with db.transaction() as session:
        flat.import_catalogue(session, path, "needs")
        assert flat.find_city(session, "Lanzhou") is not None
    with closing(sqlite3.connect(db.path)) as conn:
        cities = conn.execute(
            "SELECT name_en, city_en, city_zh, country FROM organisation ORDER BY city_en"
        ).fetchall()
    assert [(city_en, city_zh, country) for _name, city_en, city_zh, country in cities] == [
        ("Lanzhou", "兰州", "CN"),
        ("Xining", "西宁", "CN"),
        ("Yinchuan", "银川", "CN"),
    ]
    assert all(name for name, *_rest in cities)
