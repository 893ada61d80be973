"""Two signs before one amount (money59b): "US$ $5" at a Mexico City office was read as 5 pesos, the
sign step going on after "US$" to take "$" as the sheet's peso. Two signs that agree are one currency;
two that do not are refused in plain words, not the last one taken."""

from __future__ import annotations

import pytest

from petdesk.services import past_projects
from petdesk.services.past_projects import parse_money


@pytest.mark.parametrize("cell", ["US$ $5", "$ US$5", "US$$5"])
def test_signs_that_agree_are_one_currency(cell: str) -> None:
    amount, currency, notes = parse_money(cell, 1.0, "MXN", country="MX")
    assert (amount, currency) == (5.0, "USD")
    assert not [n for n in notes if n.sentence == past_projects.DOLLAR_TAKEN_AS]


@pytest.mark.parametrize("cell", ["€ $5", "US$ R$5", "$ £5", "€£5"])
def test_signs_of_two_currencies_are_refused_in_plain_words(cell: str) -> None:
    with pytest.raises(past_projects._AmountUnread) as refused:
        parse_money(cell, 1.0, "MXN", country="MX")
    assert refused.value.reason == past_projects.TWO_SIGNS and str(refused.value) == cell
