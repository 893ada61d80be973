"""A technology shortlisted by hand for a need it does not rank for (another sector, no shared term)
is listed by ``petdesk match`` with its state and note (field test 76: the coordinator's hand-added
match was in the PDF and the window's shortlist, but the command line listed it nowhere)."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import needs, tech_matching, technologies
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_a_match_added_by_hand_is_listed_with_its_note(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        need = needs.create_need(
            s, title_zh="苏州市污泥处置1期", title_en="Sludge disposal", sector="wastewater"
        )
        sludge = technologies.create_technology(s, name_zh="污泥干化", sector="wastewater", trl=8)
        sensor = technologies.create_technology(s, name_en="PM2.5 sensor network", sector="monitoring", trl=7)
        ids = (need.id, sludge.id, sensor.id)
    need_id, sludge_id, sensor_id = ids
    with db.reading() as s:
        _need, ranked = tech_matching.rank_for_need(s, need_id, None)
    assert [r.technology.id for r in ranked] == [sludge_id]  # the sensor does not rank
    args = ["--db", str(db.path), "--lang", "zh_CN", "match", need_id[:8]]
    assert main([*args, "--shortlist", sensor_id[:8], "--notes", "手动添加：监测配套"]) == 0
    capsys.readouterr()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "手动加入候选、未列入本需求排名的技术：" in out
    tail = out.split("手动加入候选")[1]
    assert "PM2.5 sensor network" in tail and "<推荐>" in tail and "备注：手动添加：监测配套" in tail
    assert "污泥干化" in out.split("手动加入候选")[0]  # the ranking stays above
    assert main(["--db", str(db.path), "--lang", "en", "match", need_id[:8]]) == 0
    assert "Shortlisted by hand, not ranked for this need:" in capsys.readouterr().out


def test_a_need_nothing_fits_still_lists_its_hand_added_match(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        need = needs.create_need(s, title_en="Noise barriers", sector="transport")
        sensor = technologies.create_technology(s, name_en="PM2.5 sensor network", sector="monitoring")
        tech_matching.shortlist(s, need.id, sensor.id)
        need_id = need.id
    assert main(["--db", str(db.path), "--lang", "en", "match", need_id[:8]]) == 0
    out = capsys.readouterr().out
    assert "No technology in the catalogue fits this need." in out and "PM2.5 sensor network" in out
