"""A Korean ministry's delegation list (field test 73): 성명(국문) / 성명(영문) / 성별 columns.

``tests/data/import/korean/delegation_ko.xlsx`` is an imitation made for these tests (see SOURCES.md)."""

from __future__ import annotations

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR

LIST = DATA_DIR / "korean" / "delegation_ko.xlsx"


def test_korean_name_columns_are_recognised() -> None:
    """Every row was skipped for want of a name: 성명(국문), 성명(영문) and 성별 were not known."""
    headers = importing.read_table(LIST).headers
    mapping = {headers[i]: key for i, key in importing.guess_mapping(headers).items()}
    assert mapping["성명(국문)"] == "full_name"
    assert mapping["성명(영문)"] == "name_latin"
    assert mapping["성별"] == "gender"


def test_the_delegation_list_imports_hangul_and_latin_names(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, LIST)
    assert report.counts == {"added": 10}
    with db.reading() as s:
        lee = s.scalars(select(m.Contact).where(m.Contact.given_name_zh == "민호")).one()
        assert (lee.family_name_zh, lee.family_name, lee.given_name) == ("이", "LEE", "Min-ho")
        assert lee.gender == "m" and lee.native_name_language == "ko"
        choi = s.scalars(select(m.Contact).where(m.Contact.given_name_zh == "지우")).one()
        assert choi.gender == "f"


def test_the_hanja_column_fills_the_hanja_field(db: Database) -> None:
    """한자 (李敏鎬) was dropped, then kept in the notes ("한자: 李敏鎬") while petdesk had no field for
    it; since 0055 it fills the Hanja field. A value not all Han characters (尹아름: the given name has
    no Hanja) stays in the notes, saying what it is."""
    assert importing.note_label("한자") == "한자: "
    with db.transaction() as s:
        report = importing.import_file(s, LIST)
    assert "한자" not in report.dropped
    with db.reading() as s:
        lee = s.scalars(select(m.Contact).where(m.Contact.given_name_zh == "민호")).one()
        assert lee.name_hanja == "李敏鎬" and "한자" not in lee.notes
        assert "단장" in lee.notes  # 비고, a notes column, as it is
        yoon = s.scalars(select(m.Contact).where(m.Contact.given_name_zh == "아름")).one()
        assert yoon.name_hanja == "" and "한자: 尹아름" in yoon.notes
