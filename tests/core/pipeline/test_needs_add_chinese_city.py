"""``needs add --city`` adds a Chinese city government the name itself says is one, as
``import-needs`` does (field test 58: "唐山市人民政府" and "保定市" were refused because petdesk's
short list of known cities lacks them, though the import of the same name added them)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from petdesk.cli import main
from petdesk.db import Database


def _cities(db: Database) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(db.path)) as con:
        return con.execute(
            "SELECT name_zh, kind, country FROM organisation WHERE kind = 'city_government' ORDER BY name_zh"
        ).fetchall()


def test_a_chinese_city_government_new_to_petdesk_is_added(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", str(db.path), "needs", "add"]
    assert main([*base, "--title-zh", "城区集中供热清洁化改造", "--city", "唐山市人民政府"]) == 0
    assert "唐山市人民政府" in capsys.readouterr().out
    assert main([*base, "--title-zh", "市政污泥无害化处置", "--city", "保定市"]) == 0
    # the next need finds the city added, written without 市人民政府
    assert main([*base, "--title-zh", "老旧管网改造", "--city", "唐山"]) == 0
    assert _cities(db) == [
        ("保定市", "city_government", "CN"),
        ("唐山市人民政府", "city_government", "CN"),
    ]
    # a bare name that says nothing of a city is still refused, nothing added
    assert main([*base, "--title-zh", "x", "--city", "清源科技"]) != 0
    assert "清源科技" in capsys.readouterr().err
    assert len(_cities(db)) == 2
