"""Field test 122: the hub offices in Dhaka (BD) and Karachi (PK)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field122"


@pytest.mark.parametrize(
    ("typed", "sheet", "country", "expected"),
    [
        ("Rs. 12 lakh", "PKR", "PK", (1_200_000.0, "PKR")),  # was kept as Indian rupees
        ("Rs 12,00,000", "CNY", "PK", (1_200_000.0, "PKR")),  # the office's country says whose
        ("Rs. 12 lakh", "CNY", "IN", (1_200_000.0, "INR")),
        ("Rs. 12 lakh", "CNY", "", (1_200_000.0, "INR")),  # India's, the likeliest, as before
        ("Tk 2.5 crore", "BDT", "BD", (25_000_000.0, "BDT")),  # was refused
        ("৳ 45,00,000", "CNY", "", (4_500_000.0, "BDT")),
        ("৳৪৫,০০,০০০", "BDT", "BD", (4_500_000.0, "BDT")),  # Bengali digits
        ("২.৫ কোটি টাকা", "BDT", "BD", (25_000_000.0, "BDT")),
    ],
)
def test_rupees_and_taka_are_read_as_the_office_writes_them(
    typed: str, sheet: str, country: str, expected: tuple[float, str]
) -> None:
    assert past_projects.parse_money(typed, currency=sheet, country=country)[:2] == expected


@pytest.mark.parametrize(
    ("country", "sample", "expected"),
    [
        ("PK", "karachi_projects.xlsx", [(1_200_000.0, "PKR"), (45_000_000.0, "PKR")]),
        ("BD", "dhaka_projects.xlsx", [(25_000_000.0, "BDT"), (4_500_000.0, "BDT")]),
    ],
)
def test_the_project_sheets_keep_their_currency(
    db: Database, country: str, sample: str, expected: list[tuple[float, str]]
) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value=country))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, SAMPLES / sample)
    assert plan.skipped == []
    assert [(p.amount, p.currency) for p in plan.planned] == expected
