"""A match result as a bilingual PDF (field test 9, defect 7: printing it gave a screenshot of the
window, and there was no document of a need, its ranked technologies and its shortlist)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout
from petdesk.dossier.labels import Bi
from petdesk.dossier.match_report import build_match_report
from petdesk.models.enums import FollowUpStatus, MatchState, NeedStatus, OrgKind
from petdesk.services import needs as need_service
from petdesk.services import office as office_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service
from petdesk.vocab import label, scale_label
from tests.core.dossier.pdfcheck import flat, pdffonts, pdfinfo_pages, pdftotext_pages

PRINTED = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.UTC)


def _need_with_matches(db: Database, scale: str = "") -> str:
    with db.transaction() as s:
        office_service.set_identity(s, name="Shenzhen hub", name_zh="深圳枢纽")
        city = m.Organisation(
            name_en="Shenzhen Municipal Government", name_zh="深圳市人民政府", kind=OrgKind.CITY_GOVERNMENT
        )
        firm = m.Organisation(name_en="Blue Lake Water GmbH", name_zh="蓝湖水务", kind=OrgKind.ENTERPRISE)
        s.add_all([city, firm])
        s.flush()
        leak = tech_service.create_technology(
            s,
            name_en="Acoustic leak detection",
            name_zh="声学漏损检测",
            sector="water",
            trl=9,
            description_en="Finds leaks in water supply networks.",
            description_zh="查找供水管网漏损。",
            provider_organisation_id=firm.id,
        )
        tech_service.create_technology(
            s, name_en="Smart water meters", name_zh="智能水表", sector="water", trl=8
        )
        need = need_service.create_need(
            s,
            city_organisation_id=city.id,
            title_en="Leakage control in the supply network",
            title_zh="供水管网漏损控制",
            problem_en="Water losses of 18 % in the supply network.",
            problem_zh="管网漏损率达18%，需要检测技术。",
            sector="water",
            budget_min=500_000,
            budget_max=2_000_000,
            currency="CNY",
            deadline=dt.date(2027, 1, 15),
            scale=scale,
        )
        match = tech_matching.shortlist(s, need.id, leak.id, on=dt.date(2026, 11, 20))
        tech_matching.move_match(s, match.id, MatchState.PILOT, on=dt.date(2026, 12, 1))
        return need.id


@pytest.mark.parametrize("layout", [Layout.PARALLEL, Layout.SEQUENTIAL])
def test_the_match_result_prints_the_need_the_ranking_and_the_shortlist_in_both_languages(
    db: Database, tmp_path: Path, layout: Layout
) -> None:
    need_id = _need_with_matches(db)
    out = tmp_path / "match.pdf"
    options = DossierOptions(layout=layout, generated_at=PRINTED, restricted=False, contents=False)
    build_match_report(db, need_id, out, options)
    text = flat("".join(pdftotext_pages(out)))
    for words in (
        # the need: title, city, sector, problem, in both languages
        "Leakage control in the supply network", "供水管网漏损控制",
        "Shenzhen Municipal Government", "深圳市人民政府", "Water treatment", "水处理",
        "Water losses of 18 % in the supply network.", "管网漏损率达18%，需要检测技术。",
        # the ranked technologies with their scores and the reasons
        "Acoustic leak detection", "声学漏损检测", "Smart water meters", "智能水表",
        "Same sector: Water treatment", "同一领域：水处理", "Blue Lake Water GmbH", "蓝湖水务",
        # the shortlist and its state, the office and the date
        "Shortlist", "候选清单", "Pilot", "试点", "Shenzhen hub", "深圳枢纽", "5 Dec 2026", "2026年12月5日",
    ):  # fmt: skip
        assert flat(words) in text, words
    assert "Nothing is on the shortlist" not in text
    fonts = pdffonts(out)
    assert fonts and all(f.embedded for f in fonts), fonts


def test_the_cli_writes_a_match_result(db: Database, tmp_path: Path) -> None:
    need_id = _need_with_matches(db)
    out = tmp_path / "m.pdf"
    assert (
        main(["--db", str(db.path), "report", "match", need_id[:6], "--out", str(out), "--lang", "zh_CN"])
        == 0
    )
    assert pdfinfo_pages(out) >= 1
    first = pdftotext_pages(out)[0]
    assert first.index("城市需求") < first.index("City need")  # Chinese printed first
    assert main(["--db", str(db.path), "report", "match", need_id[:6], "--out", str(tmp_path / "m.png")]) == 1


def test_stored_values_print_in_each_column_s_language(db: Database, tmp_path: Path) -> None:
    """The need's scale, status and the shortlist state in English and Chinese (field test 9: the
    Chinese column read "city-wide", and a need's "open" read 待办, a follow-up's word)."""
    need_id = _need_with_matches(db, scale="city-wide")
    out = tmp_path / "match.pdf"
    options = DossierOptions(layout=Layout.SEQUENTIAL, generated_at=PRINTED, restricted=False, contents=False)
    build_match_report(db, need_id, out, options)
    # One language after the other, section by section: the need in English, then in Chinese.
    text = flat("".join(pdftotext_pages(out)))
    english, rest = text.split(flat("城市需求"), 1)
    chinese = rest.split(flat("Technologies that fit"), 1)[0]
    assert flat("City-wide") in english and flat("Open") in english
    assert flat("全市") in chinese and flat("待对接") in chinese
    assert "city-wide" not in chinese and "待办" not in chinese


def test_common_scales_have_names_in_both_languages_and_others_stay_as_typed() -> None:
    assert scale_label("City wide", "zh_CN") == "全市"
    assert scale_label("city-wide", "en") == "City-wide"
    assert scale_label("40 buildings", "zh_CN") == "40 buildings"
    assert label(NeedStatus.OPEN, "zh_CN") == "待对接"
    assert label(FollowUpStatus.OPEN, "zh_CN") == "待办"


def test_a_budget_with_only_an_upper_limit_says_up_to(db: Database, tmp_path: Path) -> None:
    """Field test 18: a lone amount did not say whether it was the lower or the upper end."""
    need_id = _need_with_matches(db)
    with db.transaction() as s:
        need_service.update_need(s, need_id, budget_min=None)
    out = tmp_path / "match.pdf"
    options = DossierOptions(generated_at=PRINTED, restricted=False, contents=False)
    build_match_report(db, need_id, out, options)
    text = flat("".join(pdftotext_pages(out)))
    assert flat("up to CN¥2,000,000") in text and flat("至多200万元") in text


def test_each_technology_prints_its_sector_tier_which_orders_the_list(db: Database, tmp_path: Path) -> None:
    """Polish 49: the list is ordered by the sector tier before the score, as in the window and the
    command line, but the page did not say it: a lower score above a higher one looked wrong. (Read
    from the sequential layout: pdftotext interleaves the side-by-side cells of the parallel one.)"""
    need_id = _need_with_matches(db)
    with db.transaction() as s:
        tech_service.create_technology(
            s,
            name_en="Pipe leak sensors",
            name_zh="管道漏损传感器",
            sector="monitoring",
            trl=9,
            description_en="Finds leaks in water supply networks and district heating pipes.",
            description_zh="查找供水管网和供热管道漏损。",
        )
    from petdesk.dossier.match_report import gather_match

    with db.reading() as s:
        data = gather_match(s, need_id)
    fits = {line.technology.en: line.fit for line in data.ranked}
    assert fits["Acoustic leak detection"] == Bi("Same sector", "同一领域")
    other = fits["Pipe leak sensors"]
    assert other.en in ("Related sector", "Other sector") and other.zh in ("相关领域", "其他领域")
    out = tmp_path / "match.pdf"
    options = DossierOptions(layout=Layout.SEQUENTIAL, generated_at=PRINTED, restricted=False, contents=False)
    build_match_report(db, need_id, out, options)
    text = flat("".join(pdftotext_pages(out)))
    # the tier is printed with the score (the reasons say "Same sector: …" but never the other tiers)
    assert flat(other.en) in text and flat(other.zh) in text, text
    assert flat("Same sector") in text.replace(flat("Same sector:"), "")
