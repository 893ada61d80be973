"""CSV files split at semicolons are for Excel where numbers have a decimal comma (Germany, France,
Russia): there "1234.50" is text, not money, so such a file writes 1234,50 (csv53). Each file is read
back as German Excel reads it; the comma file keeps the decimal point it always had."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.csv_separators import decimal_mark, number_cell
from petdesk.db import Database, open_database
from petdesk.models.enums import OrgKind
from petdesk.services import fair_list, needs, tech_matching, technologies
from petdesk.services import projects as project_service
from petdesk.services.table_file import write_table
from tests.helpers import german_excel


@pytest.mark.parametrize(
    ("value", "delimiter", "places", "text"),
    [
        (1234.5, ";", 2, "1234,50"),
        (1234.5, ",", 2, "1234.50"),
        (1234.5, "\t", 2, "1234.50"),
        (1_234_567.25, ";", None, "1234567,25"),  # no thousands separator
        (0.73, ";", None, "0,73"),
        (1e16, ";", None, "10000000000000000"),  # never an exponent
        (8, ";", None, "8"),
    ],
)
def test_a_number_cell_has_the_separators_decimal_mark(
    value: float, delimiter: str, places: int | None, text: str
) -> None:
    assert number_cell(value, delimiter, places) == text
    assert decimal_mark("semicolon") == "," and decimal_mark("comma") == "."


def _project(db: Database) -> None:
    with db.transaction() as s:
        project_service.create_project(
            s,
            title_en="Biogas plant",
            title_zh="沼气厂",
            amount=1_234_567.5,
            currency="EUR",
            deadline=dt.date(2027, 3, 31),
        )


def test_the_project_report_in_a_semicolon_file_is_money_to_german_excel(
    db: Database, tmp_path: Path
) -> None:
    _project(db)
    out = tmp_path / "projekte.csv"
    at = ["--db", str(db.path), "report", "projects", "--lang", "en", "--out", str(out)]
    assert main([*at, "--delimiter", "semicolon"]) == 0
    (row,) = german_excel.rows(out)
    assert row["Requested"] == 1_234_567.5  # a number it sums, not the text "1234567.50"
    assert row["Next deadline"] == dt.date(2027, 3, 31)
    assert row["Currency"] == "EUR" and row["Project"] == "Biogas plant"
    assert "1234567,50" in out.read_text(encoding="utf-8-sig")
    # the comma file is as before: a decimal point, which a comma-region Excel reads
    comma = tmp_path / "projects.csv"
    assert main([*at[:-1], str(comma)]) == 0
    with comma.open(encoding="utf-8-sig", newline="") as fh:
        (plain,) = list(csv.DictReader(fh))
    assert plain["Requested"] == "1234567.50"


def test_the_fair_list_and_a_small_list_write_fractions_with_a_decimal_comma(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        city = m.Organisation(name_en="Nanjing", name_zh="南京市", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        s.add(city)
        s.flush()
        need = needs.create_need(s, title_en="Sludge", sector="wastewater", city_organisation_id=city.id)
        dryer = technologies.create_technology(s, name_en="Sludge dryer", sector="wastewater", trl=8)
        tech_matching.shortlist(s, need.id, dryer.id)
    with db.reading() as s:
        (fair,) = fair_list.fair_rows(s)
    out = fair_list.write_fair_list([fair], tmp_path / "fair.csv", delimiter=";")
    (row,) = german_excel.rows(out)
    score = next(v for k, v in row.items() if k.startswith("Score"))
    assert isinstance(score, float) and score == round(fair.score, 2)
    small = tmp_path / "small.csv"
    write_table(
        small, ["Nights", "Rate", "Arrives"], [[2, 89.5, dt.date(2027, 5, 4)]], sheet="x", delimiter=";"
    )
    assert german_excel.rows(small) == [{"Nights": 2.0, "Rate": 89.5, "Arrives": dt.date(2027, 5, 4)}]


def _catalogue(db: Database) -> None:
    with db.transaction() as s:
        city = m.Organisation(
            name_en="Kunming Municipal Government",
            name_zh="昆明市人民政府",
            kind=OrgKind.CITY_GOVERNMENT,
            country="CN",
        )
        firm = m.Organisation(name_en="Blue Lake Water GmbH", kind=OrgKind.ENTERPRISE, country="DE")
        s.add_all([city, firm])
        s.flush()
        technologies.create_technology(
            s,
            name_en="Compact MBR",
            name_zh="紧凑型膜生物反应器",
            sector="wastewater",
            trl=8,
            provider_organisation_id=firm.id,
            tags=["membrane", "MBR"],
            share_consent=True,
        )
        needs.create_need(
            s,
            city_organisation_id=city.id,
            title_zh="污水厂提标",
            sector="wastewater",
            budget_min=1_234_567.5,
            budget_max=3_000_000.25,
            currency="CNY",
            tags=["sewage", "nitrogen"],
            share_consent=True,
        )


def _catalogue_rows(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return [
            *conn.execute("SELECT name_en, name_zh, trl, sector, tags FROM technology ORDER BY name_en"),
            *conn.execute("SELECT title_zh, budget_min, budget_max, currency, tags FROM city_need"),
        ]


@pytest.mark.parametrize("name", ["comma", "semicolon"])
def test_the_flat_exchange_csv_takes_the_separator_and_is_read_back(
    db: Database, tmp_path: Path, name: str, new_database_file: Callable[[Path], Path]
) -> None:
    _catalogue(db)
    out = tmp_path / "x.csv"
    export = ["--db", str(db.path), "exchange", "export", "--out", str(out), "--what", "technologies,needs"]
    assert main([*export, *(["--delimiter", name] if name != "comma" else [])]) == 0
    needs_file, technologies_file = tmp_path / "x.needs.csv", tmp_path / "x.technologies.csv"
    header = needs_file.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("id;title_en;" if name == "semicolon" else "id,title_en,")
    if name == "semicolon":
        (need,) = german_excel.rows(needs_file)
        assert (need["budget_min"], need["budget_max"]) == (1_234_567.5, 3_000_000.25)
        (tech,) = german_excel.rows(technologies_file)
        assert tech["trl"] == 8.0
    empty = open_database(new_database_file(tmp_path / "empty.sqlite"))  # the importer sniffs the header line
    try:
        assert main(["--db", str(empty.path), "import-technologies", str(technologies_file)]) == 0
        assert main(["--db", str(empty.path), "import-needs", str(needs_file)]) == 0
    finally:
        empty.close()
    assert _catalogue_rows(tmp_path / "empty.sqlite") == _catalogue_rows(db.path)
