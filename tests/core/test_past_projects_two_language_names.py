"""Field projfollow60: ``report projects`` writes names in both languages ("Deutsche Gesellschaft für
Internationale Zusammenarbeit / 德国国际合作机构"); read back by ``import-projects``, GIZ, the known
funder, was reported "(new)", and so were the partners, with roles ("(Lead / 牵头单位)")."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import project_report
from petdesk.enums import OrgKind, PartnerRole
from petdesk.services import past_projects
from petdesk.services import projects as project_service


def test_known_funder_and_partners_named_in_both_languages_are_matched(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        giz = m.Organisation(
            name_en="Deutsche Gesellschaft für Internationale Zusammenarbeit",
            name_zh="德国国际合作机构",
            short_name_en="GIZ",
            kind=OrgKind.MINISTRY_AGENCY,
            country="DE",
        )
        city = m.Organisation(
            name_en="Kunming Municipal Government", name_zh="昆明市人民政府", kind=OrgKind.CITY_GOVERNMENT
        )
        s.add_all([giz, city])
        s.flush()
        ids = {"giz": giz.id, "city": city.id}
        made = project_service.create_project(
            s,
            title_en="Biogas",
            title_zh="沼气",
            amount=1000,
            currency="EUR",
            funder_organisation_id=giz.id,
            lead_organisation_id=city.id,
            partners=[(giz.id, PartnerRole.PARTNER)],
        ).id
    out = project_report.build_project_report(db, tmp_path / "p.csv", lang="both")
    with db.transaction() as s:
        project_service.delete_projects(s, [made])
        organisations = s.scalar(select(func.count()).select_from(m.Organisation))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, out)
    (got,) = plan.planned
    assert got.funder_id == ids["giz"]
    assert [(p.organisation_id, p.role) for p in got.partners] == [
        (ids["city"], PartnerRole.LEAD),
        (ids["giz"], PartnerRole.PARTNER),
    ]
    lines = "\n".join(past_projects.report_lines(plan, "en", dry_run=True))
    assert "(new)" not in lines and "0 new funders, 0 new partners" in lines
    with db.transaction() as s:
        past_projects.import_past_projects(s, out)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Organisation)) == organisations  # none made
        project = s.scalars(select(m.Project).where(m.Project.deleted_at.is_(None))).one()
        assert project.funder_organisation_id == ids["giz"]
