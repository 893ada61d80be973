"""A compact amount for a narrow list cell (needs54): "CN¥15m" where "CN¥15,000,000.00" was cut;
in Chinese the 万 and 亿 form every window shows, which is compact already and tells yuan from yen."""

from __future__ import annotations

import pytest

from petdesk.i18n import compact_money, format_money


@pytest.mark.parametrize(
    ("value", "currency", "english", "chinese"),
    [
        (15_000_000, "CNY", "CN¥15m", "1,500万元"),
        (400_000, "USD", "US$400k", "40万美元"),
        (1_250_000, "USD", "US$1.2m", "125万美元"),  # one decimal at most
        (999, "USD", "US$999", "999美元"),
        (1_852_000, "JPY", "JP¥1.9m", "185.2万日元"),
        (12_150_000, "SEK", "SEK\u00a012.2m", "1,215万瑞典克朗"),  # a code kept apart from the digits
    ],
)
def test_compact_money(value: float, currency: str, english: str, chinese: str) -> None:
    assert compact_money(value, currency, "en") == english
    assert compact_money(value, currency, "zh_CN") == chinese == format_money(value, currency, "zh_CN")
    assert len(compact_money(value, currency, "en")) < len(format_money(value, currency, "en"))
