"""Hangul names found by their romanisation: "kim", "minjun", "min-jun" find 김민준, and every
spelling of the family name finds 이서연 ("lee", "yi", "rhee"); other names stay out."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts, search


@pytest.fixture
def korean_people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        return {
            "minjun": contacts.create_contact(s, family_name_zh="김", given_name_zh="민준").id,
            "seoyeon": contacts.create_contact(s, family_name_zh="이", given_name_zh="서연").id,
            "park": contacts.create_contact(s, family_name="Park", given_name="Jisoo").id,
        }


def _found(db: Database, query: str) -> set[str]:
    with db.reading() as s:
        return {r.entity_id for r in search.search(s, query, kind=search.CONTACT, limit=100)}


@pytest.mark.parametrize(
    "query",
    ["kim", "Kim", "minjun", "min-jun", "Min Jun", "kim minjun", "kimminjun", "minjunkim", "gim", "km"],
)
def test_a_hangul_name_is_found_by_its_romanisation(
    db: Database, korean_people: dict[str, str], query: str
) -> None:
    assert _found(db, query) == {korean_people["minjun"]}


@pytest.mark.parametrize("query", ["lee", "yi", "rhee", "seoyeon", "lee seoyeon", "Rhee Seo-yeon"])
def test_every_spelling_of_the_family_name_finds_it(
    db: Database, korean_people: dict[str, str], query: str
) -> None:
    assert _found(db, query) == {korean_people["seoyeon"]}


def test_the_hangul_still_finds_it_and_other_names_stay_out(
    db: Database, korean_people: dict[str, str]
) -> None:
    assert _found(db, "김민준") == {korean_people["minjun"]}
    assert _found(db, "park") == {korean_people["park"]}
    assert _found(db, "kim jisoo") == set()
