"""A city government named without 市 ("苏州") is found before the companies whose names contain
the city (field test 76: ``projects partner add P 苏州`` was refused as unclear between 苏州市 and
苏州清源华擎环保科技)."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import OrgKind, PartnerRole
from petdesk.services import projects
from petdesk.services.projects import PipelineError


def _orgs(db: Database) -> tuple[str, str]:
    with db.transaction() as s:
        city = m.Organisation(name_en="Suzhou", name_zh="苏州市", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        firm = m.Organisation(name_zh="苏州清源华擎环保科技", kind=OrgKind.ENTERPRISE, country="CN")
        s.add_all([city, firm])
        s.flush()
        return city.id, firm.id


def test_the_city_is_found_by_its_short_name(db: Database) -> None:
    city_id, firm_id = _orgs(db)
    with db.reading() as s:
        assert projects.find_organisation(s, "苏州") == city_id
        assert projects.find_organisation(s, "Suzhou City") == city_id
        assert projects.find_organisation(s, "清源") == firm_id  # a part of one name, as before
        with pytest.raises(PipelineError, match="several"):
            projects.find_organisation(s, "苏")  # a part of both names stays unclear


def test_the_cli_adds_the_city_as_beneficiary(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    city_id, _firm_id = _orgs(db)
    with db.transaction() as s:
        project_id = projects.create_project(s, title_zh="苏州市污泥干化示范项目").id
    assert (
        main(
            [
                "--db",
                str(db.path),
                "projects",
                "partner",
                "add",
                project_id[:8],
                "苏州",
                "--role",
                "beneficiary_city",
            ]
        )
        == 0
    )
    with db.reading() as s:
        partners = s.query(m.ProjectPartner).filter_by(project_id=project_id).all()
        assert [(p.organisation_id, p.role) for p in partners] == [(city_id, PartnerRole.BENEFICIARY_CITY)]
