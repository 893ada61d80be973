"""``needs add --city`` finds the office's city government however the city is written: without 市
or 市人民政府, or in English or pinyin for a city petdesk's list does not know (field test 63:
"Tangshan" was refused while the office had 唐山市人民政府); several cities of the name are listed."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here


def _city(db: Database, name_zh: str) -> str:
    with db.transaction() as s:
        org = m.Organisation(name_zh=name_zh, kind=OrgKind.CITY_GOVERNMENT, country="CN")
        s.add(org)
        s.flush()
        return org.id


def _need_cities(db: Database) -> list[str]:
    with closing(sqlite3.connect(db.path)) as con:
        return [row[0] for row in con.execute("SELECT city_organisation_id FROM city_need ORDER BY rowid")]


def _city_count(db: Path) -> int:
    with closing(sqlite3.connect(db)) as con:
        return con.execute("SELECT count(*) FROM organisation WHERE kind = 'city_government'").fetchone()[0]


@pytest.mark.parametrize("government", ["唐山市", "唐山市人民政府"])
@pytest.mark.parametrize("typed", ["唐山", "唐山市", "Tangshan", "tangshan", "Tangshan City"])
def test_one_city_is_found_however_it_is_written(
    db: Database, capsys: pytest.CaptureFixture[str], government: str, typed: str
) -> None:
    city_id = _city(db, government)
    assert main(["--db", str(db.path), "needs", "add", "--title-zh", "老旧管网改造", "--city", typed]) == 0
    assert _need_cities(db) == [city_id]
    assert _city_count(db.path) == 1  # no second 唐山 added
    assert "New city organisation" not in capsys.readouterr().out


def test_several_cities_of_one_name_are_listed(
    db: Database, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    taizhou_jiangsu, taizhou_zhejiang = _city(db, "泰州市"), _city(db, "台州市人民政府")
    base = ["--db", str(db.path), "needs", "add", "--title-zh", "污泥处置", "--city"]
    assert main([*base, "Taizhou"]) != 0
    err = capsys.readouterr().err
    assert "泰州市" in err and "台州市人民政府" in err
    assert taizhou_jiangsu[:8] in err and taizhou_zhejiang[:8] in err
    assert main(["--lang", "zh_CN", *base, "Taizhou"]) != 0
    assert "多个城市" in capsys.readouterr().err
    assert _need_cities(db) == []
    # the Chinese name, or the id, chooses one
    assert main([*base, "台州"]) == 0
    assert main([*base, taizhou_jiangsu[:8]]) == 0
    assert _need_cities(db) == [taizhou_zhejiang, taizhou_jiangsu]


def test_two_records_of_one_city_are_told_apart_by_the_full_name(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    short, full = _city(db, "唐山市"), _city(db, "唐山市人民政府")
    base = ["--db", str(db.path), "needs", "add", "--title-zh", "供热改造", "--city"]
    assert main([*base, "唐山"]) != 0
    assert short[:8] in capsys.readouterr().err
    assert main([*base, "唐山市人民政府"]) == 0
    assert _need_cities(db) == [full]
