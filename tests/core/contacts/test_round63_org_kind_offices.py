"""Round 63: the kind guesser (org_kind_guess) filed an association's or institute's office under a
"中国城市…" name, "Changsha Office of GIZ" and "Xinhua News Office" as city governments, a
university's foreign-affairs office as an enterprise, and read no Traditional organ word."""

from __future__ import annotations

import pytest

from petdesk.models.enums import OrgKind
from petdesk.services.org_kind_guess import kind_from_name, kind_said_by_name

CITY, MINISTRY = OrgKind.CITY_GOVERNMENT, OrgKind.MINISTRY_AGENCY


@pytest.mark.parametrize(
    ("name_zh", "kind"),
    [
        ("中国城市科学研究会北京办公室", OrgKind.NGO),  # a society's office; 中国城市 is no place
        ("中国城市规划设计研究院深圳分院办公室", OrgKind.UNIVERSITY),  # an institute's branch office
        ("四川大学外事办公室", OrgKind.UNIVERSITY),  # the university's foreign-affairs office
        ("成都市环境保护协会办公室", OrgKind.NGO),  # a place first, yet the association's office
        ("城市环境研究中心办公室", OrgKind.UNIVERSITY),  # the research centre's
    ],
)
def test_the_office_of_a_body_is_that_bodys(name_zh: str, kind: OrgKind) -> None:
    assert kind_from_name("", name_zh) is kind
    assert kind_said_by_name("", name_zh) is kind


@pytest.mark.parametrize(
    ("name_en", "kind"),
    [
        ("Changsha Office of GIZ", MINISTRY),  # GIZ as the demo files it: a development agency
        ("Changsha Office of the Asian Development Bank", OrgKind.FUND),
        ("Kunming Office of WWF", OrgKind.NGO),  # known since polish63
        ("GIZ", MINISTRY),
    ],
)
def test_an_office_of_an_organisation_is_no_government(name_en: str, kind: OrgKind | None) -> None:
    assert kind_said_by_name(name_en, "") is kind


@pytest.mark.parametrize("name_en", ["Xinhua News Office", "Bali Office"])
def test_a_word_only_spelt_like_pinyin_and_office_is_no_government(name_en: str) -> None:
    assert kind_said_by_name(name_en, "") is None


@pytest.mark.parametrize(
    ("name_en", "kind"),
    [
        ("Deyang Foreign Affairs Office", CITY),  # the name says government
        ("Deyang Municipal Office", CITY),
        ("Deyang Development and Reform Commission", CITY),  # organ words other than "Office"
        ("Changsha Foreign Affairs Office", CITY),  # a real place
        ("Sichuan Office of the Leading Group for Climate Change", MINISTRY),
        ("Beijing Office of the Chaoyang District Government", CITY),
        ("Deyang Office of Poverty Alleviation", CITY),  # a function, not an organisation
    ],
)
def test_government_offices_still_read(name_en: str, kind: OrgKind) -> None:
    assert kind_from_name(name_en, "") is kind


@pytest.mark.parametrize(
    ("name_zh", "kind"),
    [
        ("德陽市外事辦公室", CITY),
        ("重慶市發展和改革委員會", CITY),
        ("四川省生態環境廳", MINISTRY),
        ("臺北市政府環境保護局", CITY),
        ("德陽市人民政府", CITY),
        ("香港中文大學", OrgKind.UNIVERSITY),
    ],
)
def test_traditional_organ_words_are_read(name_zh: str, kind: OrgKind) -> None:
    assert kind_from_name("", name_zh) is kind
