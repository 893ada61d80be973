"""Amounts as a Chinese input method gives them (field test 54, defect 2): full-width digits and
marks, 万 and 亿, with or without 元 / 人民币 / RMB / CNY, read in the one amount parser."""

from __future__ import annotations

import pytest

from petdesk.amounts import AmountError, parse_amount


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("１，２３４．５６", 1234.56),
        ("１２３４５", 12345),
        ("１，２３４．５６ 元", 1234.56),
        ("1.2万", 12_000),
        ("１２万", 120_000),
        ("50万元", 500_000),
        ("人民币50万元", 500_000),
        ("3亿", 300_000_000),
        ("RMB 3亿", 300_000_000),
        ("2.5亿 CNY", 250_000_000),
        ("1.234万", 12_340),  # before 万 the point is the decimal one
        ("1,234.56", 1234.56),
        ("1.234,56", 1234.56),
    ],
)
def test_chinese_forms_are_read(typed: str, amount: float) -> None:
    assert parse_amount(typed) == amount


@pytest.mark.parametrize("typed", ["万", "元", "十万", "1.2万万", "abc元"])
def test_what_is_not_an_amount_is_refused_in_chinese(typed: str) -> None:
    with pytest.raises(AmountError) as refused:
        parse_amount(typed)
    assert refused.value.text("zh_CN").startswith(f"{typed} 不是金额")
