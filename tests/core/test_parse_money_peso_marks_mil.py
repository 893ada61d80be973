""" "U$S 250 mil" is "US$ 250 mil" as Buenos Aires writes it (field test 123): both a thousand dollars
times 250. Found by parsemoney59: the peso-mark step rewrote "U$S" as "US$", but the mil-thousand rule
looked for "US$" in the cell as typed, so a sheet kept in yuan refused the one and read the other."""

from __future__ import annotations

import pytest

from petdesk.services.past_projects import parse_money


@pytest.mark.parametrize("cell", ["U$S 250 mil", "US$ 250 mil"])
@pytest.mark.parametrize(("currency", "country"), [("CNY", ""), ("EUR", "DE"), ("ARS", "AR")])
def test_u_s_mil_is_a_thousand_as_us_dollar_mil(cell: str, currency: str, country: str) -> None:
    amount, read, _ = parse_money(cell, 1.0, currency, country=country)
    assert (amount, read) == (250_000.0, "USD")
