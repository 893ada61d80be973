"""One rule for the sign an English reader sees (shots58): an Almaty office read "KZT 12,500,000.00"
where Manila read "₱12,500,000.00" and New Delhi "₹…" for their own money. Now each office reads its
own currency by the sign of its own locale when that sign names one currency only; other currencies
keep English CLDR's symbol; a Chinese reader keeps the currency's Chinese name."""

from __future__ import annotations

import pytest

from petdesk import i18n
from petdesk.currency_signs import is_unambiguous_sign, own_sign
from tests.helpers.office_kept import office

__all__ = ["office"]


@pytest.mark.parametrize(
    ("country", "currency", "shown"),
    [
        ("KZ", "KZT", "₸12,500,000.00"),
        ("PH", "PHP", "₱12,500,000.00"),
        ("IN", "INR", "₹1,25,00,000.00"),
        ("BD", "BDT", "৳1,25,00,000.00"),
        ("MN", "MNT", "₮12,500,000.00"),
    ],
)
def test_each_office_reads_its_own_currency_by_its_own_sign(  # type: ignore[no-untyped-def]
    office, country: str, currency: str, shown: str
) -> None:
    i18n.set_office_country(country)
    assert i18n.format_money(12_500_000, currency, "en") == shown
    assert i18n.compact_money(12_500_000, currency, "en").startswith(shown[0])
    assert i18n.format_money(12_500_000, currency, "en", whole=True) == shown.removesuffix(".00")


def test_a_shared_or_lettered_symbol_stays_as_english_writes_it(office) -> None:  # type: ignore[no-untyped-def]
    i18n.set_office_country("CN")  # "¥" is the yuan's and the yen's: CN¥, as before
    assert i18n.format_money(8_000, "CNY", "en") == "CN¥8,000.00"
    i18n.set_office_country("ID")  # "Rp" is letters: the code, as before
    assert i18n.format_money(8_000, "IDR", "en").startswith("IDR")
    i18n.set_office_country("KZ")  # another country's currency keeps English CLDR's symbol
    assert i18n.format_money(8_000, "BDT", "en") == "BDT\u00a08,000.00"
    assert i18n.format_money(8_000, "PHP", "en") == "₱8,000.00"


def test_a_chinese_reader_keeps_the_currency_s_name(office) -> None:  # type: ignore[no-untyped-def]
    i18n.set_office_country("KZ")
    assert i18n.format_money(12_500_000, "KZT", "zh_CN") == "1,250万哈萨克斯坦坚戈"


def test_the_signs() -> None:
    assert own_sign("KZT", "KZ") == "₸" and own_sign("USD", "KZ") is None
    assert own_sign("CNY", "CN") is None and own_sign("KZT", "") is None
    assert not is_unambiguous_sign("$") and not is_unambiguous_sign("Rp") and is_unambiguous_sign("€")
