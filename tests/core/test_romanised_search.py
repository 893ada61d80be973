"""Cyrillic and Greek names are found as typed in Latin letters (field test 67): "irina" finds Ирина
Петрова, "dorj" and "dorzh" find Дорж, "papadopoulos" finds Παπαδόπουλος, with no e-mail to help."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.romanise import spellings
from petdesk.services import contacts as cs
from petdesk.services import search


def test_spellings() -> None:
    assert spellings("ирина петрова") == ["irina petrova"]
    assert spellings("бат-эрдэнэ дорж") == ["bat-erdene dorzh", "bat-erdene dorj"]
    assert spellings("γιωργος παπαδοπουλος") == ["giorgos papadopoulos"]
    assert spellings("nguyen") == [] and spellings("张伟") == []


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("irina", "Ирина"), ("petrova", "Ирина"), ("Irina Petrova", "Ирина"), ("Ирина", "Ирина"),
        ("dorj", "Бат-Эрдэнэ"), ("dorzh", "Бат-Эрдэнэ"), ("bat-erdene", "Бат-Эрдэнэ"),
        ("papadopoulos", "Γιώργος"), ("giorgos", "Γιώργος"), ("ir", "Ирина"),
    ],
)  # fmt: skip
def test_latin_query_finds_the_name_in_its_own_script(db: Database, query: str, who: str) -> None:
    with db.transaction() as s:
        ids = {
            given: cs.create_contact(s, given_name=given, family_name=family).id
            for given, family in (("Ирина", "Петрова"), ("Бат-Эрдэнэ", "Дорж"), ("Γιώργος", "Παπαδόπουλος"))
        }
        cs.create_contact(s, given_name="Irene", family_name="Smith")
    with db.transaction() as s:
        found = [r.entity_id for r in search.search(s, query, kind=search.CONTACT)]
    assert ids[who] in found
    assert not set(found) & (set(ids.values()) - {ids[who]})
