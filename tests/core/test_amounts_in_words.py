"""Budgets written with a word for their size: "1,5 Mio. €" and "1,5 Mrd. €" from a German
proposal, "1.5 million" and "1.5m" from an English one, "150万元" and "1.2亿元" from a Chinese one,
read in the project's currency by the one amount parser (the window's amount box, the command
line and the exchange import). A number before such a word that reads two ways, and "billion"
(a thousand million in English, a million million in German), are refused in words (field74)."""

from __future__ import annotations

import pytest

from petdesk.amounts import OTHER_CURRENCY, SCALED_TWO_WAYS, AmountError, parse_amount
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import projects as ps
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


@pytest.mark.parametrize(
    ("typed", "currency", "value"),
    [
        ("1,5 Mio. €", "EUR", 1_500_000.0),
        ("1,5 Mrd. €", "EUR", 1_500_000_000.0),
        ("2 Mio. EUR", "EUR", 2_000_000.0),
        ("€ 2,25 Mio.", "EUR", 2_250_000.0),
        ("1.5 million", "USD", 1_500_000.0),
        ("1.5m", "GBP", 1_500_000.0),
        ("$1.5M", "USD", 1_500_000.0),
        ("2 bn", "USD", 2_000_000_000.0),
        ("0,125 Mio.", "EUR", 125_000.0),
        ("1.234,5 Mio. €", "EUR", 1_234_500_000.0),  # groups before the decimal comma say which is which
        ("150万元", "CNY", 1_500_000.0),
        ("1.2亿元", "CNY", 120_000_000.0),
        ("1,5 Mio.", None, 1_500_000.0),  # the command line's --requested, its currency beside it
    ],
)
def test_a_word_for_millions_is_read(typed: str, currency: str | None, value: float) -> None:
    assert parse_amount(typed, currency) == value


@pytest.mark.parametrize("typed", ["1.500 Mio. €", "1,500 million", "2 billion", "1,5 Billionen"])
@pytest.mark.usefixtures("tree_catalogue")
def test_a_number_that_reads_two_ways_before_the_word_is_refused_in_words(typed: str) -> None:
    with pytest.raises(AmountError) as refused:
        parse_amount(typed, "EUR")
    assert refused.value.template == SCALED_TWO_WAYS
    assert refused.value.text("en").startswith(f"{typed} could be read two ways")
    assert refused.value.text("zh_CN").startswith(f"{typed} 有两种理解")


@pytest.mark.parametrize("typed", ["Mio.", "1,5 Mio. Mio.", "m", "1,5 Mio. $"])
def test_what_is_no_amount_in_words_is_still_refused(typed: str) -> None:
    with pytest.raises(AmountError) as refused:
        parse_amount(typed, "EUR")
    assert refused.value.template != SCALED_TWO_WAYS


def test_another_currency_in_words_is_refused() -> None:
    with pytest.raises(AmountError) as refused:
        parse_amount("1,5 Mio. £", "EUR")
    assert refused.value.template == OTHER_CURRENCY


def test_the_command_line_stores_a_budget_in_words(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    at = ["--db", str(db.path)]
    add = ["projects", "add", "--title-en", "Fernwärme", "--currency", "EUR", "--requested", "1,5 Mio."]
    assert main([*at, *add]) == 0
    with db.reading() as s:
        [row] = [p for p in ps.list_projects(s) if p.title_en == "Fernwärme"]
    assert (row.amount_requested, row.currency) == (1_500_000.0, "EUR")
