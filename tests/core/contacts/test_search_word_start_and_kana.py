"""Field test 51 #8: "hong" listed 홍길동 (romanised "hong") 531st, behind everyone at a Chongqing
organisation; kana readings (やまだ) and romanised kana ("sakura") found nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import contacts, organisations, search
from tests.helpers.fixtures import built_file, copy_into


@pytest.fixture(scope="module")
def people_file(
    tmp_path_factory: pytest.TempPathFactory, empty_template: Path
) -> tuple[Path, dict[str, str]]:
    """Written once for the module (each test reads its own copy): writing them took most of a
    test's time."""
    return built_file(tmp_path_factory, empty_template, _people)


@pytest.fixture
def people(db: Database, people_file: tuple[Path, dict[str, str]]) -> dict[str, str]:
    copy_into(people_file[0], db)
    return people_file[1]


def _people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        org = organisations.create_organisation(
            s, name_en="Chongqing Ecology Bureau", name_zh="重庆市生态环境局"
        )
        for n in range(30):
            contacts.create_contact(s, family_name="Adams", given_name=f"Amy{n:02}", organisation_id=org.id)
        ids = {
            "hong": contacts.create_contact(s, family_name_zh="홍", given_name_zh="길동").id,
            "sakura": contacts.create_contact(s, family_name_zh="佐藤", given_name_zh="さくら").id,
            "yamada": contacts.create_contact(
                s,
                family_name="Yamada",
                given_name="Taro",
                phonetic_family_name="やまだ",
                phonetic_given_name="たろう",
            ).id,
        }
    return ids


def _ids(db: Database, query: str, **options: object) -> list[str]:
    with db.reading() as s:
        return [r.entity_id for r in search.search(s, query, limit=5, **options)]  # type: ignore[arg-type]


@pytest.mark.parametrize("rebuilt", [False, True])
@pytest.mark.parametrize(
    "options", [{}, {"kind": search.CONTACT}, {"kind": search.CONTACT, "language": "zh_CN"}]
)
def test_a_name_starting_with_the_word_comes_before_a_match_inside_another_word(
    db: Database, people: dict[str, str], options: dict[str, object], rebuilt: bool
) -> None:
    if rebuilt:  # the walk plan reads a rebuilt index in name order: Hangul sorts last
        with db.transaction() as s:
            search.rebuild_search_index(s)
    assert _ids(db, "hong", **options)[0] == people["hong"]
    assert _ids(db, "Hong", **options)[0] == people["hong"]


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("やまだ", "yamada"),
        ("たろう", "yamada"),
        ("sakura", "sakura"),
        ("さく", "sakura"),
        ("tarou", "yamada"),
    ],
)
def test_kana_and_their_romanisation_find_the_person(
    db: Database, people: dict[str, str], query: str, who: str
) -> None:
    assert _ids(db, query, kind=search.CONTACT) == [people[who]]
