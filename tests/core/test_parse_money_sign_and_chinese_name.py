"""A sign before an amount that also names its currency in Chinese ("$500万美元"): the name says whose
"$" it is, as a code does ("$ 500 USD"), and a sign of another currency ("€500万美元") is refused as
"€ 5,000,000 USD" is. Found by parsemoney59: the sign step ran after the name step and overwrote
its currency, so a Mexico City sheet kept five million dollars as pesos, and € won silently."""

from __future__ import annotations

import pytest

from petdesk.services import past_projects
from petdesk.services.past_projects import parse_money


@pytest.mark.parametrize(("currency", "country"), [("MXN", "MX"), ("CNY", ""), ("ARS", "AR")])
def test_dollar_sign_beside_meiyuan_is_us_dollars(currency: str, country: str) -> None:
    amount, read, notes = parse_money("$500万美元", 1.0, currency, country=country)
    assert (amount, read, notes) == (5_000_000.0, "USD", [])


def test_another_sign_beside_the_name_is_refused_as_beside_a_code() -> None:
    for cell in ("€500万美元", "€ 5,000,000 USD"):
        with pytest.raises(ValueError) as caught:
            parse_money(cell, 1.0, "CNY")
        assert getattr(caught.value, "reason", "") == past_projects.SIGN_AND_CODE, cell


def test_the_sign_of_the_named_currency_is_read_as_before() -> None:
    assert parse_money("€500万欧元", 1.0, "CNY")[:2] == (5_000_000.0, "EUR")
    assert parse_money("US$500万美元", 1.0, "MXN", country="MX")[:2] == (5_000_000.0, "USD")
