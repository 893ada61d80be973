"""An Arabic or Thai name is found by the Latin spelling its list gave beside it (field test 75): the
reading "Khalid Al Mansouri" of خالد المنصوري, with no e-mail or other record to help."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import search

PEOPLE = (
    ("خالد", "المنصوري", "Khalid", "Al Mansouri"),
    ("محمد", "بن راشد", "Mohammed", "bin Rashid"),
    ("สมชาย", "ใจดี", "Somchai", "Jaidee"),
)


@pytest.mark.parametrize(
    ("query", "who"),
    [("mansouri", "خالد"), ("khalid al mansouri", "خالد"), ("bin rashid", "محمد"), ("somchai", "สมชาย"),
     ("jaidee", "สมชาย"), ("المنصوري", "خالد")],
)  # fmt: skip
def test_latin_reading_finds_the_name_in_its_own_script(db: Database, query: str, who: str) -> None:
    with db.transaction() as s:
        ids = {
            given: cs.create_contact(
                s, given_name=given, family_name=family, phonetic_given_name=pg, phonetic_family_name=pf
            ).id
            for given, family, pg, pf in PEOPLE
        }
        cs.create_contact(s, given_name="Khalil", family_name="Mansour")
    with db.transaction() as s:
        found = [r.entity_id for r in search.search(s, query, kind=search.CONTACT)]
    assert ids[who] in found
    assert not set(found) & (set(ids.values()) - {ids[who]})
