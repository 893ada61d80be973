"""A match's "shared terms" name the words the need and the technology wrote, not only the concept
(field test 58: a sludge need that said "填埋场" was told it shared "生活垃圾" with food-waste
digestion, and a heating need that said "锅炉房" shared "节能" with denitrification)."""

from __future__ import annotations

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from petdesk.services import needs as need_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service


def _fill(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        city = m.Organisation(name_zh="保定市人民政府", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        firm = m.Organisation(name_en="Firm Ltd", kind=OrgKind.ENTERPRISE, country="CN")
        s.add_all([city, firm])
        s.flush()
        need = need_service.create_need(
            s,
            city_organisation_id=city.id,
            title_zh="市政污泥无害化处置",
            problem_zh="每日脱水污泥600吨，填埋场将封场，锅炉房需改造。",
            sector="wastewater",
        )
        food = tech_service.create_technology(
            s,
            name_zh="餐厨垃圾厌氧消化",
            description_zh="餐厨垃圾制沼气",
            sector="waste",
            trl=9,
            provider_organisation_id=firm.id,
        )
        scr = tech_service.create_technology(
            s,
            name_en="Low-temperature SCR",
            description_en="Denitrification for boilers",
            sector="air",
            trl=8,
            provider_organisation_id=firm.id,
        )
        sludge = tech_service.create_technology(
            s,
            name_zh="污泥干化",
            description_zh="污泥低温干化",
            sector="wastewater",
            trl=8,
            provider_organisation_id=firm.id,
        )
        s.flush()
        return {"need": need.id, "food": food.id, "scr": scr.id, "sludge": sludge.id}


def _reasons(db: Database, need_id: str, lang: str) -> dict[str, str]:
    with db.reading() as s:
        _need, ranked = tech_matching.rank_for_need(s, need_id, top=None)
    return {r.technology.id: r.explain(lang) for r in ranked}


def test_shared_terms_say_the_words_each_side_wrote(db: Database) -> None:
    ids = _fill(db)
    zh = _reasons(db, ids["need"], "zh_CN")
    assert "共同术语：生活垃圾（需求中为“填埋”，技术中为“垃圾”）" in zh[ids["food"]]
    # an English description gives its own word, in its own language
    assert "共同术语：节能（需求中为“锅炉”，技术中为“boiler”）" in zh[ids["scr"]]
    # a concept written as its own name needs no words in brackets
    assert "共同术语：污泥；" in zh[ids["sludge"]]
    en = _reasons(db, ids["need"], "en")
    assert 'Shared terms: municipal solid waste (the need: "填埋"; the technology: "垃圾")' in en[ids["food"]]
    assert 'energy efficiency (the need: "锅炉"; the technology: "boiler")' in en[ids["scr"]]


def test_the_same_word_on_both_sides_is_said_once(db: Database) -> None:
    ids = _fill(db)
    with db.transaction() as s:
        tech_service.update_technology(s, ids["scr"], description_zh="燃煤锅炉烟气脱硝")
    assert "节能（均为“锅炉”）" in _reasons(db, ids["need"], "zh_CN")[ids["scr"]]
