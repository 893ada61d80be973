"""A sign after an amount with its scale word, as Latin American sheets write it (money59b): "250 mil
US$" was refused as "not a number" while "US$ 250 mil" was read; now both read alike at every office."""

from __future__ import annotations

import pytest

from petdesk.services.past_projects import parse_money

OFFICES = [("MX", "MXN"), ("AR", "ARS"), ("BR", "BRL"), ("", "CNY"), ("DE", "EUR")]


@pytest.mark.parametrize(("country", "currency"), OFFICES)
@pytest.mark.parametrize(
    ("after", "before"),
    [
        ("250 mil US$", "US$ 250 mil"),
        ("250 mil R$", "R$ 250 mil"),
        ("2,5 millones US$", "US$ 2,5 millones"),
        ("1,5 Mio. €", "€ 1,5 Mio."),
    ],
)
def test_the_sign_after_reads_as_the_sign_before(
    after: str, before: str, country: str, currency: str
) -> None:
    read = [parse_money(cell, 1.0, currency, country=country)[:2] for cell in (after, before)]
    assert read[0] == read[1]


def test_mil_us_dollars_is_a_thousand() -> None:
    assert parse_money("250 mil US$", 1.0, "MXN", country="MX")[:2] == (250_000.0, "USD")
    assert parse_money("250 mil $", 1.0, "MXN", country="MX")[:2] == (250_000.0, "MXN")


@pytest.mark.parametrize("cell", ["250.000 US$", "2.500.000 R$", "12.500 €"])
def test_a_sign_after_a_bare_number_is_still_read(cell: str) -> None:
    # the scale word is followed by a space: the "US" of "US$" is no word of the amount
    assert parse_money(cell, 1.0, "ARS", country="AR")[0] in (250_000.0, 2_500_000.0, 12_500.0)
