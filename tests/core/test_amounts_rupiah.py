"""Rupiah as Indonesian budgets write them (field test 108): "Rp 1.500.000.000", "Rp1,5 miliar",
"750 juta". A dot there is always between groups of three, so "Rp 500.000" is half a million, not
500 and not refused; the words ribu, juta, miliar and triliun say the size. "Rp 1,5 M" (miliar in
Indonesia, a million in English) is refused, not guessed."""

from __future__ import annotations

import pytest

from petdesk.amounts import OTHER_CURRENCY, SCALED_TWO_WAYS, AmountError, parse_amount


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("Rp 1.500.000.000", 1_500_000_000.0),
        ("Rp1.500.000.000", 1_500_000_000.0),
        ("Rp. 1.500.000.000", 1_500_000_000.0),
        ("Rp 500.000", 500_000.0),
        ("Rp 250.000.000,00", 250_000_000.0),
        ("IDR 2.000.000.000", 2_000_000_000.0),
        ("1.500.000.000 IDR", 1_500_000_000.0),
        ("1.500.000 rupiah", 1_500_000.0),
        ("Rp1,5 miliar", 1_500_000_000.0),
        ("Rp 2 milyar", 2_000_000_000.0),
        ("750 juta", 750_000_000.0),
        ("Rp 750 jt", 750_000_000.0),
        ("Rp 1.500 juta", 1_500_000_000.0),
        ("Rp 1 triliun", 1_000_000_000_000.0),
        ("500 ribu", 500_000.0),
    ],
)
def test_rupiah_read_at_their_magnitude(typed: str, value: float) -> None:
    assert parse_amount(typed) == value
    assert parse_amount(typed, "IDR") == value


def test_a_dot_in_an_amount_kept_in_rupiah_is_between_groups() -> None:
    assert parse_amount("500.000", "IDR") == 500_000.0
    assert parse_amount("1.500", "IDR") == 1_500.0
    with pytest.raises(AmountError):  # elsewhere it still reads two ways
        parse_amount("500.000", "USD")


def test_rupiah_in_another_currency_and_m_are_refused() -> None:
    with pytest.raises(AmountError) as refused:
        parse_amount("Rp 500.000", "USD")
    assert refused.value.template == OTHER_CURRENCY
    with pytest.raises(AmountError) as refused:
        parse_amount("Rp 1,5 M")
    assert refused.value.template == SCALED_TWO_WAYS
