"""Korean family names are found by any customary spelling (field test 73): "namkoong min" found
nobody for 남궁민, and "choi" did not find "Choe Ji-u" written in Latin letters only."""

from __future__ import annotations

import pytest

from petdesk import hangul
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import search


def _add(db: Database, **names: str) -> str:
    with db.transaction() as s:
        return cs.create_contact(s, **names).id


def _find(db: Database, query: str) -> set[str]:
    with db.transaction() as s:
        return {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}


@pytest.mark.parametrize(
    ("family", "given", "queries"),
    [
        ("남궁", "민", ("namkoong min", "namgoong", "namkung", "namgung min")),
        ("선우", "재현", ("sunwoo", "seonu jaehyeon")),
        ("제갈", "민", ("chegal min", "jegal")),
        ("황보", "민", ("hwangbo",)),
        ("독고", "민", ("tokko", "dokgo min")),
        ("최", "지우", ("choi", "choe jiu", "chwe")),
    ],
)
def test_hangul_names_by_every_spelling_of_the_family_name(
    db: Database, family: str, given: str, queries: tuple[str, ...]
) -> None:
    cid = _add(db, family_name_zh=family, given_name_zh=given)
    for query in queries:
        assert cid in _find(db, query), query


@pytest.mark.parametrize(
    ("family", "given", "queries"),
    [
        ("Choe", "Ji-u", ("choi", "chwe ji-u")),
        ("Yi", "Minho", ("lee minho", "rhee")),
        ("Pak", "Seojun", ("park seojun", "bak")),
        ("Jeong", "Woo-sung", ("jung", "chung woo")),
        ("Gang", "Ha-neul", ("kang",)),
        ("Sin", "Hye-jin", ("shin",)),
        ("Yun", "A-reum", ("yoon",)),
        ("Lim", "Soo-jung", ("im soo", "rim")),
        ("Namkoong", "Min", ("namgoong",)),
        ("Sunwoo", "Jae-hyun", ("seonu",)),
    ],
)
def test_latin_only_korean_names_by_other_spellings(
    db: Database, family: str, given: str, queries: tuple[str, ...]
) -> None:
    cid = _add(db, family_name=family, given_name=given)
    for query in queries:
        assert cid in _find(db, query), query


def test_other_nations_and_chinese_pinyin_keep_their_searches(db: Database) -> None:
    """Only a Korean-looking name gets the other spellings: not John Lee, nor Sun Hao 孙浩."""
    lee = _add(db, family_name="Lee", given_name="John")
    sun = _add(db, family_name="Sun", given_name="Hao", family_name_zh="孙", given_name_zh="浩")
    lim = _add(db, family_name="Lim", given_name="Hye-jin")
    assert lee not in _find(db, "yi") and lee in _find(db, "lee")
    assert sun not in _find(db, "seon")
    # "im" finds the Korean Lim, and no more than words starting with "im" did before
    imhoff = _add(db, family_name="Imhoff", given_name="Peter")
    assert _find(db, "im") == {lim, imhoff}


def test_latin_surname_variants() -> None:
    assert hangul.latin_surname_variants("Choe", "Ji-u") == ("choi", "chwe")
    assert hangul.latin_surname_variants("Lee", "John") == ()
    assert "i" not in hangul.latin_surname_variants("Lee", "Minho")  # a letter alone is no word
