"""A partner, provider or funder given on the command line is found by a unique part of its name,
by the one lookup (field test 16, §6: "BMUV Export" found the funder for ``projects --funder`` but
not the partner for ``projects partner add`` nor the provider for ``technologies add``)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from petdesk.services import projects as project_service
from petdesk.services.projects import PipelineError

BMUV = "BMUV Export Initiative Environmental Protection"


@pytest.fixture
def orgs(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        made = {
            "bmuv": m.Organisation(name_en=BMUV, name_zh="德国联邦环境部环保技术出口倡议", kind=OrgKind.FUND),
            "ks": m.Organisation(name_en="Klärtechnik Süd GmbH", kind=OrgKind.ENTERPRISE),
            "kn": m.Organisation(name_en="Klärtechnik Nord GmbH", kind=OrgKind.ENTERPRISE),
            "wuhan": m.Organisation(name_zh="武汉市人民政府", kind=OrgKind.CITY_GOVERNMENT),
        }
        s.add_all(made.values())
        s.add(m.Project(title_en="Waste-to-energy Chengdu", funder_organisation_id=None))
        s.flush()
        return {key: org.id for key, org in made.items()}


def _find(db: Database, text: str, **kwargs: bool) -> str:
    with db.reading() as s:
        return project_service.find_organisation(s, text, **kwargs)


def test_a_unique_part_of_a_name_finds_the_organisation(db: Database, orgs: dict[str, str]) -> None:
    assert _find(db, "BMUV Export") == orgs["bmuv"]
    assert _find(db, "klärtechnik süd") == orgs["ks"]
    assert _find(db, "武汉市") == orgs["wuhan"]
    assert _find(db, "bmuv", funders_only=True) == orgs["bmuv"]
    assert _find(db, orgs["kn"][:6]) == orgs["kn"]  # the beginning of its id still works


def test_an_unclear_part_lists_the_candidates_and_none_says_so(db: Database, orgs: dict[str, str]) -> None:
    with pytest.raises(PipelineError) as unclear:
        _find(db, "Klärtechnik")
    assert str(unclear.value) == (
        "“Klärtechnik” is part of the names of several organisations: "
        f"Klärtechnik Nord GmbH ({orgs['kn'][:8]}), Klärtechnik Süd GmbH ({orgs['ks'][:8]}); "
        "give more of the name"
    )
    with pytest.raises(PipelineError) as none:
        _find(db, "Klärtechnik Ost")
    assert str(none.value) == (
        "no organisation called “Klärtechnik Ost”; give its English or Chinese name, a part of it, or its id"
    )
    with pytest.raises(PipelineError, match="no funder organisation called “Süd GmbH”"):
        _find(db, "Süd GmbH", funders_only=True)  # a part finds only funders for --funder


def test_partner_add_and_technology_provider_take_a_part_of_the_name(
    db: Database, orgs: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with db.reading() as s:
        pid = s.scalars(select(m.Project.id)).one()
    base = ["--db", str(db.path), "--lang", "en"]
    assert main([*base, "projects", "partner", "add", pid[:8], "BMUV Export", "--role", "partner"]) == 0
    assert main([*base, "technologies", "add", "--name-en", "Sludge drying", "--provider", "Süd GmbH"]) == 0
    assert main([*base, "technologies", "add", "--name-en", "Belt dryer", "--provider", "GmbH"]) == 1
    err = capsys.readouterr().err
    assert "“GmbH” is part of the names of several organisations: Klärtechnik Nord GmbH" in err
    with db.reading() as s:
        assert s.scalars(select(m.ProjectPartner.organisation_id)).all() == [orgs["bmuv"]]
        assert s.scalars(select(m.Technology.provider_organisation_id)).all() == [orgs["ks"]]
