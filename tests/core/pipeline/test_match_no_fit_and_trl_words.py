"""Field projfollow60: TRL 7 was called "Proven / 技术成熟" (only TRL 9 is proven in operation), and a
technology meeting none of a need's criteria (score 0) went to "agreement" unsaid, with an empty
explanation in the exports."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from petdesk.cli import main
from petdesk.core_catalogue import read_po
from petdesk.db import Database
from petdesk.models.enums import MatchState, OrgKind
from petdesk.services import needs as need_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service


def _fill(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        firm = m.Organisation(name_en="Firm Ltd", kind=OrgKind.ENTERPRISE, country="DE")
        s.add(firm)
        s.flush()
        need = need_service.create_need(
            s, title_en="Sludge drying", problem_en="Sludge drying.", sector="wastewater"
        )
        ids = {"need": need.id}
        for key, trl in (("seven", 7), ("nine", 9)):
            ids[key] = tech_service.create_technology(
                s, name_en=f"Sludge dryer {key}", description_en="Sludge drying.", sector="wastewater",
                trl=trl, provider_organisation_id=firm.id,
            ).id  # fmt: skip
        ids["bus"] = tech_service.create_technology(
            s, name_en="Bus charger", description_en="Electric bus charging.", sector="transport", trl=9
        ).id
    return ids


def test_readiness_reasons_use_the_standard_scale(db: Database) -> None:
    ids = _fill(db)
    with db.reading() as s:
        _need, ranked = tech_matching.rank_for_need(s, ids["need"], top=None)
    by_id = {r.technology.id: r for r in ranked}
    seven, nine = by_id[ids["seven"]], by_id[ids["nine"]]
    assert "System prototype demonstrated in operational environment (TRL 7)" in seven.explain("en")
    assert "在实际运行环境中演示系统原型（TRL 7）" in seven.explain("zh")
    assert "Proven" not in seven.explain("en") and "技术成熟" not in seven.explain("zh")
    assert "Actual system proven in operational environment (TRL 9)" in nine.explain("en")
    assert "实际系统在运行环境中得到验证（TRL 9）" in nine.explain("zh")


def test_a_match_with_no_fit_is_explained_and_warned_of(db: Database) -> None:
    ids = _fill(db)
    with db.transaction() as s:
        match = tech_matching.shortlist(s, ids["need"], ids["bus"])
        assert match.score == 0
        assert match.explanation == "No criteria met."
    assert tech_matching.Ranked(None, 0, [], 0).explain("zh") == "未满足任何匹配条件。"  # type: ignore[arg-type]
    assert tech_matching.fit_warning(0, MatchState.AGREEMENT) == tech_matching.NO_FIT_AGREEMENT
    assert tech_matching.fit_warning(0) == tech_matching.NO_FIT
    assert tech_matching.fit_warning(3.5, MatchState.AGREEMENT) is None


def test_the_command_line_warns_of_an_agreement_with_no_fit(db: Database, capsys) -> None:
    ids = _fill(db)
    args = ["--db", str(db.path), "--lang", "en", "match", ids["need"][:8], "--shortlist", ids["bus"][:8]]
    assert main([*args, "--state", "agreement"]) == 0
    err = capsys.readouterr().err
    assert err == "Bus charger " + tech_matching.NO_FIT_AGREEMENT.removeprefix("{technology} ") + "\n"
    assert main(["--db", str(db.path), "match", ids["need"][:8], "--shortlist", ids["seven"][:8]]) == 0
    assert capsys.readouterr().err == ""
    # in Chinese too (read from this checkout's catalogue: the installed one may be another's)
    po = read_po(Path(__file__).parents[3] / "translations" / "core" / "zh_CN.po")
    assert "未满足" in str(po[(tech_matching.NO_FIT_AGREEMENT, None)])
    assert "未满足" in str(po[(tech_matching.NO_FIT, None)])
