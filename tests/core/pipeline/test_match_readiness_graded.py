"""Readiness is graded by level (field test 76: at the matchmaking fair a sludge dryer in routine
operation, TRL 9, tied with a prototype at TRL 7, and the tie fell to the alphabet)."""

from __future__ import annotations

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from petdesk.services import needs as need_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service

# Names in alphabetical order of rising readiness: ties would list the least ready first.
LEVELS = {"Alpha sludge dryer": 5, "Bravo sludge dryer": 6, "Charlie sludge dryer": 7,
          "Delta sludge dryer": 8, "Echo sludge dryer": 9}  # fmt: skip


def test_a_more_ready_technology_ranks_above_one_alike_but_less_ready(db: Database) -> None:
    with db.transaction() as s:
        city = m.Organisation(name_zh="南京市", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        firm = m.Organisation(name_en="Firm Ltd", kind=OrgKind.ENTERPRISE, country="DE")
        s.add_all([city, firm])
        s.flush()
        need_id = need_service.create_need(
            s, city_organisation_id=city.id, title_en="Sludge drying", problem_en="Sludge drying.",
            sector="wastewater",
        ).id  # fmt: skip
        for name, trl in [*LEVELS.items(), ("Foxtrot sludge dryer", 3)]:
            tech_service.create_technology(
                s, name_en=name, description_en="Sludge drying.", sector="wastewater", trl=trl,
                provider_organisation_id=firm.id,
            )  # fmt: skip
    with db.reading() as s:
        _need, ranked = tech_matching.rank_for_need(s, need_id, top=None)
    names = [r.technology.name_en for r in ranked]
    assert names[:5] == sorted(LEVELS, key=LEVELS.__getitem__, reverse=True)
    scores = [r.score for r in ranked]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores)  # no ties
    # below TRL 5 readiness adds nothing and is not given as a reason
    assert names[-1] == "Foxtrot sludge dryer" and "TRL" not in ranked[-1].explain("en")
