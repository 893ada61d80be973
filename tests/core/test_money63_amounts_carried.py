"""Amounts read from other programs' files as people type them in Excel and WPS sheets, carried since
round 59 (money63): each was refused or misread before."""

from __future__ import annotations

import pytest

from petdesk import amounts
from petdesk.peso_signs import typed_amount
from petdesk.services.past_projects import parse_money


@pytest.mark.parametrize(
    ("text", "value"),
    [("U$S 25.000", 25_000.0), ("U$S 1.250.000", 1_250_000.0), ("u$s 25.000,50", 25_000.5)],
)
def test_uruguayan_dollars_group_with_dots(text: str, value: float) -> None:
    """ "U$S 25.000" is written only where dots group thousands: it was refused as two ways."""
    assert amounts.parse_amount(text, "USD") == value
    assert typed_amount(text, "USD", "CNY") == value
    for sheet, country in (("CNY", ""), ("USD", ""), ("UYU", "UY"), ("EUR", "DE")):
        assert parse_money(text, 1.0, sheet, country=country)[:2] == (value, "USD")


def test_uruguayan_dollars_with_one_comma_still_read_two_ways() -> None:
    # "U$S 1,500": one and a half where the comma is the decimal mark, fifteen hundred elsewhere
    with pytest.raises(amounts.AmountError):
        amounts.parse_amount("U$S 1,500", "USD")
    with pytest.raises(ValueError):
        parse_money("U$S 1,500", 1.0, "CNY")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5 mil. Kč", 5_000_000.0),
        ("5 mil Kč", 5_000_000.0),
        ("2,5 mil. Kč", 2_500_000.0),
        ("2,5 mld. Kč", 2_500_000_000.0),
        ("CZK 5 mil.", 5_000_000.0),
    ],
)
def test_czech_millions_and_billions_of_koruna(text: str, value: float) -> None:
    """ "mil." is a Czech million beside Kč or CZK at any office: it was refused outside Czechia."""
    assert amounts.parse_amount(text, "CZK") == value
    for sheet, country in (("CNY", ""), ("CZK", ""), ("EUR", "DE"), ("CNY", "CZ")):
        assert parse_money(text, 1.0, sheet, country=country)[:2] == (value, "CZK")


def test_mil_without_koruna_is_still_not_guessed() -> None:
    with pytest.raises(amounts.AmountError):
        amounts.parse_amount("5 mil", "USD")
    with pytest.raises(ValueError):
        parse_money("5 mil", 1.0, "CNY")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("۲۵ لاکھ روپے", 2_500_000.0),
        ("۱ کروڑ روپیہ", 10_000_000.0),
        ("روپے ۱۲,۰۰,۰۰۰", 1_200_000.0),
        ("۲٫۵ کروڑ", 25_000_000.0),
        ("۱۲٬۵۰۰ روپے", 12_500.0),
    ],
)
def test_amounts_written_in_urdu_are_pakistani_rupees(text: str, value: float) -> None:
    """Urdu's digits and its words for a lakh, a crore and rupees: refused as no number before."""
    assert amounts.currency_marked(text) == "PKR"
    assert amounts.parse_amount(text, "PKR") == value
    assert parse_money(text, 1.0, "PKR", country="PK") == (value, "PKR", [])
    # at an office whose sheet names no rupee, Pakistan's is taken and said
    amount, currency, notes = parse_money(text, 1.0, "CNY")
    assert (amount, currency) == (value, "PKR")
    assert [n.values for n in notes] == [{"text": text, "currency": "PKR"}]
    # a sheet kept in Indian rupees keeps them: Urdu is written in India too
    assert parse_money(text, 1.0, "INR")[:2] == (value, "INR")


@pytest.mark.parametrize(
    "text", ["1,00,00,000", "Rs. 1,00,00,000/-", "1,00,00,000/-", "PKR 1,00,00,000.00", "Rs.1,00,00,000 /-"]
)
def test_pakistani_grouping_of_rupees(text: str) -> None:
    """A crore grouped as Pakistan and India group it, with the "/-" of a whole sum: "/-" was refused."""
    assert amounts.parse_amount(text, "PKR") == 10_000_000.0
    assert parse_money(text, 1.0, "PKR", country="PK")[:2] == (10_000_000.0, "PKR")
    indian = "PKR" if "PKR" in text else "INR"  # a code says whose; else the sheet's rupee
    assert parse_money(text, 1.0, "INR", country="IN")[:2] == (10_000_000.0, indian)


def test_a_column_of_lakh_groups_writes_a_decimal_point() -> None:
    """ "1,00,00,000" was taken as a decimal comma ("1,00"), which then read "12,500 €" in a German row
    of the same column as twelve and a half."""
    from petdesk.decimal_comma import column_decimal_mark

    assert column_decimal_mark(["1,00,00,000", "45,00,000"]) == "."
    assert column_decimal_mark(["12,5 €", "1.234,56"]) == ","
