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


@pytest.mark.parametrize(("stored", "typed"), [("成都", "Chengdu"), ("Chengdu", "成都")])
def test_a_known_city_in_the_other_language_is_the_same_city(db: Database, stored: str, typed: str) -> None:
    """Saved before both names were kept (or received from another office) with 成都 only, the
    bureau is the one typed again in Chengdu: a second one was made without asking (review 48)."""
    field = {"成都": "city_zh", "Chengdu": "city_en"}
    with db.transaction() as s:
        org = orgs.create_organisation(s, name_en=BUREAU["name_en"], kind="city_government", country="CN")
        s.execute(
            m.Organisation.__table__.update()
            .where(m.Organisation.id == org.id)
            .values({"city_en": "", "city_zh": "", field[stored]: stored})
        )
    with db.transaction() as s, pytest.raises(orgs.DuplicateOrganisation):
        orgs.create_organisation(
            s, refuse_same_name=True, name_en=BUREAU["name_en"], country="CN", **{field[typed]: typed}
        )


def test_the_same_name_question_names_a_known_city_in_the_windows_language() -> None:
    same = orgs.SameName("id", BUREAU["name_en"], "", "Chengdu", "")
    assert same.city("zh_CN") == "成都" and same.city("en") == "Chengdu"
