"""Korean family-name spellings widen only Korean names: a Chinese name in Latin letters only ("Lee
Wei", as Singapore and Hong Kong spell 李伟) was found by "yi", "rhee" and "ri", and a search for the
Korean Lee Minho's other spellings listed him."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import search
from petdesk.services.matching import reads_as_chinese_latin_name


def _add(db: Database, **names: str) -> str:
    with db.transaction() as s:
        return cs.create_contact(s, **names).id


def _find(db: Database, query: str) -> set[str]:
    with db.transaction() as s:
        return {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}


def test_a_latin_only_chinese_name_keeps_its_own_spelling(db: Database) -> None:
    lee_wei = _add(db, family_name="Lee", given_name="Wei")
    li_wei = _add(db, family_name="Li", given_name="Wei")
    minho = _add(db, family_name="Lee", given_name="Minho")
    hangul = _add(db, family_name_zh="이", given_name_zh="민호")
    for query in ("yi", "rhee", "ri"):
        assert _find(db, query) == {minho, hangul}, query
    assert _find(db, "lee") == {lee_wei, minho, hangul}
    assert _find(db, "li wei") == {li_wei}


def test_reads_as_chinese_latin_name() -> None:
    assert reads_as_chinese_latin_name("Lee", "Xiao-Ming")
    assert reads_as_chinese_latin_name("Chan", "Tai Man")
    assert not reads_as_chinese_latin_name("Lee", "Minho")
    assert not reads_as_chinese_latin_name("Choe", "Ji-u")
    assert not reads_as_chinese_latin_name("Lee", "John")
