"""A title after a native name follows the name's language: Chinese and Japanese glue it (张伟主任,
山田太郎部長), Korean writes a space (박지훈 부장, field test 51, defect 4: the dossier printed
박지훈부장). A Hangul name whose record does not say its language (older records) is Korean by its
script."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from petdesk import labels
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.dossier.layout import position_line
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import pdftotext_pages


def test_the_name_s_language_decides_the_space() -> None:
    assert labels.native_name_with_title("张伟", "主任", "") == "张伟主任"
    assert labels.native_name_with_title("山田太郎", "部長", "ja") == "山田太郎部長"
    assert labels.native_name_with_title("박지훈", "부장", "ko") == "박지훈 부장"
    assert labels.native_name_with_title("박지훈", "부장", "") == "박지훈 부장"  # by its script
    assert labels.native_name_with_title("佐藤さくら", "様", "") == "佐藤さくら様"
    assert labels.with_honorific("박지훈", "부장", "zh_CN", chinese_name=True) == "박지훈 부장"
    assert labels.with_honorific("金敏俊", "局长", "zh_CN", chinese_name=True, name_language="ko") == (
        "金敏俊 局长"
    )


@pytest.fixture
def visit_id(db: Database) -> str:
    """A visit of 박지훈 부장 (no stored language, as older records), 김민준 국장 (ko), 山田太郎 部長
    (ja) and 张伟 主任."""
    with db.transaction() as s:
        park = cs.create_contact(s, family_name_zh="박", given_name_zh="지훈", honorific_zh="부장")
        kim = cs.create_contact(s, family_name_zh="김", given_name_zh="민준", honorific_zh="국장")
        yamada = cs.create_contact(
            s, family_name_zh="山田", given_name_zh="太郎", honorific_zh="部長", native_name_language="ja"
        )
        zhang = cs.create_contact(s, family_name_zh="张", given_name_zh="伟", honorific_zh="主任")
        visit = vs.create_visit(
            s,
            title_en="Delegation to Hamburg",
            title_zh="汉堡代表团",
            start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 9),
            timezone="Europe/Berlin",
        )
        for n, person in enumerate((park, kim, yamada, zhang)):
            role = ParticipantRole.HEAD if n == 0 else ParticipantRole.DELEGATE
            vs.add_participant(s, visit.id, person.id, role)
        s.execute(text("UPDATE contact SET native_name_language = '' WHERE id = :id"), {"id": park.id})
        return visit.id


def test_the_chinese_dossier_spaces_korean_titles_only(db: Database, visit_id: str, tmp_path: Path) -> None:
    out = tmp_path / "visit.pdf"
    build_visit_dossier(db, visit_id, out, DossierOptions(first_lang="zh"))
    printed = "\n".join(pdftotext_pages(out)).replace("\xa0", " ")
    assert "박지훈 부장" in printed and "박지훈부장" not in printed
    assert "김민준 국장" in printed and "김민준국장" not in printed
    assert "山田太郎部長" in printed
    assert "张伟主任" in printed


def test_a_chinese_sentence_keeps_the_space_inside_a_korean_name_and_title() -> None:
    assert labels.chinese_spacing("由 박지훈 부장 替代") == "由박지훈 부장替代"
    assert labels.chinese_spacing("由 欧阳斌振 替代") == "由欧阳斌振替代"


def test_the_english_column_keeps_a_korean_only_name_before_its_korean_title(
    db: Database, visit_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "visit-en.pdf"
    build_visit_dossier(db, visit_id, out, DossierOptions(first_lang="en"))
    printed = "\n".join(pdftotext_pages(out)).replace("\xa0", " ")
    assert "국장 김민준" not in printed and "부장 박지훈" not in printed


def test_a_korean_department_and_position_are_two_words() -> None:
    assert position_line("국장", "환경정책과", "zh") == "환경정책과 국장"
    assert position_line("处长", "国际合作处", "zh") == "国际合作处处长"
