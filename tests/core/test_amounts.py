"""Amounts typed as text are read the way the writer's country writes them, or refused (field test 37)."""

from __future__ import annotations

import pytest

from petdesk.amounts import AmountError, parse_amount


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1234.56", 1234.56),
        ("1,234.56", 1234.56),
        ("1,234", 1234.0),
        ("1,234,567.89", 1234567.89),
        ("1234,56", 1234.56),
        ("12,5", 12.5),
        ("0.125", 0.125),  # no thousands start with 0; the service refuses the third digit
        ("1.234,56", 1234.56),  # German: 1000 times what removing the commas gave
        ("2.500.000,00", 2500000.0),
        ("1.234.567", 1234567.0),
        ("1 234,56", 1234.56),  # French
        ("1\u202f234,56", 1234.56),
        ("1'234.56", 1234.56),  # Swiss
        ("1 234 567", 1234567.0),
        ("  500000 ", 500000.0),
        ("-5", -5.0),  # the service says that an amount cannot be negative
        ("", None),
        ("none", None),
        ("-", None),
    ],
)
def test_amounts_in_each_countrys_habit(typed: str, value: float | None) -> None:
    assert parse_amount(typed) == value


@pytest.mark.parametrize("typed", ["1.234", "10.000"])
def test_a_lone_dot_before_three_digits_is_refused_as_ambiguous(typed: str) -> None:
    with pytest.raises(AmountError, match="could be read two ways"):
        parse_amount(typed)


@pytest.mark.parametrize(
    "typed",
    ["lots", "1,2345", "1.234.56", "1,234,56", "1,234.567,89", "1.234 567", "1e20", "nan", "12,34,5678"],
)
def test_other_forms_are_refused_naming_the_accepted_ones(typed: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(typed)
    assert (
        str(caught.value)
        == f"{typed} is not an amount: write it like 1234.56, 1,234.56, 1234,56, 1.234,56, 1 234,56, "
        "12,34,567.89, 1.2万 or 2.5 crore"
    )
