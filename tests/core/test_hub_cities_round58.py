"""The Bangkok, Tehran and Manila offices' cities (field tests 120, 125, 126) had no Chinese names: a
Chinese itinerary or dossier printed "Bangkok", "تهران" or "Cebu" in Latin or Persian letters."""

from __future__ import annotations

import pytest

from petdesk import city_names


@pytest.mark.parametrize(
    ("typed", "english", "chinese"),
    [
        ("Bangkok", "Bangkok", "曼谷"),
        ("กรุงเทพมหานคร", "Bangkok", "曼谷"),
        ("Chiang Mai", "Chiang Mai", "清迈"),
        ("Tehran", "Tehran", "德黑兰"),
        ("تهران", "Tehran", "德黑兰"),
        ("Esfahan", "Isfahan", "伊斯法罕"),
        ("Manila", "Manila", "马尼拉"),
        ("Quezon City", "Quezon City", "奎松市"),
        ("Cebu City", "Cebu", "宿务"),
    ],
)
def test_the_hub_cities_are_known_in_both_languages(typed: str, english: str, chinese: str) -> None:
    city = city_names.known_city(typed)
    assert city is not None and (city.en, city.zh) == (english, chinese)
    assert city_names.both_names(typed)[1] == chinese
