"""Korean names in one column (field test 51 #7): "Kim Minjun" was split given name Kim, family name
Minjun; "박지훈 부장" kept the title in the given name (지훈부장)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import NameOrder
from petdesk.services import importing


def _import_names(db: Database, tmp_path: Path, rows: list[str], header: str = "이름") -> list[m.Contact]:
    path = tmp_path / "names.csv"
    path.write_text(header + "\r\n" + "\r\n".join(rows) + "\r\n", encoding="utf-8-sig")
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        people = list(s.scalars(select(m.Contact)))
        s.expunge_all()
        return people


@pytest.mark.parametrize(
    ("written", "family", "given", "order"),
    [
        ("Kim Minjun", "Kim", "Minjun", NameOrder.FAMILY_FIRST),
        ("KIM Minjun", "Kim", "Minjun", NameOrder.FAMILY_FIRST),
        ("Park Ji Hoon", "Park", "Ji Hoon", NameOrder.FAMILY_FIRST),
        ("Lee Seo-yeon", "Lee", "Seo-yeon", NameOrder.FAMILY_FIRST),
        ("Minjun Kim", "Kim", "Minjun", NameOrder.GIVEN_FIRST),
        ("David Kim", "Kim", "David", NameOrder.GIVEN_FIRST),
        ("Lee Smith", "Smith", "Lee", NameOrder.GIVEN_FIRST),  # Smith is no Korean given name
    ],
)
def test_a_latin_korean_name_family_first(
    db: Database, tmp_path: Path, written: str, family: str, given: str, order: NameOrder
) -> None:
    (person,) = _import_names(db, tmp_path, [written], header="Name")
    assert (person.family_name, person.given_name, person.name_order) == (family, given, order)


def test_a_title_after_a_hangul_name_is_split_off(db: Database, tmp_path: Path) -> None:
    people = _import_names(db, tmp_path, ["박지훈 부장", "김민준 님", "황보혜정", "남궁민수 과장"])
    names = {(p.family_name_zh, p.given_name_zh, p.honorific_zh) for p in people}
    assert names == {("박", "지훈", ""), ("김", "민준", "님"), ("황보", "혜정", ""), ("남궁", "민수", "")}
    with db.reading() as s:
        positions = set(s.scalars(select(m.Affiliation.position_zh)))
    assert positions <= {"부장", "과장"}


def test_the_title_column_and_the_title_after_the_name_agree(db: Database, tmp_path: Path) -> None:
    """kakao_euckr.csv: 이름 "박지훈 부장" and 직책 "부장": one position, no title in the name."""
    path = tmp_path / "kakao.csv"
    path.write_bytes(
        "이름,전화번호,회사,직책\r\n박지훈 부장,010-3456-7890,(주)에코테크,부장\r\n".encode("euc-kr")
    )
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert [o.name for o in report.outcomes] == ["박지훈"]
    with db.reading() as s:
        person = s.scalars(select(m.Contact)).one()
        job = s.scalars(select(m.Affiliation)).one()
        assert (person.family_name_zh, person.given_name_zh, person.honorific_zh) == ("박", "지훈", "")
        assert (job.position_en, job.position_zh) == ("", "부장")
