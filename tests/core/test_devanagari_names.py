"""A name in Devanagari (प्रिया शर्मा) is found and filed by its plain Latin spelling ("priya sharma",
Hunterian without diacritics), as Cyrillic and Greek names are; Thai and Arabic are filed letter for
letter since round 51, but not found so (field test 67 left "somchai" finding สมชาย only through the
e-mail address; still so without a recorded Latin reading)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.db import Database, open_database
from petdesk.romanise import devanagari_latin
from petdesk.services import contacts as cs
from petdesk.services import names, search
from tests.helpers.old_files import set_back_to


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        ("प्रिया शर्मा", "priya sharma"), ("राहुल गुप्ता", "rahul gupta"), ("लक्ष्मी", "lakshmi"),
        ("शंकर", "shankar"), ("आदित्य", "aditya"), ("कृष्ण", "krishna"), ("ज़ाकिर", "zakir"),
        ("सुनीता देवी", "sunita devi"), ("Anna शर्मा", "Anna sharma"),
    ],
)  # fmt: skip
def test_devanagari_in_plain_latin_letters(written: str, latin: str) -> None:
    assert devanagari_latin(written) == latin


def test_english_key_of_a_devanagari_name_is_its_latin_spelling() -> None:
    assert names.person_sort_key_en(family="शर्मा", given="प्रिया") == "sharma priya"
    assert names.person_sort_key_en(family="ใจดี", given="สมชาย") == "chaidi smchay"  # Thai letter for letter
    assert names.organisation_sort_key_en(name_en="भारतीय प्रौद्योगिकी संस्थान").startswith("bharatiy")


def _people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        return {
            family: cs.create_contact(s, family_name=family, given_name=given).id
            for family, given in (("शर्मा", "प्रिया"), ("Adams", "Ann"), ("Zhou", "Li"), ("Singh", "Ravi"))
        }


def test_a_latin_spelling_finds_the_person_and_the_list_files_her_under_s(db: Database) -> None:
    ids = _people(db)
    with db.transaction() as s:
        for query in ("priya sharma", "sharma", "Priya", "शर्मा"):
            assert [r.entity_id for r in search.search(s, query, kind=search.CONTACT)] == [ids["शर्मा"]], query
        order = [r.entity_id for r in search.search(s, "", kind=search.CONTACT)]
    assert order == [ids["Adams"], ids["शर्मा"], ids["Singh"], ids["Zhou"]]


def test_0052_gives_an_old_devanagari_entry_its_latin_spelling(tmp_path: Path) -> None:
    path = tmp_path / "hindi.sqlite"
    db = open_database(path)
    ids = _people(db)
    db.close()
    set_back_to(path, "0053_korean_spellings")  # undo the later revisions' columns
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE search_entry SET sort_en = 'शरम परय', text = 'परिया शरमा' WHERE entity_id = ?",
            (ids["शर्मा"],),
        )
        conn.execute("DELETE FROM search_dirty")  # nothing queued: only the migration can mend it
        conn.execute("UPDATE alembic_version SET version_num = '0051_finance_lead_investor_index'")
    conn.close()
    open_database(path).close()  # runs 0052
    conn = sqlite3.connect(path)
    try:
        key, text = conn.execute(
            "SELECT sort_en, text FROM search_entry WHERE entity_id = ?", (ids["शर्मा"],)
        ).fetchone()
    finally:
        conn.close()
    assert key == "sharma priya"
    assert "priya sharma" in text
