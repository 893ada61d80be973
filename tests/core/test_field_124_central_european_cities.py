"""A Chinese delegation's visit to Warsaw, Kraków, Prague and Brno (field test 124): the cities had no
Chinese names, so the Chinese itinerary and dossier printed them in Latin letters."""

from __future__ import annotations

from petdesk import city_names


def test_the_hub_cities_have_chinese_names() -> None:
    found = {name: city_names.both_names(name)[1] for name in ("Warsaw", "Kraków", "Prague", "Brno")}
    assert found == {"Warsaw": "华沙", "Kraków": "克拉科夫", "Prague": "布拉格", "Brno": "布尔诺"}
