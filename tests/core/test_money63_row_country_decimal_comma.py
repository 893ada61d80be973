"""A bare amount in a row whose own country column names a decimal-comma country (Germany, Brazil) is
read as that country writes numbers, not as the office does (money63): "1.234" was refused as two
ways, and "12,500" read as twelve thousand five hundred at a Chinese office."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects
from petdesk.services.past_projects import parse_money


def test_a_dot_between_thousands_in_a_german_or_brazilian_row_is_read_and_said() -> None:
    for country in ("DE", "BR"):
        amount, currency, notes = parse_money("1.234", 1.0, "CNY", country=country)
        assert (amount, currency) == (1234.0, "CNY")
        assert [n.sentence for n in notes] == [past_projects.DOT_TAKEN_AS_GROUP]
    with pytest.raises(ValueError):  # a British row writes a decimal point: two ways still
        parse_money("1.234", 1.0, "CNY", country="GB")


def test_a_comma_before_three_digits_in_a_german_row_is_asked_not_guessed() -> None:
    with pytest.raises(past_projects._AmountUnread) as refused:
        parse_money("12,500", 1.0, "EUR", country="DE")
    assert refused.value.reason == past_projects.COMMA_TWO_WAYS
    assert parse_money("12,500", 1.0, "EUR", country="DE", decimal_mark=",")[0] == 12.5
    assert parse_money("12,50", 1.0, "EUR", country="DE") == (12.5, "EUR", [])
    assert parse_money("12,500", 1.0, "EUR", country="GB") == (12_500.0, "EUR", [])


def _sheet(path: Path, rows: list[tuple[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Project", "Funder", "Country", "Amount"])
        for n, (country, amount) in enumerate(rows, start=1):
            writer.writerow([f"P{n}", "GIZ", country, amount])
    return path


@pytest.mark.parametrize("office", ["CN", "GB"])
def test_the_import_reads_each_row_by_its_own_country(db: Database, tmp_path: Path, office: str) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value=office))
    rows = [("Germany", "1.234"), ("Brazil", "250.000"), ("United Kingdom", "12,500"), ("Germany", "12,500")]
    with db.transaction() as s:
        plan = past_projects.plan_past_projects(s, _sheet(tmp_path / "p.csv", rows))
    read = [("P1", 1234.0), ("P2", 250_000.0), ("P3", 12_500.0)]
    assert [(p.title, p.amount) for p in plan.planned] == read
    assert [(k.row, k.reason) for k in plan.skipped] == [(5, past_projects.COMMA_TWO_WAYS)]
