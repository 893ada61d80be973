""""mil" is a thousand in Portuguese and Spanish ("US$ 250 mil", field test 110) but a million in
English shorthand ("$3 mil"): read beside R$, US$ or COL$ or in reais or pesos, refused elsewhere
rather than guessed a thousand times too small."""

from __future__ import annotations

import pytest

from petdesk.amounts import AmountError, parse_amount


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("US$ 250 mil", "USD", 250_000.0),
        ("R$ 250 mil", "BRL", 250_000.0),
        ("250 mil", "BRL", 250_000.0),
        ("250 mil", "COP", 250_000.0),
    ],
)
def test_mil_is_a_thousand_beside_latin_american_signs(text: str, currency: str, expected: float) -> None:
    assert parse_amount(text, currency=currency) == expected


@pytest.mark.parametrize(("text", "currency"), [("$3 mil", "USD"), ("3 mil", "USD"), ("3 mil", "EUR")])
def test_mil_elsewhere_is_refused_not_guessed(text: str, currency: str) -> None:
    with pytest.raises(AmountError, match="read two ways"):
        parse_amount(text, currency=currency)
