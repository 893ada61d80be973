"""Istanbul hub office (field test 114): the projects sheet Turkish Excel saves. Its headers
("Proje", "Ortak", "Fon", "Bütçe", "Son Tarih", "Durum") named no project column; lira amounts
("₺1.234.567,89", "1.250.000 TL", "2,5 milyon TL") and dates with Turkish month names ("15 Mart
2027", "28 Şubat 2027") were refused, and "12 milyar TL" was read as 12 billion Indonesian rupiah."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.amounts import parse_amount
from petdesk.db import Database
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects
from petdesk.written_days import written_day

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field114"


@pytest.mark.parametrize(
    ("cell", "amount", "currency"),
    [
        ("₺1.234.567,89", 1234567.89, "TRY"),
        ("1.250.000 TL", 1250000.0, "TRY"),
        ("2,5 milyon TL", 2500000.0, "TRY"),
        ("12 milyar TL", 12e9, "TRY"),
        ("12 milyar", 12e9, "TRY"),  # in a sheet kept in lira
        ("USD 300 bin", 300000.0, "USD"),
    ],
)
def test_lira_amounts(cell: str, amount: float, currency: str) -> None:
    got, code, _ = past_projects.parse_money(cell, currency="TRY")
    assert (got, code) == (amount, currency)


def test_lira_said_in_a_sheet_kept_in_yuan() -> None:
    assert past_projects.parse_money("1.250.000 TL", currency="CNY")[:2] == (1250000.0, "TRY")


def test_lira_typed_on_the_command_line() -> None:
    assert parse_amount("₺1.234.567,89", "TRY") == 1234567.89
    assert parse_amount("1.250.000 TL", "TRY") == 1250000.0


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("15 Mart 2027", dt.date(2027, 3, 15)),
        ("28 Şubat 2027", dt.date(2027, 2, 28)),
        ("31 Ağustos 2027", dt.date(2027, 8, 31)),
        ("1 Ocak 2028", dt.date(2028, 1, 1)),
        ("3 ARALIK 2027", dt.date(2027, 12, 3)),
        ("9 Kasım 2027", dt.date(2027, 11, 9)),
    ],
)
def test_turkish_month_names(text: str, day: dt.date) -> None:
    assert written_day(text) == day


def test_the_istanbul_sheet(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="TR"))
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "projeler_excel_tr_utf8.csv")
    assert not result.skipped
    by_title = {p.title: p for p in result.planned}
    kadikoy = by_title["Kadıköy Güneş Çatıları"]
    assert (kadikoy.amount, kadikoy.currency, kadikoy.deadline) == (1234567.89, "TRY", dt.date(2027, 3, 15))
    ankara = by_title["Ankara Çöp Gazından Enerji"]
    assert (ankara.amount, ankara.currency) == (12e9, "TRY")
