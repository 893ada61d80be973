"""parse_money after three merges (money57, field115, field116, field114): each sign and word still
reaches its own branch, and the cases where two branches' rules met are read one way (review57)."""

from __future__ import annotations

import pytest

from petdesk.services import past_projects
from petdesk.services.past_projects import parse_money


@pytest.mark.parametrize(
    ("cell", "kept_in", "read"),
    [
        ("$12,500,000.00", "MXN", (12_500_000.0, "MXN")),  # field 116: the office's peso
        ("$12,500,000.00", "CNY", (12_500_000.0, "USD")),
        ("US$ 250 mil", "MXN", (250_000.0, "USD")),
        ("$12.5 mdp", "MXN", (12_500_000.0, "MXN")),
        ("3 MDD", "MXN", (3_000_000.0, "USD")),
        ("¥120,000,000", "JPY", (120_000_000.0, "JPY")),  # field 115
        ("¥1億2,000万", "JPY", (120_000_000.0, "JPY")),
        ("1億2,000万円", "CNY", (120_000_000.0, "JPY")),
        ("12 milyar TL", "CNY", (12_000_000_000.0, "TRY")),  # field 114, not rupiah
        ("₺1.234.567,89", "CNY", (1_234_567.89, "TRY")),
        ("TL 1.250.000", "USD", (1_250_000.0, "TRY")),
        ("12 milyar", "CNY", (12_000_000_000.0, "IDR")),  # without TL, Indonesia's
        ("RM 1,5 juta", "IDR", (1_500_000.0, "MYR")),  # money57: the sign before the column
        ("R 1 234 567,89", "CNY", (1_234_567.89, "ZAR")),
        ("R$ 1.234.567,89", "CNY", (1_234_567.89, "BRL")),
        ("1 500 000 FCFA", "XAF", (1_500_000.0, "XAF")),
        ("FCFA 1 500 000", "XOF", (1_500_000.0, "XOF")),
        # field 117: East Africa's shillings and the birr, and amounts in K, M, million and bn
        ("KSh 12,500,000", "CNY", (12_500_000.0, "KES")),
        ("KES 1.2M", "CNY", (1_200_000.0, "KES")),
        ("Ksh 3.5 million", "USD", (3_500_000.0, "KES")),
        ("USD 250K", "KES", (250_000.0, "USD")),
        ("TSh 10,000,000", "KES", (10_000_000.0, "TZS")),
        ("USh 45,000,000", "KES", (45_000_000.0, "UGX")),
        ("Br 2,000,000", "KES", (2_000_000.0, "ETB")),
        ("KES 2bn", "CNY", (2_000_000_000.0, "KES")),
        ("ETB 2,000,000", "KES", (2_000_000.0, "ETB")),
    ],
)
def test_each_sign_reaches_its_branch(cell: str, kept_in: str, read: tuple[float, str]) -> None:
    assert parse_money(cell, 1.0, kept_in)[:2] == read


@pytest.mark.parametrize(
    ("cell", "kept_in"), [("$", "MXN"), ("$", "CNY"), ("US$", "USD"), ("円", "JPY"), ("€ ", "EUR")]
)
def test_a_sign_alone_is_refused_not_emptied(cell: str, kept_in: str) -> None:
    # "$" alone was stored as no amount, silently; "¥", "TL" and "FCFA" alone were refused
    with pytest.raises(ValueError):
        parse_money(cell, 1.0, kept_in)


@pytest.mark.parametrize("kept_in", ["CNY", "USD", "JPY"])
def test_yen_sign_with_en_is_yen_whatever_the_sheet(kept_in: str) -> None:
    # "¥3,500万円" says yen twice: it was kept as yuan in a CNY sheet and refused in a USD one
    amount, currency, notes = parse_money("¥3,500万円", 1.0, kept_in)
    assert (amount, currency) == (35_000_000.0, "JPY")
    assert not [n for n in notes if n.sentence == past_projects.YEN_TAKEN_AS]


@pytest.mark.parametrize("cell", ["JPY ¥120,000", "¥120,000 JPY", "¥ 120,000 日元"])
def test_yen_sign_with_a_code_takes_the_code(cell: str) -> None:
    # "JPY ¥120,000" was refused in a CNY sheet; "¥120,000 JPY" read as JPY but said "taken as CNY"
    amount, currency, notes = parse_money(cell, 1.0, "CNY")
    assert (amount, currency) == (120_000.0, "JPY")
    assert not [n for n in notes if n.sentence == past_projects.YEN_TAKEN_AS]


@pytest.mark.parametrize(
    ("cell", "read"), [("$250 mil", 250_000.0), ("250 mil", 250_000.0), ("$ 3 mil", 3_000.0)]
)
def test_mil_is_a_thousand_in_pesos(cell: str, read: float) -> None:
    # a bare "$" at a Mexican office is pesos (field 116), and beside pesos "mil" is a thousand
    assert parse_money(cell, 1.0, "MXN")[:2] == (read, "MXN")


def test_mil_beside_a_dollar_elsewhere_still_reads_two_ways() -> None:
    with pytest.raises(ValueError):
        parse_money("$3 mil", 1.0, "CNY")


@pytest.mark.parametrize("cell", ["2,5 millions FCFA", "2,5 millions F CFA"])
def test_fcfa_after_a_scale_word(cell: str) -> None:
    # the needs import read "2,5 millions FCFA" (cfa_franc.without_cfa_mark); the projects import refused it
    assert parse_money(cell, 1.0, "XOF")[:2] == (2_500_000.0, "XOF")
    assert parse_money(cell, 1.0, "CNY", cfa_franc="XAF")[:2] == (2_500_000.0, "XAF")


@pytest.mark.parametrize("cell", ["令和元年2月29日", "R1.2.29", "令和9年13月1日"])
def test_an_era_date_that_is_no_day_is_named_as_typed(cell: str) -> None:
    # the preview said "no date that can be read: '2019-02-29'", a date the sheet does not hold
    with pytest.raises(ValueError) as refused:
        past_projects.parse_day(cell)
    assert str(refused.value) == cell


def test_a_deadline_in_the_last_month_of_9999() -> None:
    # "9999年12月" as a deadline is its last day; asking for the next month's first gave year 10000
    day, note = past_projects.parse_day("9999年12月", last=True)
    assert day is not None and (day.year, day.month, day.day) == (9999, 12, 31)
    assert note is not None
