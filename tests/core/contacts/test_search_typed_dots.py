"""A transliterated name typed with its middle dot (安娜·林德奎斯特, 阿卜杜拉·艾买提), or with a
look-alike of it (‧ • ・ ⋅ from another input method), finds the person: the dot separates the
name's parts as a space does, instead of being a term that matches nothing. The contacts list's
plain filter (``services.lists``, the window's default contacts page) takes dots the same way."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.models import Contact
from petdesk.models.enums import NameOrder
from petdesk.services import lists, search

DOTS = ["·", "‧", "•", "・", "･", "⋅"]


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        anna = Contact(
            given_name="Anna",
            family_name="Lindqvist",
            given_name_zh="安娜",
            family_name_zh="林德奎斯特",
            name_order=NameOrder.GIVEN_FIRST,
        )
        abdulla = Contact(
            given_name_zh="阿卜杜拉·", family_name_zh="艾买提", name_order=NameOrder.GIVEN_FIRST
        )
        s.add_all([anna, abdulla])
        s.flush()
        return {"anna": anna.id, "abdulla": abdulla.id}


@pytest.mark.parametrize("dot", DOTS)
def test_a_typed_dot_finds_the_name(db: Database, people: dict[str, str], dot: str) -> None:
    with db.reading() as s:
        for who, typed in (("anna", f"安娜{dot}林德奎斯特"), ("abdulla", f"阿卜杜拉{dot}艾买提")):
            found = [r.entity_id for r in search.search(s, typed, kind=search.CONTACT, language="zh_CN")]
            assert found == [people[who]], typed
            assert search.count(s, typed, kind=search.CONTACT) == 1, typed


def test_a_dot_alone_is_no_query() -> None:
    assert search.parse_query(" · ") == []
    assert [t.text for t in search.parse_query("安娜·林德奎斯特")] == ["林德奎斯特", "安娜"]


@pytest.mark.parametrize("dot", DOTS)
def test_the_lists_filter_takes_a_typed_dot_as_search_does(
    db: Database, people: dict[str, str], dot: str
) -> None:
    with db.transaction() as s:
        marie = Contact(given_name_zh="玛丽・", family_name_zh="安", name_order=NameOrder.GIVEN_FIRST)
        s.add(marie)
        s.flush()
        people["marie"] = marie.id
    typed = {"anna": f"安娜{dot}林德奎斯特", "abdulla": f"阿卜杜拉{dot}艾买提", "marie": f"玛丽{dot}安"}
    with db.reading() as s:
        for who, text in typed.items():
            for language in ("en", "zh_CN"):
                query = lists.contacts(language)
                listed = [row[0] for row in query.page(s, offset=0, limit=20, text=text)]
                assert listed == [people[who]] and query.count(s, text) == 1, (text, language)
            found = [r.entity_id for r in search.search(s, text, kind=search.CONTACT, language="zh_CN")]
            assert found == [people[who]], text
