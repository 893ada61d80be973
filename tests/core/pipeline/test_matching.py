# ruff: noqa: E501  (hand-written test records, one per line)
"""Ranking technologies for hand-written city needs, in English and in Chinese, over a catalogue
of 56 technologies each described in one language only."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.models.enums import MatchState, OrgKind
from petdesk.services import needs as need_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service
from petdesk.services.projects import PipelineError
from tests.core.pipeline.catalogue import TECHNOLOGIES

# (expected first, sector, title, problem, sectors that must not appear in the top 5)
NEEDS = [
    ("mbr", "wastewater", "污水厂提标改造", "城市污水厂需要提标，加强脱氮除磷，但用地紧张。", {"transport", "renewables", "buildings", "air"}),
    ("ebus", "transport", "公交电动化", "市区公交电动化，需要建设充电场站。", {"water", "wastewater", "soil", "waste"}),
    ("bag_filter", "air", "水泥厂除尘", "水泥厂粉尘排放超标，需要高效除尘。", {"water", "transport", "soil", "renewables"}),
    ("heat_pump_dh", "efficiency", "污水余热供暖", "冬季集中供热，希望用热泵回收污水余热。", {"transport", "soil", "air", "waste"}),
    ("sat_methane", "monitoring", "填埋场甲烷监测", "垃圾填埋场甲烷泄漏，需要监测。", {"transport", "buildings", "renewables"}),
    ("passive_house", "buildings", "老旧小区节能", "老旧小区建筑改造，外墙保温，降低能耗。", {"water", "soil", "transport", "air"}),
    ("rain_garden", "sponge_city", "Waterlogging in the new district", "Frequent waterlogging after heavy rain; we want bioretention and rain gardens.", {"air", "transport", "soil", "renewables"}),
    ("leak_detect", "water", "Leaking pipes", "The water supply pipe network loses 30% of drinking water through leakage.", {"air", "transport", "buildings", "soil"}),
    ("battery_recycle", "circular", "Retired EV batteries", "Retired electric vehicle batteries pile up; recycling is needed.", {"water", "air", "soil", "wastewater"}),
    ("cd_waste", "circular", "Urban renewal rubble", "Construction waste and demolition rubble from urban renewal.", {"water", "air", "transport", "renewables"}),
    ("led_street", "efficiency", "Costly street lights", "Our street lights use too much electricity.", {"water", "soil", "waste", "air"}),
    ("rural_ww", "wastewater", "Village sanitation", "Rural villages have no sewage treatment; septic tanks overflow.", {"air", "transport", "renewables", "buildings"}),
    ("phyto", "soil", "Cadmium in farmland", "Heavy metal (cadmium) contaminated farmland soil.", {"transport", "air", "renewables", "buildings"}),
    ("carbon_inventory", "low_carbon", "碳中和路线图", "市政府需要温室气体清单和碳中和路线图。", {"water", "soil", "transport"}),
]


@pytest.fixture
def catalogue(db) -> dict[str, str]:
    """The 56 technologies in the database; key -> id."""
    ids = {}
    with db.transaction() as s:
        provider = m.Organisation(name_en="Provider Ltd", kind=OrgKind.ENTERPRISE, country="CN")
        s.add(provider)
        s.flush()
        for key, sector, name, desc, country in TECHNOLOGIES:
            zh = any("\u4e00" <= ch <= "\u9fff" for ch in name)
            refs = [{"place_en": "Somewhere", "country": country, "year": 2022}] if country else []
            t = tech_service.create_technology(
                s,
                name_en="" if zh else name,
                name_zh=name if zh else "",
                description_en="" if zh else desc,
                description_zh=desc if zh else "",
                sector=sector,
                trl=8,
                provider_organisation_id=provider.id,
                references=refs,
            )
            ids[key] = t.id
    return ids


def test_catalogue_is_large_enough() -> None:
    assert len(TECHNOLOGIES) >= 50
    assert len({t[0] for t in TECHNOLOGIES}) == len(TECHNOLOGIES)


def test_relevant_technology_ranks_first(db, catalogue) -> None:
    """For every need: the relevant technology first, no unrelated sector in the top 5, reasons given.
    One database for all needs (building the catalogue per need would cost seconds each)."""
    failures = []
    keys = {v: k for k, v in catalogue.items()}
    for expected, sector, title, problem, unrelated in NEEDS:
        zh = any("\u4e00" <= ch <= "\u9fff" for ch in problem)
        with db.transaction() as s:
            city = m.Organisation(name_en="Test City", kind=OrgKind.CITY_GOVERNMENT, country="CN")
            s.add(city)
            s.flush()
            need = need_service.create_need(
                s,
                city_organisation_id=city.id,
                sector=sector,
                title_zh=title if zh else "",
                title_en="" if zh else title,
                problem_zh=problem if zh else "",
                problem_en="" if zh else problem,
            )
            need_id = need.id
        with db.reading() as s:
            _need, ranked = tech_matching.rank_for_need(s, need_id, top=5)
        top = [keys[r.technology.id] for r in ranked]
        wrong = [k for k, r in zip(top, ranked, strict=True) if r.technology.sector in unrelated]
        if not top or top[0] != expected or wrong or not ranked[0].explain("zh"):
            failures.append((expected, [(keys[r.technology.id], r.score, r.explain("en")) for r in ranked]))
    assert failures == []


def test_cross_language_needs_are_both_ways() -> None:
    """The hand-written needs include Chinese needs answered by English descriptions and the reverse."""
    lang = {k: any("\u4e00" <= ch <= "\u9fff" for ch in name) for k, _s, name, _d, _c in TECHNOLOGIES}
    zh_need_en_tech = [n for n in NEEDS if any("\u4e00" <= c <= "\u9fff" for c in n[3]) and not lang[n[0]]]
    en_need_zh_tech = [n for n in NEEDS if not any("\u4e00" <= c <= "\u9fff" for c in n[3]) and lang[n[0]]]
    assert len(zh_need_en_tech) >= 5 and len(en_need_zh_tech) >= 5


def test_shortlist_and_move_a_match(db, catalogue) -> None:
    with db.transaction() as s:
        need = need_service.create_need(s, title_en="Leaks", problem_en="Pipe network leakage", sector="water")
        match = tech_matching.shortlist(s, need.id, catalogue["leak_detect"])
        again = tech_matching.shortlist(s, need.id, catalogue["leak_detect"])
        assert again.id == match.id
        assert "leak" in match.explanation
        before = tech_matching.move_match(s, match.id, MatchState.INTRODUCED)
        assert before == MatchState.SUGGESTED
    with db.reading() as s:
        rows = tech_matching.list_matches(s, need_id=need.id)
        assert [(r.technology_id, r.state) for r in rows] == [(catalogue["leak_detect"], MatchState.INTRODUCED)]


def test_take_a_match_off_the_shortlist_and_back(db, catalogue) -> None:
    """Field test F10: a technology shortlisted by mistake comes off the list, and that is undone."""
    with db.transaction() as s:
        need = need_service.create_need(
            s, title_en="Leaks", problem_en="Pipe network leakage", sector="water"
        )
        match = tech_matching.shortlist(s, need.id, catalogue["leak_detect"], on=dt.date(2026, 3, 1))
        tech_matching.move_match(s, match.id, MatchState.INTRODUCED, on=dt.date(2026, 4, 1))
        match_id, need_id = match.id, need.id
    with db.transaction() as s:
        tech_matching.remove_from_shortlist(s, match_id)
    with db.reading() as s:
        assert tech_matching.list_matches(s, need_id=need_id) == []
        with pytest.raises(PipelineError):
            tech_matching.remove_from_shortlist(s, match_id)
    with db.transaction() as s:
        tech_matching.restore_to_shortlist(s, match_id)
    with db.reading() as s:
        [row] = tech_matching.list_matches(s, need_id=need_id)
    # back as it was: its state and the date of that state
    assert (row.id, row.state, row.state_changed_on) == (match_id, MatchState.INTRODUCED, dt.date(2026, 4, 1))
    with db.transaction() as s:  # shortlisted anew meanwhile: the old one does not come back beside it
        tech_matching.remove_from_shortlist(s, match_id)
        tech_matching.shortlist(s, need_id, catalogue["leak_detect"])
        with pytest.raises(PipelineError):
            tech_matching.restore_to_shortlist(s, match_id)


def test_reasons_count_and_name_countries_in_each_language(db) -> None:
    """One reference is "1 reference" (not "reference(s)"), a country petdesk has no name of its
    own for gets the standard one (Malaysia, not MY), and the Chinese explanation uses Chinese
    punctuation."""
    with db.transaction() as s:
        provider = m.Organisation(name_en="Provider Ltd", kind=OrgKind.ENTERPRISE, country="CN")
        s.add(provider)
        s.flush()
        for name, description, trl, country in (
            ("Leak sensors", "Pipe leak detection.", 8, "MY"),  # one reference in the need's country
            ("Smart meters", "Water meters.", 6, "TH"),  # one reference elsewhere
        ):
            tech_service.create_technology(
                s,
                name_en=name,
                description_en=description,
                sector="water",
                trl=trl,
                provider_organisation_id=provider.id,
                references=[dict(place_en="Kuala Lumpur", country=country, year=2019)],
            )
        city = m.Organisation(name_en="Kuala Lumpur City Hall", kind=OrgKind.CITY_GOVERNMENT, country="MY")
        s.add(city)
        s.flush()
        need = need_service.create_need(
            s,
            title_en="Leaking pipes",
            problem_en="Pipes leak.",
            sector="water",
            city_organisation_id=city.id,
        )
        need_id = need.id
    with db.reading() as s:
        _, ranked = tech_matching.rank_for_need(s, need_id)
    by_name = {r.technology.name_en: r for r in ranked}
    # Sentences a reader follows (field test F9): capitals and stops, no scoring points.
    leak_en, leak_zh = by_name["Leak sensors"].explain("en"), by_name["Leak sensors"].explain("zh")
    assert leak_en.startswith("Same sector: ") and " 1 reference in Malaysia." in leak_en, leak_en
    assert "(+" not in leak_en and "+" not in leak_zh
    assert not any(s[0].islower() for s in leak_en.rstrip(".").split(". ")), leak_en
    assert "在马来西亚有1个参考案例" in leak_zh and leak_zh.endswith("。")
    assert "；" in leak_zh and "; " not in leak_zh
    assert "1 reference in Malaysia (+0.75)." in by_name["Leak sensors"].explain("en", points=True)
    assert "在马来西亚有1个参考案例（+0.75）" in by_name["Leak sensors"].explain("zh", points=True)
    assert "1 reference installation." in by_name["Smart meters"].explain("en")
    assert "(s)" not in by_name["Smart meters"].explain("en")
