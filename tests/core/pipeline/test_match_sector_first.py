# ruff: noqa: E501  (hand-written catalogue records, one per line)
"""Technologies of the need's sector come first, and a general word shared with another sector
counts little (field test 63: for a sewage-sludge need, food-waste digestion that shared "资源化"
with it ranked above sludge dewatering of the need's own sector)."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from petdesk.services import needs as need_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service

# (key, sector, name, description, TRL) in the language a provider wrote them in
CATALOGUE = [
    (
        "food_bsf",
        "waste",
        "餐厨垃圾黑水虻生物处理技术",
        "餐厨垃圾生物处理系统，资源化利用，产出昆虫蛋白。",
        7,
    ),
    (
        "food_ad",
        "waste",
        "Food waste anaerobic digestion",
        "Treatment system for kitchen waste with biogas recovery.",
        9,
    ),
    (
        "sludge_press",
        "wastewater",
        "污泥深度脱水技术",
        "市政污泥板框压滤深度脱水处理系统，含水率降至60%。",
        8,
    ),
    (
        "sludge_dry",
        "wastewater",
        "Sludge thermal drying",
        "Thermal drying system for dewatered sewage sludge.",
        8,
    ),
    ("ebus", "transport", "Electric buses", "Electric buses and depot charging.", 9),
]


def _fill(
    db: Database,
    *,
    title_en: str = "",
    title_zh: str = "",
    problem_en: str = "",
    problem_zh: str = "",
    need_sector: str = "wastewater",
) -> tuple[str, dict[str, str]]:
    with db.transaction() as s:
        city = m.Organisation(name_zh="唐山市人民政府", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        firm = m.Organisation(name_en="Firm Ltd", kind=OrgKind.ENTERPRISE, country="CN")
        s.add_all([city, firm])
        s.flush()
        ids = {}
        for key, sector, name, description, trl in CATALOGUE:
            zh = any("\u4e00" <= ch <= "\u9fff" for ch in name)
            t = tech_service.create_technology(
                s,
                name_en="" if zh else name,
                name_zh=name if zh else "",
                description_en="" if zh else description,
                description_zh=description if zh else "",
                sector=sector,
                trl=trl,
                provider_organisation_id=firm.id,
            )
            ids[t.id] = key
        need = need_service.create_need(
            s,
            city_organisation_id=city.id,
            title_en=title_en,
            title_zh=title_zh,
            problem_en=problem_en,
            problem_zh=problem_zh,
            sector=need_sector,
        )
        return need.id, ids


@pytest.mark.parametrize(
    "need",
    [
        {
            "title_zh": "污泥处理处置",
            "problem_zh": "污水处理厂每天产生300吨污泥，需要资源化处理技术，减少填埋。",
        },
        {
            "title_en": "Sewage sludge treatment",
            "problem_en": "Our treatment plants produce 300 t of sludge a day; we need a treatment system that puts it to reuse.",
        },
    ],
    ids=["zh", "en"],
)
def test_sludge_technologies_rank_above_food_waste(db: Database, need: dict[str, str]) -> None:
    need_id, ids = _fill(db, **need)
    with db.transaction() as s:
        _need, ranked = tech_matching.rank_for_need(s, need_id)
    order = [ids[r.technology.id] for r in ranked]
    assert set(order[:2]) == {"sludge_press", "sludge_dry"}, order
    assert "ebus" not in order  # nothing in common: not suggested


def test_a_general_word_counts_little_and_the_reason_still_names_it(db: Database) -> None:
    need_id, ids = _fill(
        db, title_zh="污泥处理处置", problem_zh="污水处理厂每天产生300吨污泥，需要资源化处理技术，减少填埋。"
    )
    with db.transaction() as s:
        _need, ranked = tech_matching.rank_for_need(s, need_id)
    food = next(r for r in ranked if ids[r.technology.id] == "food_bsf")
    press = next(r for r in ranked if ids[r.technology.id] == "sludge_press")
    assert "资源化" in food.explain("zh")  # the reason says which word the two share
    assert "餐厨" not in press.explain("zh") and "污泥" in press.explain("zh")
    # The same need without "资源化": the general word added less than a quarter of a full concept's 2+ points.
    with db.transaction() as s:
        city_id = s.get(m.CityNeed, need_id).city_organisation_id
        said = need_service.create_need(
            s,
            city_organisation_id=city_id,
            title_zh="污泥处理处置",
            problem_zh="污水处理厂每天产生300吨污泥，需要处理技术，减少填埋。",
            sector="wastewater",
        ).id
        _need, again = tech_matching.rank_for_need(s, said)
    food_without = next(r for r in again if r.technology.id == food.technology.id)

    def shared(r: tech_matching.Ranked) -> float:
        return next(x.points for x in r.reasons if x.en.startswith("Shared terms"))

    assert 0 < shared(food) - shared(food_without) < 1


def test_a_need_without_sector_words_still_ranks_by_concepts(db: Database) -> None:
    """A need filed under no sector is placed by its concepts: kitchen waste means solid waste."""
    need_id, ids = _fill(
        db,
        title_en="Food waste from canteens",
        problem_en="Kitchen waste from school canteens needs anaerobic digestion.",
        need_sector="",
    )
    with db.transaction() as s:
        _need, ranked = tech_matching.rank_for_need(s, need_id)
    order = [ids[r.technology.id] for r in ranked]
    assert order[:2] == ["food_ad", "food_bsf"], order
