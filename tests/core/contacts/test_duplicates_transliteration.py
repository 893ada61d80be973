"""One Central Asian name transliterated two ways is a likely pair (round 54): Iusupov / Yusupov /
Jusupov, Abdullaev / Abdullayev, Khamidov / Hamidov, in memory and through the scratch database the
duplicate finder uses for large files. Invented people."""

from __future__ import annotations

import pytest

from petdesk import i18n
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import duplicates
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

#: (family, given) pairs of one person written two ways.
ONE_PERSON = (
    (("Iusupov", "Bakhtiyor"), ("Yusupov", "Bakhtiyor")),
    (("Jusupova", "Dilnoza"), ("Yusupova", "Dilnoza")),
    (("Abdullaev", "Rustam"), ("Abdullayev", "Rustam")),
    (("Khamidov", "Sardor"), ("Hamidov", "Sardor")),
    (("Aliyeva", "Nodira"), ("Alieva", "Nodira")),
)


def _pairs(db: Database, in_memory_limit: int | None) -> list[duplicates.DuplicatePair]:
    with db.reading() as s:
        if in_memory_limit is None:
            return duplicates.find_contact_duplicates(s)
        return duplicates.rank_contact_duplicates(s, in_memory_limit=in_memory_limit).pairs


@pytest.mark.parametrize("in_memory_limit", [None, 0])
def test_transliteration_variants_are_offered_as_likely_pairs(
    db: Database, in_memory_limit: int | None
) -> None:
    with db.transaction() as s:
        expected = {
            frozenset(
                (
                    cs.create_contact(s, family_name=fa, given_name=ga).id,
                    cs.create_contact(s, family_name=fb, given_name=gb).id,
                )
            )
            for (fa, ga), (fb, gb) in ONE_PERSON
        }
        # other people: another given name, another family name
        cs.create_contact(s, family_name="Yusupov", given_name="Timur")
        cs.create_contact(s, family_name="Hamidova", given_name="Sardor")
    found = _pairs(db, in_memory_limit)
    assert {frozenset(p.key) for p in found} == expected
    reasons = {str(r) for p in found for r in p.reasons}
    said = "the same name transliterated another way: {} / {}"  # the pair's order is its ids'
    names = ("Bakhtiyor Iusupov", "Bakhtiyor Yusupov")
    assert said.format(*names) in reasons or said.format(*reversed(names)) in reasons, reasons


def test_one_name_written_alike_says_the_same_name_once(db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, family_name="Khamidov", given_name="Sardor")
        cs.create_contact(s, family_name="Khamidov", given_name="Sardor")
    (pair,) = _pairs(db, None)
    assert [str(r) for r in pair.reasons] == ["same name Sardor Khamidov"]


@pytest.mark.usefixtures("tree_catalogue")
def test_the_reason_in_chinese(db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, family_name="Abdullaev", given_name="Rustam")
        cs.create_contact(s, family_name="Abdullayev", given_name="Rustam")
    (pair,) = _pairs(db, None)
    zh = [duplicates.translate_reason(r, i18n.translator("zh_CN")) for r in pair.reasons]
    names = ("Rustam Abdullaev", "Rustam Abdullayev")
    said = {f"同一姓名的另一种拉丁转写：{a} / {b}" for a, b in (names, names[::-1])}
    assert said & set(zh), zh
