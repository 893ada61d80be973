"""Khmer and Burmese names read in Latin letters: shown beside the name in the contacts list and
found by search ("channa" finds សុខ ចាន់ណា, "kyaw" အောင်ကျော်မင်း), as Thai and Arabic names are."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.khmer_myanmar_latin import latin
from petdesk.services import contacts as cs
from petdesk.services import search


@pytest.mark.parametrize(
    ("name", "reading"),
    [("សុខ ចាន់ណា", "Sok Channa"), ("ហេង សុខា", "Heng Sokha"), ("គឹម ស្រីមុំ", "Kim Sreymom"),
     ("အောင်ကျော်မင်း", "Aung Kyaw Min"), ("ခင်မာ", "Khin Mar"), ("ထွန်းထွန်း", "Htun Htun"),
     ("ဦး\u1025\u102e\u1038", "U U")],
)  # fmt: skip
def test_names_read_in_their_customary_spelling(name: str, reading: str) -> None:
    assert latin(name) == reading


@pytest.mark.parametrize("name", ["ផ្កាឈូក", "ကျွန်တော်", "សុខ ផ្កា"])
def test_no_reading_when_a_syllable_is_unknown(name: str) -> None:
    assert latin(name) == ""  # a guessed reading would be shown and found wrongly


@pytest.mark.parametrize(
    ("query", "who"),
    [("channa", "ចាន់ណា"), ("sok channa", "ចាន់ណា"), ("kyaw", "အောင်ကျော်မင်း"), ("aung kyaw min", "အောင်ကျော်မင်း")],
)
def test_search_finds_the_reading(db: Database, query: str, who: str) -> None:
    with db.transaction() as s:
        ids = {
            "ចាន់ណា": cs.create_contact(s, given_name="ចាន់ណា", family_name="សុខ").id,
            "အောင်ကျော်မင်း": cs.create_contact(s, given_name="အောင်ကျော်မင်း", family_name="").id,
        }
        cs.create_contact(s, given_name="Channing", family_name="Tatum")
    with db.reading() as s:
        found = [r.entity_id for r in search.search(s, query, kind=search.CONTACT)]
    assert ids[who] in found
    assert not set(found) & (set(ids.values()) - {ids[who]})


def test_the_list_row_shows_the_reading_in_both_languages(db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, given_name="အောင်ကျော်မင်း", family_name="")
        cs.create_contact(s, given_name="ផ្កា", family_name="សុខ")  # unknown syllable: no reading
    with db.reading() as s:
        rows = {r.name("en"): r for r in search.search(s, "", kind=search.CONTACT)}
    assert {n: r.other_name("en") for n, r in rows.items()} == {"အောင်ကျော်မင်း": "Aung Kyaw Min", "ផ្កា សុខ": ""}
    assert rows["အောင်ကျော်မင်း"].other_name("zh_CN") == "Aung Kyaw Min"
