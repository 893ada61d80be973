"""City governments a needs import adds get a country, and an office's own city government is found
however the file spells it (field test 26, §12: 杭州市, 温州市 … came in with no country)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.models.enums import OrgKind


def _cities(db: Database) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(db.path)) as conn:
        return conn.execute(
            "SELECT name_en, name_zh, country FROM organisation WHERE kind = 'city_government' ORDER BY 2, 1"
        ).fetchall()


def _import(db: Database, path: Path, rows: list[tuple[str, str]]) -> flat.CatalogueReport:
    path.write_text("城市,需求名称\n" + "".join(f"{c},{t}\n" for c, t in rows), encoding="utf-8")
    with db.transaction() as s:
        return flat.import_catalogue(s, path, "needs")


def test_new_cities_get_their_country(db: Database, tmp_path: Path) -> None:
    report = _import(
        db,
        tmp_path / "needs.csv",
        [("杭州市", "黑臭水体治理"), ("温州市", "污泥处置"), ("温州", "供水管网漏损"), ("丽水", "垃圾分类")],
    )
    assert report.new_organisations == ["杭州市", "温州市", "丽水"]  # 温州 is 温州市
    assert _cities(db) == [
        ("", "丽水", "CN"),  # no suffix, not known: the country of the file's other cities
        ("Hangzhou", "杭州市", "CN"),  # a city petdesk knows, in both languages (field test 44, §3)
        ("", "温州市", "CN"),  # a Chinese city government's name
    ]


def test_an_existing_city_government_is_found_in_either_spelling(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add(
            m.Organisation(name_en="Hangzhou Municipal Government", name_zh="", kind=OrgKind.CITY_GOVERNMENT)
        )
        s.add(
            m.Organisation(name_en="", name_zh="宁波市人民政府", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        )
    report = _import(db, tmp_path / "needs.csv", [("杭州市", "黑臭水体治理"), ("宁波", "污泥处置")])
    assert report.new_organisations == []
    assert len(_cities(db)) == 2
