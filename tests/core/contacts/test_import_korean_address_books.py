"""Korean and Japanese address books (field test 51). The files in ``tests/data/import/korean/``
are imitations made for these tests (see SOURCES.md there), not real exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR

KOREAN = DATA_DIR / "korean"


def _import(db: Database, path: Path) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path)


def _people(db: Database) -> list[m.Contact]:
    with db.reading() as s:
        people = list(s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None))))
        s.expunge_all()
        return people


def _job(db: Database, contact_id: str) -> tuple[str, str, str, str]:
    with db.reading() as s:
        a = s.scalars(select(m.Affiliation).where(m.Affiliation.contact_id == contact_id)).one()
        return (a.position_en, a.position_zh, a.department_en, a.department_zh)


@pytest.mark.parametrize("name", ["naver_bom.csv", "naver_cp949.csv"])
def test_naver_family_and_given_name_columns_make_one_whole_name(db: Database, name: str) -> None:
    """성 was dropped and 이름 read as the whole name: 김민준 was stored as 민 / 준."""
    headers = importing.read_table(KOREAN / name).headers
    mapping = importing.guess_mapping(headers)
    assert mapping[0] == "family_name" and mapping[1] == "given_name"
    assert mapping[5] == "department" and mapping[6] == "position"
    _import(db, KOREAN / name)
    names = {(c.family_name_zh, c.given_name_zh) for c in _people(db)}
    assert names == {("김", "민준"), ("이", "서연"), ("남궁", "민수")}
    kim = next(c for c in _people(db) if c.given_name_zh == "민준")
    assert _job(db, kim.id) == ("", "국장", "", "환경정책과")


def test_korean_outlook_keeps_email_job_title_department_and_work_phone(db: Database) -> None:
    headers = importing.read_table(KOREAN / "outlook_ko.csv").headers
    mapping = {headers[i]: key for i, key in importing.guess_mapping(headers).items()}
    assert mapping["이름"] == "given_name"
    assert mapping["성"] == "family_name"
    assert mapping["직함"] == "position"
    assert mapping["부서"] == "department"
    assert mapping["전자 메일 주소"] == "email"
    assert mapping["근무처 전화"] == "phone"
    assert mapping["근무지 구/군/시"] == "address_work_city"
    report = _import(db, KOREAN / "outlook_ko.csv")
    assert report.counts == {"added": 2} and report.dropped == {}
    kim = next(c for c in _people(db) if c.given_name == "Minjun")
    assert kim.family_name == "Kim"
    assert _job(db, kim.id) == ("Director", "", "Environment Policy Division", "")
    with db.reading() as s:
        values = set(s.scalars(select(m.ContactMethod.value).where(m.ContactMethod.contact_id == kim.id)))
    assert "minjun.kim@busan.example.kr" in values


def test_japanese_outlook_columns_without_the_empty_ones(db: Database) -> None:
    headers = importing.read_table(KOREAN / "outlook_ja_short.csv").headers
    mapping = {headers[i]: key for i, key in importing.guess_mapping(headers).items()}
    assert mapping == {
        "姓": "family_name",
        "名": "given_name",
        "電子メール アドレス": "email",
        "会社名": "organisation",
        "部署": "department",
        "役職": "position",
        "携帯電話": "mobile",
    }
