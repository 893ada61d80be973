"""An organisations file names the city in English and Chinese apart (``city_en``, "City (English)",
城市（中文）…), as petdesk's own exchange export does (field test 16, §4); every organisation field
has a header in English and in Chinese, and an export imports back with every column."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.models.enums import OrgKind
from petdesk.services import importing
from petdesk.services.importing import ORGANISATION_FIELDS, guess_mapping


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("city_en", "city_en"),
        ("City (English)", "city_en"),
        ("城市（英文）", "city_en"),
        ("city_zh", "city_zh"),
        ("City (Chinese)", "city_zh"),
        ("中文城市", "city_zh"),
        ("City", "city"),
        ("城市", "city"),
        ("所在城市", "city"),
    ],
)
def test_city_headers(header: str, field: str) -> None:
    assert guess_mapping([header], "organisations") == {0: field}


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize("field", list(ORGANISATION_FIELDS))
def test_every_organisation_field_has_a_header_in_both_languages(field: str) -> None:
    spellings = importing._ORGANISATION_HEADERS[field]
    chinese = [s for s in spellings if _has_cjk(s)]
    assert chinese and guess_mapping([chinese[0]], "organisations") == {0: field}
    assert guess_mapping([ORGANISATION_FIELDS[field]], "organisations") == {0: field}  # the English label


def test_the_field_testers_file_gives_the_cities(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "orgs.csv"
    path.write_text(
        "name_en,name_zh,country,city_en,kind\n"
        "Wuhan Municipal People's Government,武汉市人民政府,CN,Wuhan,city\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db.path), "import-contacts", str(path), "--organisations"]) == 0
    with db.transaction() as s:
        org = s.scalars(select(m.Organisation)).one()
        assert (org.name_zh, org.city_en, org.kind) == ("武汉市人民政府", "Wuhan", OrgKind.CITY_GOVERNMENT)


def _organisations(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT name_en, name_zh, kind, country, city_en, city_zh, website FROM organisation "
            "WHERE deleted_at IS NULL ORDER BY name_en"
        ).fetchall()


def test_an_exchange_export_of_organisations_imports_back_whole(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        s.add(
            m.Organisation(
                name_en="Chengdu Municipal People's Government",
                name_zh="成都市人民政府",
                kind=OrgKind.CITY_GOVERNMENT,
                country="CN",
                city_en="Chengdu",
                city_zh="成都",
                website="https://chengdu.example",
            )
        )
    out = tmp_path / "out.csv"
    assert (
        main(["--db", str(db.path), "exchange", "export", "--what", "organisations", "--out", str(out)]) == 0
    )
    exported = tmp_path / "out.organisations.csv"
    headers = exported.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert sorted(guess_mapping(headers, "organisations")) == list(range(len(headers)))  # every column
    other = tmp_path / "other.sqlite"
    open_database(other).close()
    capsys.readouterr()
    assert main(["--db", str(other), "import-contacts", str(exported), "--organisations"]) == 0
    assert _organisations(other) == _organisations(db.path)
