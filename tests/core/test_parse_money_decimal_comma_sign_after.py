""" "12,500 €" at an office whose numbers have a decimal comma (money59b): a German, French, Spanish,
Italian, Polish or Czech office writes twelve and a half so, and it was read as 12,500 everywhere.
There it is refused, naming both readings, unless the column's other cells say which mark it uses."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.decimal_comma import column_decimal_mark, decimal_comma_country
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects
from petdesk.services.past_projects import parse_money


@pytest.mark.parametrize(
    ("country", "currency", "cell"),
    [
        *[(country, "EUR", "12,500 €") for country in ("DE", "FR", "ES", "IT")],
        ("PL", "PLN", "12,500 zł"),
        ("CZ", "CZK", "12,500 Kč"),
        ("DE", "EUR", "12,500 $"),
    ],
)
def test_refused_naming_both_readings_where_the_comma_is_decimal(
    country: str, currency: str, cell: str
) -> None:
    with pytest.raises(past_projects._AmountUnread) as refused:
        parse_money(cell, 1.0, currency, country=country)
    assert refused.value.reason == past_projects.COMMA_TWO_WAYS and str(refused.value) == cell
    assert refused.value.values == {"country": country, "decimal": "12.5", "grouped": "12 500"}


@pytest.mark.parametrize(("country", "currency"), [("GB", "GBP"), ("MX", "MXN"), ("CN", "CNY"), ("", "CNY")])
def test_a_thousands_comma_elsewhere(country: str, currency: str) -> None:
    assert parse_money("12,500 €", 1.0, currency, country=country)[:2] == (12_500.0, "EUR")


def test_the_column_settles_it() -> None:
    amount, currency, notes = parse_money("12,500 €", 1.0, "EUR", country="DE", decimal_mark=",")
    assert (amount, currency) == (12.5, "EUR")
    assert [n.sentence for n in notes] == [past_projects.COMMA_TAKEN_AS_DECIMAL]
    assert parse_money("12,500 €", 1.0, "EUR", country="DE", decimal_mark=".")[:2] == (12_500.0, "EUR")


def test_other_forms_are_read_as_before_at_a_german_office() -> None:
    for cell, read in [
        ("12.500 €", 12_500.0),
        ("12,50 €", 12.5),
        ("1.234,56 €", 1234.56),
        ("€ 12,500", 12_500.0),
    ]:
        assert parse_money(cell, 1.0, "EUR", country="DE")[0] == read, cell


def test_the_country_and_the_column() -> None:
    assert [decimal_comma_country(c) for c in ("DE", "FR", "PL", "CZ", "GB", "MX", "CH", "")] == [
        True, True, True, True, False, False, False, False
    ]  # fmt: skip
    assert column_decimal_mark(["12,500 €", "1.234,56 €"]) == ","
    assert column_decimal_mark(["12,500 €", "1,234,567 €"]) == "."
    assert column_decimal_mark(["12,500 €", 3.5]) == ""


def _sheet(path: Path, amounts: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["项目名称", "资金来源", "状态", "申请金额"])
        for n, amount in enumerate(amounts, start=1):
            writer.writerow([f"Projekt {n}", "GIZ", "submitted", amount])
    return path


def test_the_import_reads_the_column_as_its_other_cells_write(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="DE"))
    with db.transaction() as s:
        decimal = past_projects.plan_past_projects(s, _sheet(tmp_path / "a.csv", ["12,500 €", "1.234,56 €"]))
        alone = past_projects.plan_past_projects(s, _sheet(tmp_path / "b.csv", ["12,500 €", "800 €"]))
    assert [p.amount for p in decimal.planned] == [12.5, 1234.56]
    assert [p.amount for p in alone.planned] == [800.0]
    assert [(k.reason, k.values["decimal"], k.values["grouped"]) for k in alone.skipped] == [
        (past_projects.COMMA_TWO_WAYS, "12.5", "12 500")
    ]
