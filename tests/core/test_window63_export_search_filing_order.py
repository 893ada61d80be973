"""Round 63 (window63): a contacts export by search where the search index cannot answer fell back to
SQL LIKE and wrote the people in raw ``family_name`` order: a Chinese name without a Latin one
("王伟") first, "de Smet" under d. It now writes them in the contacts list's filing order (its sort
keys), the order an export by search with the index has, in each language."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts, exporting, search

PEOPLE = (
    {"family_name": "Zhang", "given_name": "Min"},
    {"family_name_zh": "王", "given_name_zh": "伟"},
    {"family_name": "de Smet", "given_name": "Anna"},
    {"family_name": "Adams", "given_name": "Ruth"},
    {"family_name": "Li", "given_name": "Na", "family_name_zh": "李", "given_name_zh": "娜"},
)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_window63_the_fallback_exports_in_the_lists_order(
    db: Database, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    with db.transaction() as s:
        ids = [contacts.create_contact(s, tags=["greenbay"], **names).id for names in PEOPLE]
    with db.reading() as s:
        listed = [r.entity_id for r in search.search(s, "", kind=search.CONTACT, language=language)]
    assert sorted(listed) == sorted(ids)
    monkeypatch.setattr(exporting, "_search_ids", lambda *_args: None)  # as with no index to ask
    with db.reading() as s:
        exported = [v.id for v in exporting.select_contacts(s, query="greenbay", language=language)]
        # by name (Adams, Li Na, de Smet filed under S, Zhang Min…): raw names put "de Smet" last
        by_name = [v.id for v in exporting.select_contacts(s, query="a", language=language)]
    assert exported == listed  # a tag: the fallback found none before (the pattern was written as JSON)
    assert len(by_name) >= 4 and by_name == [i for i in listed if i in set(by_name)]
