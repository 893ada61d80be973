"""A position typed with no organisation is refused, naming the field, instead of vanishing on
save (field test 54, defect 1: 职务 = 项目官员 with 所属机构 empty was thrown away silently)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contact_form, organisations
from petdesk.services import contacts as cs
from petdesk.services.validation import ValidationError


def _save_new(db: Database, *, position_zh: str = "", position_en: str = "") -> str:
    with db.transaction() as s:
        return contact_form.save_contact_form(
            s,
            None,
            {"family_name_zh": "陈", "given_name_zh": "宇"},
            methods=[],
            organisation_id=None,
            position_en=position_en,
            position_zh=position_zh,
            start_date=dt.date(2026, 12, 5),
            was=None,
        )


def _contacts(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(m.Contact)) or 0


def test_a_new_contacts_position_without_organisation_is_refused_by_name(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        _save_new(db, position_zh="项目官员")
    assert refused.value.fields() == {"position_zh"}
    assert "Organisation" in refused.value.text("en")
    assert _contacts(db) == 0


def test_an_english_position_alone_is_refused_too(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        _save_new(db, position_en="Freelance expert")
    assert refused.value.fields() == {"position_en"}


def test_no_position_and_no_organisation_saves(db: Database) -> None:
    _save_new(db, position_zh="  ")
    assert _contacts(db) == 1


def test_clearing_the_organisation_of_the_shown_position_ends_it_and_keeps_it(db: Database) -> None:
    with db.transaction() as s:
        org = organisations.create_organisation(s, name_zh="青岛水务集团")
        s.flush()
        cid = cs.create_contact(
            s, family_name_zh="陈", given_name_zh="宇", organisation_id=org.id, position_zh="工程师"
        ).id
    with db.reading() as s:
        form = contact_form.read_contact_form(s, cid, "zh_CN")
    assert form.job is not None
    with db.transaction() as s:
        contact_form.save_contact_form(
            s,
            cid,
            {},
            methods=[],
            organisation_id=None,
            position_en="",
            position_zh="工程师",
            start_date=None,
            was=form.job,
        )
    with db.reading() as s:
        history = cs.affiliation_history(s, cid)
        assert [(a.position_zh, a.is_current) for a in history] == [("工程师", False)]


def test_a_new_title_typed_while_clearing_the_organisation_is_refused(db: Database) -> None:
    with db.transaction() as s:
        org = organisations.create_organisation(s, name_zh="青岛水务集团")
        s.flush()
        cid = cs.create_contact(
            s, family_name_zh="陈", given_name_zh="宇", organisation_id=org.id, position_zh="工程师"
        ).id
    with db.reading() as s:
        form = contact_form.read_contact_form(s, cid, "zh_CN")
    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        contact_form.save_contact_form(
            s,
            cid,
            {},
            methods=[],
            organisation_id=None,
            position_en="",
            position_zh="顾问",
            start_date=None,
            was=form.job,
        )
    assert refused.value.fields() == {"position_zh"}
