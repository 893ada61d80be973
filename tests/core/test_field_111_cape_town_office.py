"""ICLEI Africa in Cape Town (field test 111): budgets as South Africans and francophone West Africans
write them, with spaces (Excel's no-break and narrow no-break ones too) between groups of three and a
decimal comma, the rand as "R" and the CFA franc as "FCFA"; the projects sheet saved by Excel in
en-ZA or fr-FR as "CSV UTF-8", which separates its fields with semicolons.

Before: "R 1 234 567,89", "1 500 000 FCFA" and "R2,5 million" were refused (three of six projects
skipped), and the semicolon file was refused whole (no row named a project's columns)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.amounts import OTHER_CURRENCY, AmountError, parse_amount
from petdesk.db import Database
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field111"
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("typed", "currency", "value"),
    [
        ("R 1 234 567,89", "ZAR", 1_234_567.89),
        (f"R{NBSP}1{NBSP}234{NBSP}567,89", "ZAR", 1_234_567.89),  # Excel en-ZA's currency format
        ("R1 234 567,89", "ZAR", 1_234_567.89),
        ("R 500", "ZAR", 500.0),
        ("R2,5 million", "ZAR", 2_500_000.0),
        ("ZAR 2 500 000", "ZAR", 2_500_000.0),
        ("1 500 000 FCFA", "XOF", 1_500_000.0),
        (f"1{NNBSP}500{NNBSP}000 FCFA", "XOF", 1_500_000.0),  # Excel fr-FR's narrow no-break space
        ("2 500 000 F CFA", "XOF", 2_500_000.0),
        ("FCFA 750 000", "XAF", 750_000.0),  # the Central African franc is FCFA too
        ("XOF 25 000 000", "XOF", 25_000_000.0),
    ],
)
def test_rand_and_cfa_franc_amounts_are_read(typed: str, currency: str, value: float) -> None:
    assert parse_amount(typed, currency) == value


@pytest.mark.parametrize(("typed", "currency"), [("R 500", "USD"), ("1 500 000 FCFA", "EUR")])
def test_a_rand_or_cfa_amount_is_not_taken_for_another_currency(typed: str, currency: str) -> None:
    with pytest.raises(AmountError) as refused:
        parse_amount(typed, currency)
    assert refused.value.template == OTHER_CURRENCY


@pytest.mark.parametrize("typed", ["R$ 1.234,56", "Rs 500"])
def test_other_signs_beginning_with_r_are_not_the_rand(typed: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(typed, "ZAR")


@pytest.mark.parametrize(
    ("cell", "money"),
    [
        (f"R 1{NBSP}234{NBSP}567,89", (1_234_567.89, "ZAR")),
        ("R2,5 million", (2_500_000.0, "ZAR")),
        (f"1{NNBSP}500{NNBSP}000 FCFA", (1_500_000.0, "XOF")),
        ("2 500 000 F CFA", (2_500_000.0, "XOF")),
        ("XOF 25 000 000", (25_000_000.0, "XOF")),
    ],
)
def test_a_project_cell_in_rand_or_cfa_francs(cell: str, money: tuple[float, str]) -> None:
    assert past_projects.parse_money(cell, 1.0, "ZAR")[:2] == money


def test_the_semicolon_projects_sheet_of_excel_en_za(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="ZA"))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, SAMPLES / "projects_excel_en_za.csv")
    assert plan.skipped == []
    assert [(p.amount, p.currency) for p in plan.planned] == [
        (1_234_567.89, "ZAR"),
        (2_500_000.0, "ZAR"),
        (1_500_000.0, "XOF"),
        (25_000_000.0, "XOF"),
        (2_500_000.0, "ZAR"),
        (3_750_000.0, "ZAR"),  # no currency written: the office's own
    ]
