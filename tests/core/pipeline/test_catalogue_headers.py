"""A partner's catalogue with its own bilingual headers imports without a mapping, and the columns
petdesk cannot place are all named in one message (field test 16, §3), with petdesk's fields."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.exchange.catalogue_columns import EITHER_LANGUAGE, column_for

#: The field tester's spreadsheet (see tests/data/README.md).
PARTNER_CATALOGUE = Path(__file__).parents[2] / "data" / "import" / "field16_partner_catalogue.xlsx"
KNOWN = flat.catalogue_fields("technologies")


def test_the_partners_headers_are_recognised() -> None:
    preview = flat.preview_catalogue(PARTNER_CATALOGUE, "technologies")
    assert preview.guess == {
        "Technology name": "name_en",
        "技术名称": "name_zh",
        "Provider / 提供方": "provider",
        "领域": "sector",
        "Description (EN)": "description_en",
        "技术简介": "description_zh",
        "TRL": "trl",
        "Tags": "tags",
        "Certifications": "certifications",
    }


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Name", "name_en"),
        ("Name (ZH)", "name_zh"),
        ("Technology name (Chinese)", "name_zh"),
        ("简介", "description_zh"),
        # the halves name one field in two languages: the cells decide which (field test 26, §7)
        ("Description / 简介", f"description{EITHER_LANGUAGE}"),
        ("技术名称 / Technology name", f"name{EITHER_LANGUAGE}"),
        ("Supplier / 供应商", "provider"),
        ("简介（英文）", "description_en"),
        ("Kitchen", None),
    ],
)
def test_headers_with_a_language_or_two_halves(header: str, field: str | None) -> None:
    assert column_for(header, "technologies", KNOWN)[0] == field


def _rows(db: Database) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db.path)) as conn:
        return conn.execute(
            "SELECT t.name_en, t.name_zh, o.name_en, t.sector, t.description_en, t.description_zh, t.trl, "
            "t.tags, t.certifications FROM technology t "
            "JOIN organisation o ON o.id = t.provider_organisation_id "
            "ORDER BY t.name_en"
        ).fetchall()


def test_the_partners_catalogue_imports_without_a_mapping(db: Database) -> None:
    with db.transaction() as s:
        report = flat.import_catalogue(s, PARTNER_CATALOGUE, "technologies")
    assert len(report.added) == 4 and "Klärtechnik Süd GmbH" in report.new_organisations
    sludge = next(row for row in _rows(db) if row[0] == "Sludge drying with waste heat")
    assert sludge[1:7] == (
        "余热污泥干化",
        "Klärtechnik Süd GmbH",
        "wastewater",
        "Belt dryer using low-grade waste heat",
        "利用低品位余热的带式污泥干化机",
        9,
    )


def test_every_unplaced_column_is_named_in_one_message(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    odd = tmp_path / "odd.csv"
    odd.write_text("Technology name,Maker,Colour,Weight (kg)\nDryer,ACME,red,3\n", encoding="utf-8")
    with pytest.raises(flat.CatalogueColumnsError) as refused, db.transaction() as s:
        flat.import_catalogue(s, odd, "technologies")
    assert str(refused.value) == (
        "odd.csv has 3 columns petdesk cannot place: 'Maker', 'Colour', 'Weight (kg)'\n"
        f"petdesk's fields: {', '.join(KNOWN)}"
    )
    assert main(["--db", str(db.path), "--lang", "en", "import-technologies", str(odd)]) != 0
    err = capsys.readouterr().err
    assert "3 columns petdesk cannot place: 'Maker', 'Colour', 'Weight (kg)'" in err
    assert err.count("name_en, name_zh") == 1  # the fields once, under their heading
    maps = ["--map", "Maker=provider", "--map", "Colour=", "--map", "Weight (kg)="]
    assert main(["--db", str(db.path), "--lang", "en", "import-technologies", str(odd), *maps]) == 0
    assert "Added 1 technology" in capsys.readouterr().out
