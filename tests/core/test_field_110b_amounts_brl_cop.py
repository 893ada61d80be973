"""Field test 110, second half: money as Brazil and Colombia write it.

Before: "R$ 1.234.567,89" was "not an amount" (the real's sign was unknown), "US$ 250 mil",
"R$ 2,5 milhões", "1,2 bilhão" and "45 millones de pesos" too (no Portuguese or Spanish words for
thousands and millions), "COP 45.000" and "R$ 500.000" read two ways although neither currency has
three decimals; in the projects import "45 millones de pesos" was kept in the Somali shilling (its
"sos"), and a sheet Excel pt-BR saved (Windows-1252, semicolons) could not be read at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.amounts import AmountError, parse_amount
from petdesk.db import Database
from petdesk.services import past_projects
from petdesk.services.past_projects import parse_money

DATA = Path(__file__).parents[1] / "data" / "import" / "field110"


@pytest.mark.parametrize(
    ("typed", "currency", "amount"),
    [
        ("R$ 1.234.567,89", "BRL", 1_234_567.89),
        ("R$ 500.000", "BRL", 500_000.0),
        ("COP 45.000.000", "COP", 45_000_000.0),
        ("COP 45.000", "COP", 45_000.0),
        ("$ 45.000.000", "COP", 45_000_000.0),  # Colombia writes its peso with "$"
        ("US$ 250 mil", "USD", 250_000.0),
        ("R$ 2,5 milhões", "BRL", 2_500_000.0),
        ("R$ 2,5 mi", "BRL", 2_500_000.0),
        ("R$ 1.500 milhões", "BRL", 1_500_000_000.0),
        ("1,2 bilhão", "BRL", 1_200_000_000.0),  # Brazil: a thousand million
        ("45 millones de pesos", "COP", 45_000_000.0),
        ("2 mil millones", "COP", 2_000_000_000.0),
        ("1,5 millón", "COP", 1_500_000.0),
        ("1,234.56", "BRL", 1234.56),
    ],
)
def test_brazilian_and_colombian_amounts_are_read_at_their_magnitude(
    typed: str, currency: str, amount: float
) -> None:
    assert parse_amount(typed, currency) == amount


@pytest.mark.parametrize(
    ("typed", "currency", "said"),
    [
        ("R$ 1,500", "BRL", "could be read two ways"),  # one and a half in Brazil
        ("3 billones", "COP", "could be read two ways"),  # a million million, or an English billion
        ("1,5 bilião", "EUR", "could be read two ways"),  # Portugal's million million
        ("45 millones de pesos", "USD", "is not in USD"),
        ("US$ 250 mil", "BRL", "is not in BRL"),
        ("€ 1.234", "EUR", "could be read two ways"),  # as before
    ],
)
def test_what_reads_two_ways_or_in_another_currency_is_refused(typed: str, currency: str, said: str) -> None:
    with pytest.raises(AmountError, match=said):
        parse_amount(typed, currency)


def test_the_projects_import_takes_the_currency_from_the_cell() -> None:
    assert parse_money("R$ 1.234.567,89", 1.0, "CNY")[:2] == (1_234_567.89, "BRL")
    assert parse_money("COP 45.000.000", 1.0, "BRL")[:2] == (45_000_000.0, "COP")
    assert parse_money("US$ 250 mil", 1.0, "BRL")[:2] == (250_000.0, "USD")
    assert parse_money("2,5 milhões de reais", 1.0, "CNY")[:2] == (2_500_000.0, "BRL")
    assert parse_money("500.000", 1.0, "BRL")[:2] == (500_000.0, "BRL")  # the office's own currency
    assert parse_money("45 millones de pesos", 1.0, "COP")[:2] == (45_000_000.0, "COP")
    with pytest.raises(ValueError, match="45 millones de pesos"):
        parse_money("45 millones de pesos", 1.0, "BRL")  # pesos of which country: refused


def test_a_project_sheet_saved_by_excel_pt_br_is_read(db: Database) -> None:
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, DATA / "projetos_excel_ptbr.csv")
    read = {p.title: (p.amount, p.currency) for p in plan.planned}
    assert read["Bogotá Cicloruta Verde"] == (45_000_000.0, "COP")
    assert read["Transporte Limpo Curitiba"] == (250_000.0, "USD")
    pesos = [s for s in plan.skipped if s.values.get("amount") == "45 millones de pesos"]
    assert pesos and "pesos of which country" in pesos[0].reason
