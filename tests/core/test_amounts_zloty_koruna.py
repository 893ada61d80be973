"""Amounts as Warsaw and Prague write them (field test 124): the złoty and the koruna after the
amount ("1 234 567,89 zł", "12 500 000 Kč") and the Polish and Czech words for a thousand, a million
and a thousand million (tys., mln, mld). Before, every one was refused as not an amount."""

from __future__ import annotations

import pytest

from petdesk import amounts


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("1 234 567,89 zł", "PLN", 1_234_567.89),
        ("2,5 mln zł", "PLN", 2_500_000),
        ("PLN 3 mld", "PLN", 3_000_000_000),
        ("500 tys. zł", "PLN", 500_000),
        ("12 500 000 Kč", "CZK", 12_500_000),
        ("CZK 3 mld.", "CZK", 3_000_000_000),
    ],
)
def test_zloty_and_koruna(text: str, currency: str, value: float) -> None:
    assert amounts.currency_marked(text) == currency
    assert amounts.parse_amount(text, currency) == pytest.approx(value)


def test_czech_mil_is_a_million_in_koruna_only() -> None:
    # "2,5 mil. Kč" is 2.5 million in Czech (money63: it was refused); "mil" beside R$ is a thousand
    assert amounts.parse_amount("2,5 mil. Kč", "CZK") == 2_500_000
    with pytest.raises(amounts.AmountError):
        amounts.parse_amount("2,5 mil.", "USD")
