"""A lakh or crore amount in a column whose header names no currency is rupees, as a juta one is
rupiah (review56: "2.5 crore" in a Chinese office's Budget column was kept as 25 million yuan,
while "750 juta" beside it became IDR); said on the row, as it is taken, not written. A column of a
currency that counts in lakh itself (Pakistan's, Bangladesh's) keeps it."""

from __future__ import annotations

from petdesk.services.past_projects import parse_money


def test_crore_and_lakh_are_rupees_in_a_yuan_column() -> None:
    amount, currency, notes = parse_money("2.5 crore", 1.0, "CNY")
    assert (amount, currency) == (25_000_000.0, "INR")
    assert [n.values for n in notes] == [{"text": "2.5 crore", "currency": "INR"}]
    assert parse_money("12 lakh", 1.0, "EUR")[:2] == (1_200_000.0, "INR")
    # "juta" by the row's country (money57: it was always rupiah), refused when nothing tells
    assert parse_money("750 juta", 1.0, "CNY", country="ID")[:2] == (750_000_000.0, "IDR")


def test_a_column_of_rupees_or_of_another_lakh_currency_keeps_its_own() -> None:
    assert parse_money("2.5 crore", 1.0, "INR") == (25_000_000.0, "INR", [])
    assert parse_money("12 lakh", 1.0, "PKR") == (1_200_000.0, "PKR", [])
    assert parse_money("USD 1,200,000", 1.0, "CNY")[:2] == (1_200_000.0, "USD")
