"""A name typed in Kazakh Cyrillic finds its Russian spelling and back (field test 121, Almaty): the
same person is "Нұрлан" on a Kazakh list and "Нурлан" in Outlook, and either typed found only itself."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import search


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("Нұрлан", {"Нурлан", "Нұрлан"}),
        ("Нурлан", {"Нурлан", "Нұрлан"}),
        ("Nurlan", {"Нурлан", "Нұрлан"}),
        ("Қасымова", {"Касымова"}),
        ("Zhanna", {"Жанна"}),
        ("Жанна", {"Жанна"}),
    ],
)
def test_kazakh_and_russian_spellings_find_each_other(db: Database, query: str, wanted: set[str]) -> None:
    with db.transaction() as s:
        cs.create_contact(s, family_name="Абенов", given_name="Нурлан")
        cs.create_contact(s, family_name="Сейтқали", given_name="Нұрлан")
        cs.create_contact(s, family_name="Касымова", given_name="Айгерим")
        cs.create_contact(s, family_name="Сулейменова", given_name="Жанна")
        cs.create_contact(s, family_name="Иванов", given_name="Пётр")
    with db.reading() as s:
        found = {r.name_en for r in search.search(s, query)}
    assert {name for name in found for w in wanted if w in name} == found
    assert all(any(w in name for name in found) for w in wanted)


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("Qasymova", {"Қасымова", "Касымова"}),
        ("Seitqali", {"Сейтқали"}),
        ("Şynar", {"Шынар"}),
        ("Nūrlan Seitqali", {"Сейтқали"}),
    ],
)
def test_the_2021_kazakh_latin_finds_the_cyrillic(db: Database, query: str, wanted: set[str]) -> None:
    # Before: Қ written q, Ш ş found nobody (the index holds the passport's k and sh)
    with db.transaction() as s:
        cs.create_contact(s, family_name="Қасымова", given_name="Айгерим")
        cs.create_contact(s, family_name="Касымова", given_name="Дана")
        cs.create_contact(s, family_name="Сейтқали", given_name="Нұрлан")
        cs.create_contact(s, family_name="Абенова", given_name="Шынар")
        cs.create_contact(s, family_name="Qian", given_name="Wei")
    with db.reading() as s:
        found = {r.name_en for r in search.search(s, query)}
    assert all(any(w in name for w in wanted) for name in found)
    assert all(any(w in name for name in found) for w in wanted)
