"""Technologies and city needs typed in and changed by hand (field test 13, defect 4): the same
checks on create and update, every problem by its field, and only real changes written."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.messages import localize
from petdesk.models.enums import NeedStatus
from petdesk.services import needs as need_service
from petdesk.services import organisations as org_service
from petdesk.services import technologies as tech_service
from petdesk.services.projects import PipelineError
from petdesk.services.technologies import FieldProblems


def _org(db: Database, name: str, *, deleted: bool = False) -> str:
    with db.transaction() as s:
        org_id = org_service.create_organisation(s, name_en=name).id
        if deleted:
            org_service.delete_organisations(s, [org_id])
    return org_id


def test_update_technology_writes_changed_fields(db: Database) -> None:
    provider = _org(db, "Blue Water GmbH")
    with db.transaction() as s:
        tid = tech_service.create_technology(s, name_en="Bag filter", sector="air", trl=6).id
    with db.transaction() as s:
        tech_service.update_technology(
            s, tid, name_zh="袋式除尘器", sector="Water ", trl=8, provider_organisation_id=provider
        )
    with db.reading() as s:
        row = tech_service.get_technology(s, tid)
    assert (row.name_en, row.name_zh, row.sector, row.trl) == ("Bag filter", "袋式除尘器", "water", 8)
    assert row.provider_en == "Blue Water GmbH"


def test_update_without_a_change_keeps_updated_at(db: Database) -> None:
    with db.transaction() as s:
        tid = tech_service.create_technology(s, name_en="Bag filter", sector="air", trl=6).id
        nid = need_service.create_need(s, title_en="Clean river", budget_min=10.0, currency="EUR").id
    with db.reading() as s:
        before = (s.get(m.Technology, tid).updated_at, s.get(m.CityNeed, nid).updated_at)
    with db.transaction() as s:
        tech_service.update_technology(s, tid, name_en="Bag filter", sector="air", trl=6)
        need_service.update_need(s, nid, title_en="Clean river", budget_min=10.0, currency="eur")
    with db.reading() as s:
        assert (s.get(m.Technology, tid).updated_at, s.get(m.CityNeed, nid).updated_at) == before
    with db.transaction() as s:
        tech_service.update_technology(s, tid, trl=7)
    with db.reading() as s:
        assert s.get(m.Technology, tid).updated_at > before[0]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name_en": "", "name_zh": ""}, "name_en"),
        ({"sector": "plasma"}, "sector"),
        ({"trl": 0}, "trl"),
        ({"trl": 10}, "trl"),
        ({"provider_organisation_id": "no-such-organisation"}, "provider_organisation_id"),
    ],
)
def test_technology_checks_on_create_and_update(db: Database, values: dict, field: str) -> None:
    with db.transaction() as s:
        tid = tech_service.create_technology(s, name_en="Bag filter").id
    with db.transaction() as s, pytest.raises(FieldProblems) as refused:
        tech_service.update_technology(s, tid, **values)
    assert set(refused.value.problems) == {field}
    with db.transaction() as s, pytest.raises(FieldProblems) as refused:
        tech_service.create_technology(s, **({"name_en": "Other"} | values))
    assert set(refused.value.problems) == {field}
    with db.reading() as s:
        assert tech_service.get_technology(s, tid).name_en == "Bag filter"  # nothing written


def test_deleted_provider_is_refused_but_an_unchanged_one_is_kept(db: Database) -> None:
    provider = _org(db, "Gone Ltd")
    with db.transaction() as s:
        tid = tech_service.create_technology(s, name_en="Kiln", provider_organisation_id=provider).id
        org_service.delete_organisations(s, [provider])
    with db.transaction() as s:  # renaming is fine: the provider is not what changed
        tech_service.update_technology(s, tid, name_en="Rotary kiln", provider_organisation_id=provider)
    with db.transaction() as s, pytest.raises(FieldProblems):
        tech_service.create_technology(s, name_en="Other", provider_organisation_id=provider)


def test_every_problem_at_once_in_chinese_too(db: Database) -> None:
    with db.transaction() as s, pytest.raises(FieldProblems) as refused:
        tech_service.create_technology(s, sector="plasma", trl=12)
    problems = refused.value.problems
    assert set(problems) == {"name_en", "sector", "trl"}
    for problem in problems.values():
        assert localize(str(problem), "zh_CN") != str(problem)


def test_update_need(db: Database) -> None:
    city = _org(db, "Wuhan")
    with db.transaction() as s:
        nid = need_service.create_need(s, title_en="Clean river", sector="water").id
    with db.transaction() as s:
        need_service.update_need(
            s,
            nid,
            title_zh="河道清洁",
            city_organisation_id=city,
            budget_min=1000.0,
            budget_max=5000.0,
            currency="usd",
            status=NeedStatus.MATCHING,
        )
    with db.reading() as s:
        row = need_service.get_need(s, nid)
    assert (row.title_zh, row.city_id, row.budget_min, row.budget_max) == ("河道清洁", city, 1000.0, 5000.0)
    assert (row.currency, row.status) == ("USD", NeedStatus.MATCHING)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"title_en": "", "problem_en": ""}, "title_en"),
        ({"sector": "plasma"}, "sector"),
        ({"budget_min": -1.0}, "budget_min"),
        ({"budget_max": -5.0}, "budget_min"),
        ({"budget_min": 9000.0}, "budget_min"),  # above the stored upper end
        ({"currency": "dollars"}, "currency"),
        ({"city_organisation_id": "no-such-organisation"}, "city_organisation_id"),
    ],
)
def test_need_checks_on_update(db: Database, values: dict, field: str) -> None:
    with db.transaction() as s:
        nid = need_service.create_need(s, title_en="Clean river", budget_max=5000.0).id
    with db.transaction() as s, pytest.raises(FieldProblems) as refused:
        need_service.update_need(s, nid, **values)
    assert set(refused.value.problems) == {field}


def test_need_create_refuses_negative_budget_and_deleted_city(db: Database) -> None:
    city = _org(db, "Gone city", deleted=True)
    with db.transaction() as s, pytest.raises(FieldProblems) as refused:
        need_service.create_need(s, title_en="Air", budget_min=-3.0, city_organisation_id=city)
    assert set(refused.value.problems) == {"budget_min", "city_organisation_id"}


def test_update_of_a_missing_record(db: Database) -> None:
    with db.transaction() as s, pytest.raises(PipelineError, match="no technology"):
        tech_service.update_technology(s, "nope", name_en="x")
    with db.transaction() as s, pytest.raises(PipelineError, match="no city need"):
        need_service.update_need(s, "nope", title_en="x")
