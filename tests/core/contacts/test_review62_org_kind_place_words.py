"""Review 62: the kind guesser's government names (org_government_names) took a place from a
character of an ordinary word (联盟's 盟, 城市's 市, 超市, 社区) and a "<place> Office" with no body
named (a company's or network's office there, as "Beijing Representative Office" is) for a city
government."""

from __future__ import annotations

import pytest

from petdesk.models.enums import OrgKind
from petdesk.services.org_kind_guess import kind_from_name, kind_said_by_name


@pytest.mark.parametrize(
    "name_zh",
    [
        "中国环保产业联盟办公室",  # an industry alliance (联盟), no place
        "欧盟中国环境项目办公室",  # the EU's project office
        "社区服务中心办公室",
        "超市办公室",
    ],
)
def test_review62_a_place_character_inside_a_word_names_no_place(name_zh: str) -> None:
    assert kind_from_name("", name_zh) is OrgKind.ENTERPRISE
    assert kind_said_by_name("", name_zh) is None


@pytest.mark.parametrize("name_en", ["Beijing Office", "Hong Kong Office", "The Chengdu Office"])
def test_review62_a_place_and_office_alone_is_no_government(name_en: str) -> None:
    assert kind_said_by_name(name_en, "") is None


@pytest.mark.parametrize(
    ("name_zh", "name_en", "kind"),
    [
        ("北京市社区服务中心办公室", "", OrgKind.CITY_GOVERNMENT),  # a real place first
        ("晋城市外事办公室", "", OrgKind.CITY_GOVERNMENT),  # a city ending in 城市
        ("成都市外办", "", OrgKind.CITY_GOVERNMENT),
        ("锡林郭勒盟外事办公室", "", OrgKind.CITY_GOVERNMENT),  # a league (盟) is a place
        ("", "Chongqing Foreign Affairs Office", OrgKind.CITY_GOVERNMENT),
        ("", "Chongqing Municipal Office", OrgKind.CITY_GOVERNMENT),
        ("", "Deyang Government", OrgKind.CITY_GOVERNMENT),
    ],
)
def test_review62_places_still_read(name_zh: str, name_en: str, kind: OrgKind) -> None:
    assert kind_from_name(name_en, name_zh) is kind
