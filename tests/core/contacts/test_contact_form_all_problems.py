"""An organisation name that matches none is refused together with every other problem of the
contact form, so the user fixes them all in one round (field test 14, defect 4)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contact_form, organisations
from petdesk.services import contacts as cs
from petdesk.services.contacts import Method
from petdesk.services.validation import ValidationError


def _save(db: Database, contact_id: str | None, organisation_name: str, **values: str) -> str:
    with db.transaction() as s:
        return contact_form.save_contact_form(
            s,
            contact_id,
            values,
            methods=[Method("email", "liming@xa")],
            organisation_id=None,
            organisation_name=organisation_name,
            language="zh_CN",
            position_en="",
            position_zh="",
            start_date=None,
            was=None,
        )


@pytest.fixture
def city_bureau(db: Database) -> str:
    with db.transaction() as s:
        return organisations.create_organisation(
            s, name_zh="西安市生态环境局", name_en="Xi'an Ecology Bureau"
        ).id


def test_a_new_contact_hears_of_the_organisation_and_the_email_at_once(
    db: Database, city_bureau: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        _save(db, None, "西安市生态", family_name_zh="李", given_name_zh="明", birthday="someday")
    assert refused.value.fields() == {"organisation_id", "methods[0]", "birthday"}
    text = refused.value.text("zh_CN")
    assert "没有名为“西安市生态”的机构" in text and "“liming@xa”" in text
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Contact)) == 0


def test_an_existing_contact_is_checked_with_its_stored_fields(db: Database, city_bureau: str) -> None:
    with db.transaction() as s:
        cid = cs.create_contact(s, family_name_zh="李", given_name_zh="明").id
    with pytest.raises(ValidationError) as refused:
        _save(db, cid, "西安市生态", anniversary="not a date")
    assert refused.value.fields() == {"organisation_id", "methods[0]", "anniversary"}


def test_a_typed_name_that_matches_is_taken(db: Database, city_bureau: str) -> None:
    with db.transaction() as s:
        cid = contact_form.save_contact_form(
            s,
            None,
            {"family_name_zh": "李", "given_name_zh": "明"},
            methods=[],
            organisation_id=None,
            organisation_name=" 西安市生态环境局 ",
            language="zh_CN",
            position_en="",
            position_zh="",
            start_date=None,
            was=None,
        )
    with db.reading() as s:
        assert [a.organisation_id for a in cs.current_affiliations(s, cid)] == [city_bureau]
