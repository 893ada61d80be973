"""Review of field tests 118/119's amounts: Arabic مليار (a thousand million) was written "billion",
which the amount reader refuses as 10^9 or 10^12, and ألف (thousand) was not read, so
"1.5 مليار جنيه" and "٢٠٠ ألف دولار" were refused; the tögrög sign after the amount ("12,500,000₮",
as Mongolian sheets write it) and "мянган" (the form before a noun of мянга) were refused too."""

from __future__ import annotations

import pytest

from petdesk.services import past_projects


@pytest.mark.parametrize(
    ("cell", "sheet", "amount", "currency"),
    [
        ("1.5 مليار جنيه", "EGP", 1_500_000_000.0, "EGP"),
        ("٢ مليار دولار", "EGP", 2_000_000_000.0, "USD"),
        ("٢٠٠ ألف دولار", "EGP", 200_000.0, "USD"),
        ("٣ آلاف جنيه", "EGP", 3_000.0, "EGP"),
        ("12,500,000₮", "MNT", 12_500_000.0, "MNT"),
        ("12,500,000 ₮", "USD", 12_500_000.0, "MNT"),
        ("12.5 сая ₮", "USD", 12_500_000.0, "MNT"),
        ("500 мянган төг.", "MNT", 500_000.0, "MNT"),
    ],
)
def test_amount_words_and_signs_after(cell: str, sheet: str, amount: float, currency: str) -> None:
    assert past_projects.parse_money(cell, currency=sheet)[:2] == (amount, currency)


@pytest.mark.parametrize("cell", ["1.5 billion", "₮", "ألف"])
def test_still_refused(cell: str) -> None:
    """ "billion" stays refused (10^9 or 10^12), and a sign or a size word alone is no amount."""
    with pytest.raises(ValueError):
        past_projects.parse_money(cell, currency="MNT")


@pytest.mark.parametrize("cell", ["€ 12,500 USD", "US$ ١٢٬٥٠٠ EGP", "₮ 12,500 USD", "R$ 1.000 EUR"])
def test_a_sign_and_another_code_are_refused(cell: str) -> None:
    """The code after the amount won without a word: "€ 12,500 USD" was stored as dollars."""
    with pytest.raises(ValueError) as refused:
        past_projects.parse_money(cell, currency="CNY")
    assert getattr(refused.value, "reason", "") == past_projects.SIGN_AND_CODE


@pytest.mark.parametrize(
    ("cell", "currency"),
    [
        ("$ 500 CAD", "CAD"),
        ("£ 5,000 EGP", "EGP"),
        ("Rs 500 PKR", "PKR"),
        ("US$ 500 USD", "USD"),
        ("€ 12,500", "EUR"),
    ],
)
def test_a_sign_of_many_currencies_takes_the_code(cell: str, currency: str) -> None:
    assert past_projects.parse_money(cell, currency="CNY")[1] == currency
