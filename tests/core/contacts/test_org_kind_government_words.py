"""Chinese government bodies named by their organ words alone are guessed as government (round 62,
organkind62's leftover: 德阳市外事办公室 and "Chongqing Foreign Affairs Office" were imported as
enterprises), while companies, projects, universities and NGOs with the same words are not."""

from __future__ import annotations

import pytest

from petdesk.models.enums import OrgKind
from petdesk.services.org_kind_guess import kind_from_name

CITY, MINISTRY = OrgKind.CITY_GOVERNMENT, OrgKind.MINISTRY_AGENCY


@pytest.mark.parametrize(
    ("name_zh", "kind"),
    [
        ("重庆市外事办公室", CITY),
        ("德阳市外事办公室", CITY),
        ("重庆市人民政府外事办公室", CITY),
        ("成都市外办", CITY),
        ("德阳市外事办", CITY),
        ("成都市旌阳区人民政府办公室", CITY),
        ("四川省外事办公室", MINISTRY),
        ("四川外事办公室", MINISTRY),  # a province without its 省
        ("国务院办公室", MINISTRY),
        ("德阳市发展和改革委员会", CITY),  # already known: 委员会, 委, 局, 厅
        ("德阳市发改委", CITY),
        ("四川省人民政府办公厅", MINISTRY),
    ],
)
def test_chinese_government_bodies(name_zh: str, kind: OrgKind) -> None:
    assert kind_from_name("", name_zh) is kind


@pytest.mark.parametrize(
    ("name_zh", "kind"),
    [
        ("中德合作项目办公室", OrgKind.ENTERPRISE),  # a project's office: no place
        ("北京代表处", OrgKind.ENTERPRISE),
        ("重庆市水务集团", OrgKind.ENTERPRISE),
        ("重庆某某科技有限公司办公室", OrgKind.ENTERPRISE),
        ("四川大学外事办公室", OrgKind.UNIVERSITY),  # the university's, not the province's (round 63)
        ("四川大学", OrgKind.UNIVERSITY),
        ("成都市环境保护协会", OrgKind.NGO),
    ],
)
def test_chinese_names_that_are_no_government(name_zh: str, kind: OrgKind) -> None:
    assert kind_from_name("", name_zh) is kind


@pytest.mark.parametrize(
    ("name_en", "kind"),
    [
        ("Chongqing Foreign Affairs Office", CITY),
        ("Deyang Development and Reform Commission", CITY),
        ("Sichuan Ecology and Environment Department", MINISTRY),
        ("Shanghai Municipal Commission of Commerce", CITY),
        ("Xi'an Foreign Affairs Office", CITY),
        ("Shenzhen Housing and Construction Bureau", CITY),
        ("Yibin Committee for Ageing", CITY),
        ("Hong Kong Environmental Protection Department", CITY),
        ("Inner Mongolia Forestry and Grassland Administration", MINISTRY),
        ("Guangxi Zhuang Autonomous Region Forestry Department", MINISTRY),
        ("Zhejiang Commission of Economy and Information Technology", MINISTRY),
        ("Deyang People's Government", CITY),
        ("People's Government of Sichuan Province", MINISTRY),
        ("Sichuan Provincial People's Government", MINISTRY),
        ("Sichuan Office of the Leading Group for Climate Change", MINISTRY),
        ("Jingyang District Administration", CITY),
    ],
)
def test_english_government_bodies(name_en: str, kind: OrgKind) -> None:
    assert kind_from_name(name_en, "") is kind


@pytest.mark.parametrize(
    ("name_en", "kind"),
    [
        ("Chongqing Water Affairs Group", OrgKind.ENTERPRISE),
        ("Tangshan Environmental Protection Co., Ltd.", OrgKind.ENTERPRISE),
        ("Chengdu Office Supplies Co.", OrgKind.ENTERPRISE),
        ("Chengdu Office Supplies", OrgKind.ENTERPRISE),  # "Office" does not end the name
        ("Chengdu Department Store", OrgKind.ENTERPRISE),
        ("Beijing Representative Office", OrgKind.ENTERPRISE),  # a company's 代表处
        ("GIZ Beijing Office", OrgKind.MINISTRY_AGENCY),  # no government of the place: GIZ's (polish63)
        ("Mining Administration", OrgKind.ENTERPRISE),  # "mining" is spelt in pinyin, no place
        ("Human Resources Department", OrgKind.ENTERPRISE),
        ("China Environmental Protection Office", OrgKind.ENTERPRISE),
        ("Sichuan University Foreign Affairs Office", OrgKind.UNIVERSITY),
        ("Chengdu Urban Rivers Association", OrgKind.NGO),
        ("Sichuan Environmental Protection Foundation", OrgKind.FUND),
        ("Munich Environment Department", OrgKind.ENTERPRISE),  # no Chinese place (as before)
    ],
)
def test_english_names_that_are_no_government(name_en: str, kind: OrgKind) -> None:
    assert kind_from_name(name_en, "") is kind


def test_a_chinese_company_name_keeps_the_english_from_speaking() -> None:
    office = "Chongqing Foreign Affairs Office"
    assert kind_from_name(office, "重庆某某环保科技有限公司") is OrgKind.ENTERPRISE
    assert kind_from_name(office, "重庆市外事办公室") is CITY
