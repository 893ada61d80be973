"""Window walk 58: at the Dhaka hub office the projects board and the import preview read
"BDT 25,000,000.00" for the ৳2,50,00,000 the office's sheet wrote. India's offices see lakhs and crores
(field test 107) through CLDR's English of India; there is no English of Bangladesh (en_BD), and the
grouping fell back to thousands."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from petdesk import i18n


@pytest.fixture(autouse=True)
def _no_office_left() -> Iterator[None]:
    yield
    i18n.set_office_country("")


@pytest.mark.parametrize(
    ("country", "shown"),
    [
        ("BD", "৳2,50,00,000.00"),  # lakhs (Bengali: no English locale); ৳, its own sign (shots58)
        ("NP", "NPR\u00a02,50,00,000.00"),  # Nepali too
        ("IN", "BDT\u00a02,50,00,000.00"),  # as before (field test 107)
        ("PK", "BDT\u00a025,000,000.00"),  # CLDR's English and Urdu of Pakistan group in thousands
        ("EG", "BDT\u00a025,000,000.00"),
    ],
)
def test_an_office_reads_amounts_grouped_as_its_country_writes_them(country: str, shown: str) -> None:
    i18n.set_office_country(country)
    currency = "NPR" if country == "NP" else "BDT"
    assert i18n.format_currency(25_000_000, currency, "en") == shown


def test_a_chinese_reader_keeps_chinese_forms() -> None:
    i18n.set_office_country("BD")
    assert "2,50,00,000" not in i18n.format_money(25_000_000, "BDT", "zh_CN")
