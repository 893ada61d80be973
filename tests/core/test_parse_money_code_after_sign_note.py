"""A code after a sign several currencies write ("$ 5,000,000 USD", "Rs. 12 lakh INR") says whose the
sign is: the amount is read in the code's currency, and the preview no longer also says "$ taken as
MXN" or "Rs taken as PKR" of it. Found by parsemoney59: the sign step said the sheet's currency before
the code step read another, and the note stayed."""

from __future__ import annotations

import pytest

from petdesk.services.past_projects import parse_money


@pytest.mark.parametrize(
    ("cell", "currency", "country", "read"),
    [
        ("$ 5,000,000 USD", "MXN", "MX", "USD"),
        ("$ 5.000.000 USD", "ARS", "AR", "USD"),
        ("Rs. 12 lakh INR", "PKR", "PK", "INR"),
    ],
)
def test_the_code_decides_and_no_note_says_otherwise(
    cell: str, currency: str, country: str, read: str
) -> None:
    _, got, notes = parse_money(cell, 1.0, currency, country=country)
    assert got == read
    assert [n.values.get("currency") for n in notes if "currency" in n.values] in ([], [read])


def test_the_sheets_own_peso_is_still_said() -> None:
    _, got, notes = parse_money("$ 5,000,000", 1.0, "MXN", country="MX")
    assert got == "MXN" and [n.values["currency"] for n in notes] == ["MXN"]
