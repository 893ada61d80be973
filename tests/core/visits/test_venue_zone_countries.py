"""A venue in a city petdesk does not know takes its country's zone when the country keeps one clock,
else the laptop's (import49: a new visit to Tangshan, Zibo or Yichang got UTC)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.services import office as office_service
from petdesk.services import trainings as ts
from petdesk.services import venue_zone

MARCH = {"start_date": dt.date(2027, 3, 15), "end_date": dt.date(2027, 3, 17)}


@pytest.fixture
def toronto_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PETDESK_DEFAULT_TZ", raising=False)
    monkeypatch.setenv("PETDESK_TZ", "America/Toronto")


@pytest.mark.parametrize(
    ("country", "zone"),
    [
        ("CN", "Asia/Shanghai"),  # one legal time, though zone.tab has Urumqi too
        ("JP", "Asia/Tokyo"),
        ("KR", "Asia/Seoul"),
        ("DE", "Europe/Berlin"),  # Busingen keeps Berlin's clock
        ("FR", "Europe/Paris"),
        ("ES", None),  # the Canaries are an hour behind Madrid
        ("US", None),
    ],
)
def test_country_zone(country: str, zone: str | None) -> None:
    assert venue_zone.country_zone(country) == zone


@pytest.mark.parametrize(
    ("city", "zone"),
    [
        ("唐山", "Asia/Shanghai"),
        ("淄博市", "Asia/Shanghai"),
        ("Zibo, China", "Asia/Shanghai"),
        ("宜昌，中国", "Asia/Shanghai"),
        ("Kobe (Japan)", "Asia/Tokyo"),
        ("Lyon, France", "Europe/Paris"),
        ("Toulouse, Frankreich", "Europe/Paris"),
        ("Valencia, Spain", None),  # Spain keeps two clocks: the laptop's decides
        ("부산시", None),  # hangul: not a Chinese name
        ("Tangshan", None),  # a spelling alone: "Hagen" and "Toulouse" read as pinyin too
    ],
)
def test_city_zone_of_cities_petdesk_does_not_know(city: str, zone: str | None) -> None:
    assert venue_zone.city_zone(city) == zone


@pytest.mark.parametrize(
    ("city", "zone"),
    [
        ("Tangshan", None),
        ("Hagen", None),  # reads as pinyin (ha-gen): a spelling alone must not make it Beijing time
        ("Toulouse", None),
        ("Tangshan, China", "Asia/Shanghai"),
        ("Lima", "America/Lima"),  # a name petdesk knows
    ],
)
def test_typed_city_zone_needs_a_known_city_or_its_country(city: str, zone: str | None) -> None:
    assert venue_zone.typed_city_zone(city) == zone


def test_a_training_in_an_unknown_city_is_in_its_countrys_zone_else_the_laptops(
    db: Database, toronto_computer: None
) -> None:
    with db.transaction() as s:
        office_service.set_identity(s, name="Tangshan Hub Office", region="华北")  # names no zone
        zibo = ts.create_training(s, title_en="Kilns", city_en="Zibo, China", **MARCH)
        tangshan = ts.create_training(s, title_zh="超低排放", city_zh="唐山", **MARCH)
        kobe = ts.create_training(s, title_en="Visit", city_en="Kobe, Japan", **MARCH)
        nowhere = ts.create_training(s, title_en="Somewhere", city_en="Essen-Kray", **MARCH)
        assert (zibo.timezone, tangshan.timezone, kobe.timezone) == ("Asia/Shanghai",) * 2 + ("Asia/Tokyo",)
        assert nowhere.timezone == "America/Toronto"  # the laptop's zone, not UTC
