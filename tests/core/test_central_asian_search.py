"""Kazakh and Uzbek names found as their passports spell them (field test 82): "zhumabekova" missed
Жұмабекова (ә ғ қ ң ұ һ had no Latin letters), "yerzhan" missed Ержан, "gayrat" and "ozbekiston" missed
Gʻayrat and Oʻzbekiston (U+02BB inside the word), and a patronymic (Нурлановна, "nurlanovna") found
nobody: the middle name was not in the index."""

from __future__ import annotations

import pytest

from petdesk import romanise
from petdesk.chinese_names import fold
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
from petdesk.services import search


def _spellings(text: str) -> list[str]:
    return romanise.spellings(fold(text), fold(romanise.with_short_i_as_y(text)))


def test_kazakh_letters_and_a_first_ye_have_latin_spellings() -> None:
    assert _spellings("Жұмабекова Әсел")[0] == "zhumabekova asel"
    assert _spellings("Өтеғұлов Нұрлан")[0] == "otegulov nurlan"
    assert _spellings("Қайратқызы Шаңһай")[0] == "kairatkyzy shanhai"
    assert "yerzhan seitkali" in _spellings("Ержан Сейткали")
    assert _spellings("Ирина") == ["irina"]  # no е at a word's start: nothing more


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        uz = os_.create_organisation(s, name_en="Oʻzbekiston Energiya Chiqindi MChJ")
        made = {
            "aigerim": cs.create_contact(
                s, family_name="Нурланова", given_name="Айгерим", middle_name="Нурлановна"
            ),
            "asel": cs.create_contact(
                s, family_name="Жұмабекова", given_name="Әсел", middle_name="Қайратқызы"
            ),
            "yerzhan": cs.create_contact(s, family_name="Сейткали", given_name="Ержан"),
            "gayrat": cs.create_contact(
                s,
                family_name="Toʻxtayev",
                given_name="Gʻayrat",
                middle_name="Shavkatovich",
                organisation_id=uz.id,
            ),
        }
        ids = {key: c.id for key, c in made.items()}
        ids["uz"] = uz.id
    return ids


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("zhumabekova", "asel"), ("asel zhumabekova", "asel"), ("kairatkyzy", "asel"), ("Қайратқызы", "asel"),
        ("nurlanovna", "aigerim"), ("Нурлановна", "aigerim"), ("aigerim nurlanova", "aigerim"),
        ("yerzhan", "yerzhan"), ("gayrat", "gayrat"), ("toxtayev", "gayrat"), ("shavkatovich", "gayrat"),
        ("ozbekiston", "uz"),
    ],
)  # fmt: skip
def test_found_by_passport_spelling_and_patronymic(
    db: Database, people: dict[str, str], query: str, who: str
) -> None:
    with db.reading() as s:
        found = {r.entity_id for r in search.search(s, query)}
    assert people[who] in found
