"""Romanised search finds the spellings people type for й and for Greek αυ/ευ (review 49b): folding
read й as и, so Сергей was indexed only as "sergei" and "sergey" (BGN/PCGN, most visas) found nobody;
Ευθύμιος is "Efthymios" in ELOT 743, not "Evthymios"."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.romanise import spellings
from petdesk.services import contacts as cs
from petdesk.services import search


def test_greek_u_before_a_voiceless_consonant() -> None:
    assert spellings("ευθυμιος") == ["efthymios"]
    assert spellings("αυγουστος") == ["avgoustos"]
    assert spellings("γιωργος παπαδοπουλος") == ["giorgos papadopoulos"]


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("sergey", "Сергей"), ("sergei", "Сергей"), ("Sergey Ivanov", "Сергей"),
        ("yuriy", "Юрий"), ("yurii", "Юрий"), ("efthymios", "Ευθύμιος"),
    ],
)  # fmt: skip
def test_latin_spelling_of_short_i_finds_the_person(db: Database, query: str, who: str) -> None:
    with db.transaction() as s:
        ids = {
            given: cs.create_contact(s, given_name=given, family_name=family).id
            for given, family in (("Сергей", "Иванов"), ("Юрий", "Ким"), ("Ευθύμιος", "Νικολάου"))
        }
        cs.create_contact(s, given_name="Sergio", family_name="Rossi")
    with db.transaction() as s:
        found = [r.entity_id for r in search.search(s, query, kind=search.CONTACT)]
    assert ids[who] in found
    assert not set(found) & (set(ids.values()) - {ids[who]})
