"""Cities a needs import adds are named in both languages when petdesk knows them, and ``needs
--city`` finds a city in either language, with or without 市, or in pinyin (field test 44, §2–3)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.services.catalogue_filters import need_cities_named

_ROWS = [
    ("杭州市", "区域供热能效"),
    ("成都市人民政府", "污泥处置"),
    ("Wuhan", "工业VOC治理"),
    ("苏州", "垃圾分类"),
    ("温州市", "供水管网漏损"),
]


def _import_needs(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "needs.csv"
    path.write_text("城市,需求名称\n" + "".join(f"{c},{t}\n" for c, t in _ROWS), encoding="utf-8")
    with db.transaction() as s:
        flat.import_catalogue(s, path, "needs")


def _cities(db: Database) -> dict[str, tuple[str, str, str, str, str]]:
    with closing(sqlite3.connect(db.path)) as conn:
        rows = conn.execute(
            "SELECT name_en, name_zh, city_en, city_zh, country FROM organisation "
            "WHERE kind = 'city_government'"
        ).fetchall()
    return {row[0] or row[1]: row for row in rows}


def test_a_known_city_comes_in_with_both_names(db: Database, tmp_path: Path) -> None:
    _import_needs(db, tmp_path)
    assert sorted(_cities(db).values()) == [
        ("", "温州市", "", "", "CN"),  # not a city petdesk knows: as written
        ("Chengdu Municipal People's Government", "成都市人民政府", "Chengdu", "成都", "CN"),
        ("Hangzhou", "杭州市", "Hangzhou", "杭州", "CN"),
        ("Suzhou", "苏州", "Suzhou", "苏州", "CN"),
        ("Wuhan", "武汉", "Wuhan", "武汉", "CN"),
    ]


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("杭州", "区域供热能效"),
        ("杭州市", "区域供热能效"),
        ("Hangzhou", "区域供热能效"),
        ("hangzhou city", "区域供热能效"),
        ("成都", "污泥处置"),
        ("Chengdu", "污泥处置"),
        ("武汉市", "工业VOC治理"),
        ("wenzhou", "供水管网漏损"),  # pinyin of a city petdesk does not know
        ("温州", "供水管网漏损"),
    ],
)
def test_needs_city_finds_a_city_however_it_is_typed(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str, title: str
) -> None:
    _import_needs(db, tmp_path)
    with db.reading() as s:
        assert len(need_cities_named(s, typed)) == 1
    capsys.readouterr()
    assert main(["--db", str(db.path), "needs", "--city", typed]) == 0
    out = capsys.readouterr().out
    assert title in out
    assert all(t not in out for _c, t in _ROWS if t != title)


def test_needs_add_names_a_city_new_to_the_office(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """A city petdesk knows is added as the import adds it; the next need finds it by its English
    name; an unknown name is refused in words that say how to add the city."""
    argv = ["--db", str(db.path), "needs", "add", "--title-zh", "区域供热能效", "--city", "杭州市人民政府"]
    assert main(argv) == 0
    assert (
        "New city organisation: Hangzhou Municipal People's Government / 杭州市人民政府"
        in capsys.readouterr().out
    )
    assert main([*argv[:4], "--title-en", "Sludge", "--city", "Hangzhou"]) == 0
    assert "New city organisation" not in capsys.readouterr().out
    assert list(_cities(db)) == ["Hangzhou Municipal People's Government"]
    assert main([*argv[:4], "--title-en", "Leaks", "--city", "Atlantis"]) != 0
    err = capsys.readouterr().err
    assert "no organisation or city called “Atlantis”" in err
    assert "petdesk import-needs FILE" in err
    assert list(_cities(db)) == ["Hangzhou Municipal People's Government"]
