"""A transliterated name typed with its middle dot (安娜·林德奎斯特, 阿卜杜拉·艾买提), or with a
look-alike of it (‧ • ・ ⋅ from another input method), finds the person: the dot separates the
name's parts as a space does, instead of being a term that matches nothing. The contacts list's
plain filter (``services.lists``, the window's default contacts page) takes dots the same way."""

from __future__ import annotations

import pytest

from petdesk.chinese_names import dots_as_spaces
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import Contact
from petdesk.models.enums import NameOrder
from petdesk.services import lists, search

#: with the full stop (ASCII and full-width) typed for it on a Latin keyboard (field test 41, defect 6)
DOTS = ["·", "‧", "•", "・", "･", "⋅", ".", "．"]


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


def test_a_full_stop_is_a_name_dot_only_between_han_characters() -> None:
    assert dots_as_spaces("安娜.林德奎斯特") == dots_as_spaces("安娜．林德奎斯特") == "安娜 林德奎斯特"
    for kept in ("li.wei@example.cn", "Dr. Li", "安娜.", ".林德", "Wang.伟", "www.例子.cn"):
        assert dots_as_spaces(kept) == kept


def test_the_command_line_finds_a_full_stop_name_and_shows_it_whole(
    db: Database, people: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db.path), "search", "安娜.林德奎斯特", "--lang", "en"]) == 0
    [line] = [ln for ln in capsys.readouterr().out.splitlines() if people["anna"] in ln]
    assert "Anna Lindqvist (安娜·林德奎斯特)" in line and "…" not in line
