"""Name search matches a Latin name's Arabic-vowel spelling at the start of a word: "Meena" found
"Aminata" Diop, because its spelling "mina" (Term.vowels_folded) is inside "aminata". The term as typed
still matches inside a word, as the pinyin and Chinese matches the search tests pin need."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import search

PEOPLE = (
    ("Aminata", "Diop", ""),
    ("Meena", "Sharma", ""),
    ("Mina", "Rahimi", ""),
    ("Khalid", "Al-Mansoori", ""),
    ("Saeed", "Almansoori", ""),
    ("伟", "张", ""),
)


def _people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        out = {}
        for g, f, lang in PEOPLE:
            if f == "张":
                c = cs.create_contact(s, given_name_zh=g, family_name_zh=f)
            else:
                c = cs.create_contact(s, given_name=g, family_name=f, native_name_language=lang)
            out[f"{g} {f}"] = c.id
        return out


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("meena", {"Meena Sharma", "Mina Rahimi"}),
        ("mina", {"Mina Rahimi", "Aminata Diop"}),  # as typed: inside a word too (left as it was)
        ("aminata", {"Aminata Diop"}),
        ("mansuri", {"Khalid Al-Mansoori", "Saeed Almansoori"}),
        ("almansoori", {"Khalid Al-Mansoori", "Saeed Almansoori"}),
        ("zhangwei", {"伟 张"}),
        ("张伟", {"伟 张"}),
    ],
)
def test_name_search_matches_latin_names_at_word_starts(db: Database, query: str, expected: set[str]) -> None:
    ids = _people(db)
    with db.transaction() as s:
        found = {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}
    assert {n for n, i in ids.items() if i in found} == expected
