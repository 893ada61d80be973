"""Cairo hub office (field test 118): the projects sheet Arabic Excel saves. Amounts with
Arabic-Indic digits and separators ("١٢٬٥٠٠٬٠٠٠ ج.م.", "٣٫٥ مليون دولار"), in Arabic words
("12.5 مليون جنيه") or with the pound's Latin "LE" were refused, a Hijri deadline ("15 رمضان 1448")
too, and the right-to-left mark before a remark was stored with it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.city_names import in_both_languages
from petdesk.db import Database
from petdesk.hijri_dates import hijri_day
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field118"


@pytest.mark.parametrize(
    ("cell", "amount", "currency"),
    [
        ("١٢٬٥٠٠٬٠٠٠ ج.م.", 12_500_000.0, "EGP"),
        ("EGP 12.5 million", 12_500_000.0, "EGP"),
        ("12.5 مليون جنيه", 12_500_000.0, "EGP"),
        ("LE 3,000,000", 3_000_000.0, "EGP"),
        ("3,000,000 L.E.", 3_000_000.0, "EGP"),
        ("٣٫٥ مليون دولار", 3_500_000.0, "USD"),
        ("\u200f١٢٬٥٠٠\u200f", 12_500.0, "EGP"),
    ],
)
def test_egyptian_amounts(cell: str, amount: float, currency: str) -> None:
    assert past_projects.parse_money(cell, currency="EGP")[:2] == (amount, currency)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("15 رمضان 1448", dt.date(2027, 2, 21)),
        ("١ محرم ١٤٤٨ هـ", dt.date(2026, 6, 16)),
        ("10 ذو الحجة 1445", dt.date(2024, 6, 16)),  # Eid al-Adha 2024
        ("15 March 2027", None),
    ],
)
def test_hijri_dates(text: str, day: dt.date | None) -> None:
    assert hijri_day(text) == day


def test_the_cairo_sheet(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="EG"))
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "projects_cairo_excel.xlsx")
    assert not result.skipped
    by_title = {p.title: p for p in result.planned}
    assert len(by_title) == 6
    cairo = by_title["Cairo Solar Rooftops"]
    assert (cairo.amount, cairo.currency, cairo.deadline) == (12_500_000.0, "EGP", dt.date(2027, 3, 15))
    alexandria = by_title["Alexandria Wastewater Reuse"]
    assert alexandria.deadline == dt.date(2027, 2, 21)
    assert "15 رمضان 1448" in alexandria.remark  # the day as written is kept to check
    aswan = by_title["Aswan Green Hydrogen Study"]
    assert (aswan.amount, aswan.currency, aswan.remark) == (3_500_000.0, "USD", "دراسة جدوى")


def test_egyptian_cities_in_chinese() -> None:
    """The dossier's Chinese side printed "Cairo" and "Giza" in Latin letters."""
    assert in_both_languages("Cairo", "") == ("Cairo", "开罗")
    assert in_both_languages("Giza", "")[1] == "吉萨"
    assert in_both_languages("", "亚历山大") == ("Alexandria", "亚历山大")
