"""An organisation of the same name (either language) and city as a live one is not created
without asking (field test 6, defect 15: 成都市生态环境局 saved twice, two identical lines in
every picker)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import organisations as orgs


def _live(s) -> list[str]:
    return list(s.scalars(select(m.Organisation.id).where(m.Organisation.deleted_at.is_(None))))


BUREAU = {
    "name_en": "Chengdu Municipal Ecology and Environment Bureau",
    "name_zh": "成都市生态环境局",
    "city_en": "Chengdu",
    "city_zh": "成都",
    "kind": "city_government",
    "country": "CN",
}


@pytest.fixture
def bureau_id(db: Database) -> str:
    with db.transaction() as s:
        return orgs.create_organisation(s, **BUREAU).id


@pytest.mark.parametrize(
    "values",
    [
        BUREAU,
        {"name_zh": "成都市生态环境局", "city_zh": "成都", "country": "CN"},  # Chinese name alone
        {"name_en": "chengdu municipal ecology and environment bureau ", "city_en": "CHENGDU"},
        {"name_en": "Chengdu Municipal Ecology and Environment Bureau", "city_zh": "成都"},
    ],
)
def test_the_same_name_and_city_is_refused_naming_the_existing_one(
    db: Database, bureau_id: str, values: dict
) -> None:
    with db.transaction() as s, pytest.raises(orgs.DuplicateOrganisation) as refused:
        orgs.create_organisation(s, refuse_same_name=True, **values)
    existing = refused.value.existing
    assert existing.id == bureau_id
    assert (existing.name("zh_CN"), existing.city("zh_CN")) == ("成都市生态环境局", "成都")
    with db.reading() as s:
        assert _live(s) == [bureau_id]


@pytest.mark.parametrize(
    "values",
    [
        {**BUREAU, "city_en": "Chongqing", "city_zh": "重庆"},  # another city
        {"name_en": "Chengdu Municipal Ecology and Environment Bureau"},  # no city: not the same
        {"name_zh": "成都市生态环境局分局", "city_zh": "成都"},  # another name
    ],
)
def test_another_city_or_name_is_created(db: Database, bureau_id: str, values: dict) -> None:
    with db.transaction() as s:
        assert orgs.create_organisation(s, refuse_same_name=True, **values).id != bureau_id


def test_asked_and_confirmed_or_deleted_the_second_one_is_made(db: Database, bureau_id: str) -> None:
    with db.transaction() as s:
        orgs.create_organisation(s, **BUREAU)  # the user said yes (and imports never ask)
    with db.transaction() as s:
        assert len(_live(s)) == 2
        orgs.delete_organisations(s, _live(s))
        orgs.create_organisation(s, refuse_same_name=True, **BUREAU)  # deleted ones do not count
