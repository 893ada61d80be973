"""Needs of a city in arid north-west China meet the technologies written for them (field test 81:
for Lanzhou's desertification need, contaminated-land thermal desorption ranked above "Ecological
restoration of desertified land"; a dust bag filter above clean-heating heat pumps for the need to
replace coal in winter; pipe leak detection above river water-quality monitoring; MBR above zero
liquid discharge for a chemical park's high-salinity wastewater)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import needs, tech_matching, technologies

#: (name_en, name_zh, sector, trl): each need's fitting technology and a rival of its sector
TECHNOLOGIES = [
    ("Ecological restoration of desertified land", "荒漠化土地生态修复", "soil", 7),
    ("Sand fixation and revegetation", "沙化土地固沙植被恢复", "soil", 7),
    ("In-situ thermal desorption of contaminated soil", "污染土壤原位热脱附修复", "soil", 9),
    ("Air-source heat pump for clean heating", "清洁供暖空气源热泵", "air", 8),
    ("High-efficiency bag filter for PM2.5 and dust", "高效袋式除尘器", "air", 9),
    ("Online water-quality monitoring of river tributaries", "支流水质在线监测", "water", 8),
    ("Acoustic leak detection sensors for water networks", "供水管网声学漏损监测", "water", 9),
    ("Zero liquid discharge for industrial parks", "工业园区废水零排放", "water", 8),
    ("Evaporation and crystallisation of high-salinity wastewater", "高盐废水蒸发结晶", "water", 8),
    ("Membrane bioreactor for municipal wastewater", "膜生物反应器污水处理", "water", 9),
]
#: (title_zh, sector, problem_zh, the technologies that must come first)
NEEDS = [
    (
        "荒漠化防治与沙化土地治理",
        "soil",
        "北山土地沙化严重，需要固沙、植被恢复技术。",
        {"荒漠化土地生态修复", "沙化土地固沙植被恢复"},
    ),
    ("冬季清洁取暖替代燃煤", "air", "城区及周边乡镇冬季燃煤散烧，供暖季PM2.5超标。", {"清洁供暖空气源热泵"}),
    ("黄河兰州段水质保障", "water", "黄河干流及支流入河排污口监管与水质在线监测。", {"支流水质在线监测"}),
    (
        "工业园区污水处理提标",
        "water",
        "化工园区高盐、难降解废水，需提标并回用。",
        {"工业园区废水零排放", "高盐废水蒸发结晶"},
    ),
]

NEED_IDS = ["desertification", "clean-heating", "yellow-river", "chemical-park"]


@pytest.mark.parametrize(("title", "sector", "problem", "first"), NEEDS, ids=NEED_IDS)
def test_an_arid_city_need_ranks_what_answers_it_first(
    db: Database, title: str, sector: str, problem: str, first: set[str]
) -> None:
    with db.transaction() as s:
        for name_en, name_zh, tech_sector, trl in TECHNOLOGIES:
            technologies.create_technology(s, name_en=name_en, name_zh=name_zh, sector=tech_sector, trl=trl)
        need_id = needs.create_need(s, title_zh=title, sector=sector, problem_zh=problem).id
    with db.transaction() as s:
        _need, ranked = tech_matching.rank_for_need(s, need_id, top=None)
    assert {r.technology.name_zh for r in ranked[: len(first)]} == first
