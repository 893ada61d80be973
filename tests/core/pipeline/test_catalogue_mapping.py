"""Catalogues whose headers petdesk does not recognise: the user says which column is which (the
``mapping`` of ``import_catalogue``, ``--map`` on the command line), and the file imports as one
with the documented headers does."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.exchange import ExchangeError, flat

ROWS = [
    ("紧凑型膜生物反应器", "Aqua Tech GmbH", "污水处理", "8"),
    ("餐厨垃圾厌氧消化", "绿源环保", "固体废物", "7"),
    ("低温SCR脱硝催化剂", "Aqua Tech GmbH", "大气", "6"),
]
#: A partner's own wording: no alias knows any of these headers.
ODD_HEADERS = ["技术名称（全称）", "供应企业", "适用领域", "技术成熟等级"]
KNOWN_HEADERS = ["name_zh", "provider", "sector", "trl"]
MAPPING = {"技术名称（全称）": "name_zh", "供应企业": "provider", "适用领域": "sector", "技术成熟等级": "trl"}


def _write(path: Path, headers: list[str], rows: list[tuple[str, ...]] = ROWS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def _technologies(db: Database) -> list[tuple[str, str, str, int]]:
    with closing(sqlite3.connect(db.path)) as conn:
        return conn.execute(
            "SELECT t.name_zh, coalesce(nullif(o.name_en, ''), o.name_zh), t.sector, t.trl FROM technology t "
            "LEFT JOIN organisation o ON o.id = t.provider_organisation_id ORDER BY 1"
        ).fetchall()


def test_unknown_headers_are_refused_without_a_mapping_and_imported_with_one(
    db: Database, tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    odd = _write(tmp_path / "odd.csv", ODD_HEADERS)
    with pytest.raises(flat.CatalogueColumnsError) as refused, db.transaction() as s:
        flat.import_catalogue(s, odd, "technologies")
    assert str(refused.value) == (
        "odd.csv has no column for name_en or name_zh (one of them is needed); "
        "its columns are 技术名称（全称）, 供应企业, 适用领域, 技术成熟等级"
    )
    assert _technologies(db) == []

    with db.transaction() as s:
        mapped = flat.import_catalogue(s, odd, "technologies", MAPPING)
    known_db = open_database(new_database_file(tmp_path / "known.sqlite"))
    try:
        with known_db.transaction() as s:
            known = flat.import_catalogue(s, _write(tmp_path / "known.csv", KNOWN_HEADERS), "technologies")
        counts = (len(mapped.added), len(mapped.updated), len(mapped.new_organisations))
        assert counts == (len(known.added), len(known.updated), len(known.new_organisations)) == (3, 0, 2)
        assert _technologies(db) == _technologies(known_db)
    finally:
        known_db.close()
    assert ("餐厨垃圾厌氧消化", "绿源环保", "waste", 7) in _technologies(db)


def test_a_mapping_completes_the_guess_and_may_leave_a_column_out(db: Database, tmp_path: Path) -> None:
    """Recognised headers keep their guess; the mapping names only the others ("" leaves one out),
    and a budget "in 万元" the mapping leaves as guessed keeps its factor."""
    needs = tmp_path / "needs.csv"
    needs.write_text("需求事项,城市,预算上限（万元）,填表人\n污泥处置,深圳市,300,王工\n", encoding="utf-8")
    with db.transaction() as s:
        report = flat.import_catalogue(s, needs, "needs", {"需求事项": "title_zh", "填表人": ""})
    assert report.added == ["污泥处置"]
    with closing(sqlite3.connect(db.path)) as conn:
        row = conn.execute("SELECT title_zh, budget_max, problem_zh FROM city_need").fetchone()
    assert row == ("污泥处置", 3_000_000.0, "")


def test_a_mapping_that_names_what_is_not_there_is_refused(db: Database, tmp_path: Path) -> None:
    odd = _write(tmp_path / "odd.csv", ODD_HEADERS)
    for wrong, said in (
        ({"技术名称": "name_zh"}, "odd.csv has no column “技术名称”; its columns are 技术名称（全称）, "),
        ({"供应企业": "maker"}, "“maker” is not a field of the catalogue; the fields are id, name_en, "),
        ({"供应企业": "name_zh"}, "odd.csv has two columns for name_zh: “技术名称（全称）” and “供应企业”"),
    ):
        with pytest.raises(ExchangeError) as refused, db.transaction() as s:
            flat.import_catalogue(s, odd, "technologies", {**MAPPING, **wrong})
        assert str(refused.value).startswith(said)
    assert _technologies(db) == []


def test_the_preview_gives_headers_guess_and_first_rows(tmp_path: Path) -> None:
    rows = [("1", "污泥低温干化", "绿源环保")]
    path = _write(tmp_path / "mixed.csv", ["序号", "技术名称", "供应企业"], rows)
    preview = flat.preview_catalogue(path, "technologies")
    assert preview.headers == ["序号", "技术名称", "供应企业"]
    assert preview.guess == {"序号": "", "技术名称": "name_zh"}  # 供应企业 is nobody's alias
    assert preview.rows == [["1", "污泥低温干化", "绿源环保"]]
    assert "name_zh" in flat.catalogue_fields("technologies")
    assert flat.name_fields("needs") == ("title_en", "title_zh")


def test_the_command_line_maps_columns_with_map(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    odd = str(_write(tmp_path / "odd.csv", ODD_HEADERS))
    assert main(["--db", str(db.path), "--lang", "en", "import-technologies", odd]) != 0
    err = capsys.readouterr().err
    assert "has no column for name_en or name_zh" in err
    assert 'Say which column holds which field with --map "HEADER=FIELD"' in err
    maps = [arg for header, field in MAPPING.items() for arg in ("--map", f"{header}={field}")]
    assert main(["--db", str(db.path), "--lang", "en", "import-technologies", odd, *maps]) == 0
    assert "Added 3 technologies; updated 0; new organisations: 2" in capsys.readouterr().out
    assert main(["--db", str(db.path), "import-technologies", odd, "--map", "no equals sign"]) != 0
    assert "--map needs HEADER=FIELD" in capsys.readouterr().err
