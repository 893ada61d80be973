"""A Cyrillic record and the passport list's Latin one of the same person (field test 82): Нурланова
Айгерим and NURLANOVA AIGERIM, Сергей Иванов and SERGEY IVANOV were never shown as likely duplicates;
the Cyrillic name's Latin spellings are now name keys, as Korean ones are."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import duplicates
from petdesk.services.matching import cyrillic_name_spellings, person_name_keys


def test_a_cyrillic_name_has_keys_of_its_passport_spellings() -> None:
    keys = person_name_keys("Иванов", "Сергей", "", "")
    assert keys["n:ivanov|sergey"] == "cyrillic" and keys["n:ivanov|sergei"] == "cyrillic"
    assert "n:seitkali|yerzhan" in person_name_keys("Сейткали", "Ержан", "", "")
    assert cyrillic_name_spellings("smith", "john") == []


def test_the_passport_row_and_the_cyrillic_row_are_likely_duplicates(db: Database) -> None:
    pairs = {
        ("Нурланова", "Айгерим"): ("NURLANOVA", "AIGERIM"),
        ("Иванов", "Сергей"): ("IVANOV", "SERGEY"),
        ("Сейткали", "Ержан"): ("SEITKALI", "YERZHAN"),
    }
    with db.transaction() as s:
        ids = {
            (
                cs.create_contact(s, family_name=cf, given_name=cg).id,
                cs.create_contact(s, family_name=lf, given_name=lg).id,
            )
            for (cf, cg), (lf, lg) in pairs.items()
        }
        other = cs.create_contact(s, family_name="Петрова", given_name="Ирина").id
    with db.reading() as s:
        found = duplicates.find_contact_duplicates(s)
    assert {frozenset(p.key) for p in found} == {frozenset(pair) for pair in ids}
    assert all(other not in p.key for p in found)
    by_key = {frozenset(p.key): p for p in found}
    reasons = " ".join(r for p in by_key.values() for r in map(str, p.reasons))
    assert "Айгерим Нурланова is written AIGERIM NURLANOVA in Latin letters" in reasons


def test_two_cyrillic_names_with_one_latin_spelling_are_not_a_pair_on_the_name_alone(db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, family_name="Ерик", given_name="Ким")
        cs.create_contact(s, family_name="Эрик", given_name="Ким")
    with db.reading() as s:
        assert duplicates.find_contact_duplicates(s) == []
