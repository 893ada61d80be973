"""A funder given to a project by name is the one existing funder the name clearly names (its name,
short name, or a part of one funder's name, as ``projects --funder`` finds it); a name in several
funders' names is refused with them listed; a new funder organisation is said (field test 7: a
second "Asian Development Bank" was made beside "Asian Development Bank (ADB)" without a word)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from petdesk.services import projects as project_service
from petdesk.services.funders import UnclearFunder, choose_funder


@pytest.fixture
def banks(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        adb = m.Organisation(
            name_en="Asian Development Bank (ADB)", name_zh="亚洲开发银行", kind=OrgKind.FUND
        )
        ndb = m.Organisation(name_en="New Development Bank", short_name_en="NDB", kind=OrgKind.FUND)
        s.add_all([adb, ndb])
        s.flush()
        return {"adb": adb.id, "ndb": ndb.id}


def _organisations(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(m.Organisation))


def test_a_name_a_part_or_a_short_name_finds_the_one_funder(db: Database, banks: dict[str, str]) -> None:
    with db.transaction() as s:
        for text in ("Asian Development Bank", "asian development bank (adb)", "ADB", "亚洲开发银行"):
            choice = choose_funder(s, text)
            assert (choice.organisation.id, choice.created) == (banks["adb"], False), text
        assert choose_funder(s, "ndb").organisation.id == banks["ndb"]
    assert _organisations(db) == 2


def test_a_name_in_several_funders_is_refused_with_them_listed(db: Database, banks: dict[str, str]) -> None:
    with db.transaction() as s, pytest.raises(UnclearFunder) as raised:
        choose_funder(s, "Development Bank")
    assert str(raised.value) == (
        "Development Bank names several funders: Asian Development Bank (ADB); New Development Bank; "
        "give more of the name"
    )
    with db.transaction() as s, pytest.raises(project_service.PipelineError):
        project_service.create_project(s, title_en="Rural wastewater Chongqing", funder="Development Bank")
    assert _organisations(db) == 2


def test_a_new_name_makes_a_funder_and_says_so(db: Database, banks: dict[str, str]) -> None:
    with db.transaction() as s:
        choice = choose_funder(s, "BMUV IKI")
        assert choice.created and choice.organisation.kind == OrgKind.FUND
        assert choose_funder(s, "BMUV IKI") == type(choice)(choice.organisation, created=False)


def test_projects_add_uses_the_existing_funder_and_says_when_it_makes_one(
    db: Database, banks: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", str(db.path), "projects", "add", "--lang", "en"]
    assert (
        main([*base, "--title-en", "Rural wastewater Chongqing", "--funder", "Asian Development Bank"]) == 0
    )
    out = capsys.readouterr().out
    assert "new funder" not in out and "Project added:" in out
    assert _organisations(db) == 2
    with db.reading() as s:
        assert s.scalar(select(m.Project.funder_organisation_id)) == banks["adb"]

    assert main([*base, "--title-en", "Sludge-to-energy Sichuan", "--funder", "BMUV IKI"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "new funder organisation created: BMUV IKI"
    assert _organisations(db) == 3

    assert main([*base, "--title-en", "Metro heat", "--funder", "development bank"]) == 1
    err = capsys.readouterr().err
    assert "Asian Development Bank (ADB); New Development Bank" in err and "give more of the name" in err
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Project)) == 2


def test_projects_set_changes_the_funder_by_a_part_of_its_name(
    db: Database, banks: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        pid = project_service.create_project(s, title_en="Metro heat").id
    assert (
        main(["--db", str(db.path), "projects", "set", pid, "--funder", "new development", "--lang", "en"])
        == 0
    )
    assert capsys.readouterr().out.strip() == "Project changed."
    with db.reading() as s:
        assert s.get(m.Project, pid).funder_organisation_id == banks["ndb"]
