"""CSV files split at semicolons are for Excel where numbers have a decimal comma (Germany, France,
Russia): there "1234.50" is text, not money, so such a file writes 1234,50 (csv53). Each file is read
back as German Excel reads it; the comma file keeps the decimal point it always had."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.csv_separators import decimal_mark, number_cell
from petdesk.db import Database
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
