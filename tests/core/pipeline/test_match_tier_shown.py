"""The match list is ordered by sector tier first, then by score: each line names its tier, so a lower
score listed above a higher one is explained (review 49, finding 7)."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import tech_matching
from tests.core.pipeline.test_match_sector_first import _fill

NEED = {
    "title_zh": "污泥处理处置",
    "problem_zh": "污水处理厂每天产生300吨污泥，需要资源化处理技术，减少填埋。",
}


def test_the_service_orders_by_the_tier_it_names(db: Database) -> None:
    need_id, _ids = _fill(db, **NEED)
    with db.reading() as s:
        _need, ranked = tech_matching.rank_for_need(s, need_id, None)
    assert [r.order_key for r in ranked] == sorted((r.order_key for r in ranked), reverse=True)
    tiers = {r.tier for r in ranked}
    assert 2 in tiers and len(tiers) >= 2  # the case needs more than one tier
    assert {r.fit("en") for r in ranked if r.tier == 2} == {"Same sector"}
    assert {r.fit("zh") for r in ranked if r.tier == 2} == {"同一领域"}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_cli_line_names_its_sector_tier(
    db: Database, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    need_id, _ids = _fill(db, **NEED)
    with db.reading() as s:
        _need, ranked = tech_matching.rank_for_need(s, need_id, None)
    assert main(["--db", str(db.path), "--lang", lang, "match", need_id[:8]]) == 0
    lines = capsys.readouterr().out.splitlines()
    short = "zh" if lang == "zh_CN" else "en"
    for r in ranked:
        (line,) = (x for x in lines if x.startswith(r.technology.id[:8]))
        shown = f"（{r.fit(short)}）" if short == "zh" else f"({r.fit(short)})"
        assert line.endswith(shown), line
    others = [r for r in ranked if r.tier < 2]
    assert others and all(r.fit(short) not in ("Same sector", "同一领域") for r in others)
