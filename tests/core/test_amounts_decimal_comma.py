"""Where the reader's numbers have a decimal comma (a German system: the English window formats
as en_DE, 1.234,56), "1,250" is one point two five as often as twelve hundred and fifty: refused as
two ways there, as "1.250" is everywhere, instead of read as 1250 (field test 74). "0,125" is a
fraction everywhere: no group of thousands starts with 0 (it was read as 125)."""

from __future__ import annotations

import pytest

from petdesk.amounts import TWO_WAYS, AmountError, parse_amount


@pytest.mark.parametrize("typed", ["1,250", "12,500", "-1,250", "999,000"])
def test_a_lone_comma_before_three_digits_reads_two_ways_to_a_decimal_comma_reader(typed: str) -> None:
    with pytest.raises(AmountError) as refused:
        parse_amount(typed, decimal_comma=True)
    assert refused.value.template == TWO_WAYS


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1,25", 1.25),
        ("1.250,00", 1250.0),
        ("1,250,000", 1_250_000.0),
        ("1,234.56", 1234.56),
        ("1250", 1250.0),
    ],
)
def test_what_reads_one_way_is_read_for_a_decimal_comma_reader(typed: str, value: float) -> None:
    assert parse_amount(typed, decimal_comma=True) == value


def test_a_point_reader_keeps_reading_a_comma_as_a_group() -> None:
    assert parse_amount("1,250") == 1250.0


@pytest.mark.parametrize("decimal_comma", [False, True])
def test_zero_comma_is_a_fraction_not_a_group(decimal_comma: bool) -> None:
    assert parse_amount("0,125", decimal_comma=decimal_comma) == 0.125
    assert parse_amount("0,5", decimal_comma=decimal_comma) == 0.5
