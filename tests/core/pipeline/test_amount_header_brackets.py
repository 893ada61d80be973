"""An amount column's header names its currency in brackets as people write it: "Amount (in INR)",
"Budget (in THB)" (review56: the words in the brackets were run together, "ininr", and the column
was read as the office's own currency); a word that only begins like a code ("top-up") names none."""

from __future__ import annotations

from petdesk.services.past_projects import header_unit


def test_a_code_after_in_is_the_columns_currency() -> None:
    assert header_unit("Amount (in INR)", "CNY") == (1.0, "INR")
    assert header_unit("Budget (in THB)", "CNY") == (1.0, "THB")
    assert header_unit("Amount (in USD)", "CNY") == (1.0, "USD")
    assert header_unit("Budget (THB)", "CNY") == (1.0, "THB")  # as before


def test_a_word_that_begins_like_a_code_is_no_currency() -> None:
    assert header_unit("Budget (top-up)", "INR") == (1.0, "INR")  # not Tonga's paʻanga
    assert header_unit("Amount (try-out)", "IDR") == (1.0, "IDR")  # nor the Turkish lira
