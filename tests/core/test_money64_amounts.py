"""Readings missing after round 63's review (money64): Urdu's and Hindi's arab (a thousand million),
Arabic-Indic and Persian digits with the Arabic separators ٬ and ٫ where an amount is typed, and the
Czech "mil." in the city-needs import as the projects import reads it. Each was refused before."""

from __future__ import annotations

import pytest

from petdesk import amounts
from petdesk.services.past_projects import ARAB_TAKEN_AS, Note, parse_money


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("۵ ارب روپے", 5_000_000_000.0),
        ("٥ ارب", 5_000_000_000.0),
        ("۲٫۵ ارب روپے", 2_500_000_000.0),
        ("1.5 ارب", 1_500_000_000.0),
    ],
)
def test_urdu_arab_is_a_thousand_million_rupees(text: str, value: float) -> None:
    assert amounts.currency_marked(text) == "PKR"
    assert amounts.parse_amount(text, "PKR") == value
    assert parse_money(text, 1.0, "PKR", country="PK") == (value, "PKR", [])
    assert parse_money(text, 1.0, "INR")[:2] == (value, "INR")


@pytest.mark.parametrize(("text", "value"), [("5 अरब", 5e9), ("₹ 2 अरब", 2e9), ("Rs. 2.5 arab", 2.5e9)])
def test_hindi_arab_is_a_thousand_million(text: str, value: float) -> None:
    assert amounts.parse_amount(text, "INR") == value
    assert parse_money(text, 1.0, "INR", country="IN")[:2] == (value, "INR")


def test_arab_in_a_sheet_kept_in_yuan_is_taken_as_rupees_and_said() -> None:
    """ "5 अरब" in a yuan sheet was not five thousand million yuan: rupees, as "2.5 crore" is."""
    assert parse_money("5 अरब", 1.0, "CNY") == (
        5e9,
        "INR",
        [Note(ARAB_TAKEN_AS, {"text": "5 अरब", "currency": "INR"})],
    )


def test_arabic_four_is_not_an_arab() -> None:
    """اربعة (four, written without its hamza) starts with the letters of ارب: not a scale word."""
    with pytest.raises(amounts.AmountError):
        amounts.parse_amount("٤ اربعة", "PKR")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("١٢٬٥٠٠", 12_500.0),
        ("١٢٬٥٠٠٫٧٥", 12_500.75),
        ("۱۲٬۵۰۰", 12_500.0),
        ("۱۲٬۵۰۰٬۰۰۰", 12_500_000.0),
        ("١٬٢٥٠", 1_250.0),
        ("١٢٥٠٠", 12_500.0),
        ("\u200f١٢٬٥٠٠\u200f", 12_500.0),
    ],
)
def test_arabic_indic_and_persian_digits_with_arabic_separators(text: str, value: float) -> None:
    """The ٬ only groups and the ٫ is only a decimal point: read alike where a comma or a dot is
    the decimal mark, in rupiah and in reais too."""
    assert amounts.parse_amount(text) == value
    assert amounts.parse_amount(text, decimal_comma=True) == value
    assert amounts.parse_amount(text, "IDR") == value
    assert amounts.parse_amount(text, "BRL") == value


def test_an_arabic_decimal_point_before_three_digits_is_still_a_point() -> None:
    """ "١٫٢٥٠" is one and a quarter: the ٫ says so, where "1.250" reads two ways."""
    assert amounts.parse_amount("١٫٢٥٠") == 1.25
    assert amounts.parse_amount("١٫٢٥٠", "IDR") == 1.25


@pytest.mark.parametrize("text", ["١٢٬٥٠", "١٢٬٥", "٫٥"])
def test_arabic_separators_out_of_place_are_refused(text: str) -> None:
    with pytest.raises(amounts.AmountError, match="is not an amount"):
        amounts.parse_amount(text)
