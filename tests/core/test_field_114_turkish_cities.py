"""Istanbul hub office (field test 114): Turkish cities in Chinese. "İstanbul" as Turkish writes it
was no city petdesk knew (Python folds "İ" to "i" and a combining dot), so the Chinese dossier and
lists kept the Latin name instead of 伊斯坦布尔."""

from __future__ import annotations

import pytest

from petdesk.city_names import city_in, known_city, shown_city


@pytest.mark.parametrize(
    ("written", "chinese"),
    [("İstanbul", "伊斯坦布尔"), ("ISTANBUL", "伊斯坦布尔"), ("Ankara", "安卡拉"), ("İzmir", "伊兹密尔")],
)
def test_turkish_cities_in_chinese(written: str, chinese: str) -> None:
    assert shown_city(written, "", "zh_CN") == chinese
    assert shown_city(written, "", "en") == written


def test_a_place_in_istanbul() -> None:
    found = city_in("İstanbul Havalimanı (IST)")
    assert found is not None and found.timezone == "Europe/Istanbul"
    assert known_city("İstanbul Büyükşehir") is None  # a city's name, not any text beginning with one
