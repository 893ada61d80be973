"""Latin names typed without spaces, in either order: "zhangwei" and "weizhang" find Wei Zhang,
who has no Chinese name, as "zhang wei" and "wei zhang" do (field test 25); "greentech" finds
Green Tech Ltd. Unrelated names stay out."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts, organisations, search


@pytest.fixture
def latin_people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        green = organisations.create_organisation(s, name_en="Green Tech Ltd", country="DE")
        ids = {
            "wei": contacts.create_contact(s, family_name="Zhang", given_name="Wei").id,
            "maryann": contacts.create_contact(s, family_name="Smith", given_name="Mary Ann").id,
            # Unrelated, though they share letters or one of the words.
            "weiss": contacts.create_contact(s, family_name="Weiss", given_name="Hannah").id,
            "zhangli": contacts.create_contact(s, family_name="Zhang", given_name="Li").id,
            "green": green.id,
        }
    return ids


def _found(db: Database, query: str, kind: str = search.CONTACT) -> set[str]:
    with db.reading() as s:
        return {r.entity_id for r in search.search(s, query, kind=kind, limit=100)}


@pytest.mark.parametrize("query", ["zhang wei", "wei zhang", "zhangwei", "weizhang", "ZhangWei", "WeiZhang"])
def test_a_latin_name_is_found_in_both_orders_with_and_without_spaces(
    db: Database, latin_people: dict[str, str], query: str
) -> None:
    assert _found(db, query) == {latin_people["wei"]}


@pytest.mark.parametrize("query", ["smithmaryann", "maryannsmith", "annsmith", "mary ann smith"])
def test_a_given_name_of_two_words_joins_too(db: Database, latin_people: dict[str, str], query: str) -> None:
    assert _found(db, query) == {latin_people["maryann"]}


@pytest.mark.parametrize("query", ["zhangli", "lizhang"])
def test_other_names_are_not_found(db: Database, latin_people: dict[str, str], query: str) -> None:
    assert _found(db, query) == {latin_people["zhangli"]}
    assert not _found(db, "weizhangli") and not _found(db, "weiwei") and not _found(db, "zhangzhang")


def test_an_organisation_is_found_by_its_words_run_together(
    db: Database, latin_people: dict[str, str]
) -> None:
    for query in ("greentech", "GreenTech", "green tech", "greentechltd"):
        assert _found(db, query, search.ORGANISATION) == {latin_people["green"]}, query
    assert not _found(db, "techgreen", search.ORGANISATION)  # reading order only


def test_the_joined_keys_survive_a_rebuild(db: Database, latin_people: dict[str, str]) -> None:
    with db.transaction() as s:
        search.rebuild_search_index(s)
    assert _found(db, "weizhang") == {latin_people["wei"]}
    assert _found(db, "greentech", search.ORGANISATION) == {latin_people["green"]}


def test_the_command_line_finds_the_joined_name(
    db: Database, latin_people: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db.path), "search", "zhangwei", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Wei Zhang" in out and "Hannah" not in out
