"""Money copied from German Excel or a bank statement carries its currency: "1.250.000,50 €",
"EUR 1.250.000,50". Read against the currency the amount is kept in, the sign or code is
understood; another currency's is refused rather than its number taken as this currency's
(field test 74: the whole cell was refused as "not an amount"). Without a currency (the command
line's --requested, which has --currency beside it), a mark is refused as before."""

from __future__ import annotations

import pytest

from petdesk.amounts import OTHER_CURRENCY, AmountError, parse_amount
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here (this tree's Chinese catalogue)


@pytest.mark.parametrize(
    ("typed", "currency", "value"),
    [
        ("1.250.000,50 €", "EUR", 1_250_000.5),  # German Excel's currency format, copied
        ("1.250.000,50\u00a0€", "EUR", 1_250_000.5),  # LibreOffice puts a no-break space
        ("€ 1.250.000,50", "EUR", 1_250_000.5),
        ("EUR 1.250.000,50", "eur", 1_250_000.5),
        ("1.250.000,50 EUR", "EUR", 1_250_000.5),
        ("$1,200", "USD", 1200.0),
        ("1,200 $", "SGD", 1200.0),
        ("CHF 1'234.50", "CHF", 1234.5),
        ("¥ 1.000,00", "JPY", 1000.0),
        ("￥1,000", "CNY", 1000.0),  # full-width yen sign
        ("50万元", "USD", 500_000.0),  # 元 is said of other money too: read as before
    ],
)
def test_the_currency_beside_the_amount_is_read(typed: str, currency: str, value: float) -> None:
    assert parse_amount(typed, currency) == value


@pytest.mark.parametrize(
    ("typed", "currency"), [("1.250.000,50 €", "USD"), ("USD 1,200", "EUR"), ("£5", "EUR")]
)
@pytest.mark.usefixtures("tree_catalogue")
def test_another_currency_is_refused_in_words(typed: str, currency: str) -> None:
    with pytest.raises(AmountError) as refused:
        parse_amount(typed, currency)
    assert refused.value.template == OTHER_CURRENCY
    assert (
        refused.value.text("zh_CN")
        == f"{typed} 不是以 {currency} 计的金额：请先更改币种，或以 {currency} 输入金额"
    )


@pytest.mark.parametrize("typed", ["1.250.000,50 €", "EUR 5"])
def test_without_a_currency_a_mark_is_refused_as_before(typed: str) -> None:
    with pytest.raises(AmountError, match="is not an amount"):
        parse_amount(typed)


# "1.250 €" is read now: a sign after the number is continental Europe's way, whose dot groups (leftovers 58)
@pytest.mark.parametrize("typed", ["€ 1.250", "12 abc", "1.500 Mio. €", "€ 5 €"])
def test_what_is_no_amount_with_a_sign_is_still_refused(typed: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(typed, "EUR")
