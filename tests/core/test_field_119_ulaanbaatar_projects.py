"""Ulaanbaatar hub office (field test 119): the projects sheet Mongolian Excel saves. Its headers
("Төслийн нэр", "Санхүүжүүлэгч", "Төсөв", "Эхлэх огноо", "Төлөв") named no project column; tögrög
amounts ("₮12,500,000", "12.5 сая төгрөг", "MNT 3 тэрбум") were refused as not a number, and a date
in words ("2027 оны 3-р сарын 15") as unreadable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.amounts import parse_amount
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects
from petdesk.written_days import written_day

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field119"


@pytest.mark.parametrize(
    ("cell", "amount", "currency"),
    [
        ("₮12,500,000", 12_500_000.0, "MNT"),
        ("12.5 сая төгрөг", 12_500_000.0, "MNT"),
        ("MNT 3 тэрбум", 3e9, "MNT"),
        ("500 мянга төг.", 500_000.0, "MNT"),
    ],
)
def test_togrog_amounts(cell: str, amount: float, currency: str) -> None:
    got, code, _ = past_projects.parse_money(cell, currency="CNY")
    assert (got, code) == (amount, currency)


def test_togrog_typed_in_an_amount_box() -> None:
    assert parse_amount("₮12,500,000", "MNT") == 12_500_000.0
    assert parse_amount("3 тэрбум", "MNT") == 3e9


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2027 оны 3-р сарын 15", dt.date(2027, 3, 15)),
        ("2027 оны 3 дугаар сарын 15-ны өдөр", dt.date(2027, 3, 15)),
        ("2027 он 12 сар 31", dt.date(2027, 12, 31)),
    ],
)
def test_mongolian_dates_in_words(text: str, day: dt.date) -> None:
    assert written_day(text) == day


def test_the_ulaanbaatar_sheet(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="MN"))
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "projects_excel_mn_utf8_bom.csv")
    assert not result.skipped
    by_title = {p.title: p for p in result.planned}
    air = by_title["Улаанбаатарын агаарын бохирдлыг бууруулах"]
    assert (air.amount, air.currency, air.started) == (12_500_000.0, "MNT", dt.date(2027, 3, 15))
    assert result.statuses == {"Хэрэгжиж байгаа": ProjectStatus.RUNNING}
    ger = by_title["Гэр хорооллын дулаалга"]
    assert (ger.amount, ger.currency, ger.started) == (12_500_000.0, "MNT", dt.date(2027, 3, 15))
    tuul = by_title["Туул голын цэвэрлэх байгууламж"]
    assert (tuul.amount, tuul.currency) == (3e9, "MNT")
