"""Arabic and Thai names without a Latin reading are found in Latin letters, and Arabic names by any
vowel spelling (the Gulf/Thai field test's gaps: "siriporn", "somchai", "mansouri", "mansuri")."""

from __future__ import annotations

import pytest

from petdesk import arabic_names, thai_latin
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import search

#: (given, family, name language): no phonetic (Latin) reading recorded
PEOPLE = (
    ("ศิริพร", "วงศ์ใหญ่", "th"),
    ("สมชาย", "ใจดี", "th"),
    ("ธนพล", "สมพร", "th"),
    ("خالد", "المنصوري", "ar"),
    ("فاطمة", "الزهراء", "ar"),
    ("محمد", "بن راشد", "ar"),
    ("Khalid", "Al-Mansoori", ""),
    ("Hamdan", "Mansour", ""),
    ("Mary", "Cooper", ""),
    ("Bin", "Zhou", ""),  # pinyin: no Arabic "bin", his "ou" is not folded
)


def _people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        return {
            f"{g} {f}": cs.create_contact(s, given_name=g, family_name=f, native_name_language=lang).id
            for g, f, lang in PEOPLE
        }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("siriporn", {"ศิริพร วงศ์ใหญ่"}),
        ("siriphon", {"ศิริพร วงศ์ใหญ่"}),
        ("somchai jaidee", {"สมชาย ใจดี"}),
        ("chaidi", {"สมชาย ใจดี"}),
        ("somporn", {"ธนพล สมพร"}),
        ("wongyai", {"ศิริพร วงศ์ใหญ่"}),
        ("mansouri", {"خالد المنصوري", "Khalid Al-Mansoori"}),
        ("mansuri", {"خالد المنصوري", "Khalid Al-Mansoori"}),
        ("almansoori", {"خالد المنصوري", "Khalid Al-Mansoori"}),
        # and Khalid spelt in Latin letters: the name's other spellings (field test 118)
        ("khaled", {"خالد المنصوري", "Khalid Al-Mansoori"}),
        ("fatma", {"فاطمة الزهراء"}),
        ("zahra", {"فاطمة الزهراء"}),
        ("mohammed bin rashid", {"محمد بن راشد"}),
        ("muhammad rashed", {"محمد بن راشد"}),
        ("hamdan mansur", {"Hamdan Mansour"}),
    ],
)
def test_latin_search_finds_arabic_and_thai_names(db: Database, query: str, expected: set[str]) -> None:
    ids = _people(db)
    with db.transaction() as s:
        found = {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}
    assert {n for n, i in ids.items() if i in found} == expected


def test_vowels_are_folded_for_arabic_names_only(db: Database) -> None:
    """Mary Cooper's "oo" is an English one: "cuper" does not find her, "mansuri" finds Al-Mansoori."""
    ids = _people(db)
    with db.transaction() as s:
        cuper = {r.entity_id for r in search.search(s, "cuper", kind=search.CONTACT)}
        mansuri = {r.entity_id for r in search.search(s, "mansuri", kind=search.CONTACT)}
    assert ids["Mary Cooper"] not in cuper
    with db.transaction() as s:
        assert ids["Bin Zhou"] not in {r.entity_id for r in search.search(s, "zhu bin", kind=search.CONTACT)}
    assert ids["Khalid Al-Mansoori"] in mansuri


def test_thai_romanisation_follows_rtgs_with_the_common_name_spellings() -> None:
    assert thai_latin.spellings("สมชาย ใจดี") == ["somchai chaidi", "somchai jaidee"]
    assert thai_latin.spellings("ศิริพร") == ["siriphon", "siriporn"]
    assert thai_latin.spellings("ประยุทธ์") == ["prayut"]
    assert thai_latin.spellings("ทักษิณ ชินวัตร") == ["thaksin chinwat"]
    assert thai_latin.spellings("สมศักดิ์") == ["somsak"]
    assert thai_latin.spellings("Anna") == []


def test_arabic_names_read_from_the_table_and_letter_for_letter_otherwise() -> None:
    (khalid,) = arabic_names.spellings("خالد المنصوري")
    assert {"khalid", "khaled", "mansouri", "mansoori", "almansouri"} <= set(khalid.split())
    # a word not in the table keeps its plain reading
    assert arabic_names.spellings("قرقاش") == ["qrqash"]
    assert arabic_names.fold_vowels("mansoori rasheed saad") == "mansuri rashid sad"
