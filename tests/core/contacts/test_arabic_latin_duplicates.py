"""A delegation's names in several Latin spellings (field test 118, Cairo): Mohamed El-Sayed,
Mohammed Al Sayed and Muhammad Elsayed were never shown as likely duplicates; Ahmed and Hamed,
Hassan and Hussein stay apart, and so do Western names."""

from __future__ import annotations

from petdesk import arabic_names
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import duplicates


def test_one_spelling_of_arabic_name_words() -> None:
    assert {arabic_names.latin_key(w) for w in ("mohamed", "mohammed", "muhammad", "mohammad")} == {"muhamad"}
    assert {arabic_names.latin_key(w) for w in ("elsayed", "alsayed", "sayed", "sayyid")} == {"sayad"}
    assert arabic_names.latin_key("abdelrahman") == arabic_names.latin_key("abdulrahman")
    assert arabic_names.latin_key("ahmed") != arabic_names.latin_key("hamed")
    assert arabic_names.latin_key("hassan") != arabic_names.latin_key("hussein")


def test_latin_spellings_of_one_arabic_name_are_likely_duplicates(db: Database) -> None:
    with db.transaction() as s:
        same = {
            cs.create_contact(s, given_name=g, family_name=f).id
            for g, f in (("Mohamed", "El-Sayed"), ("Mohammed", "Al Sayed"), ("Muhammad", "Elsayed"))
        }
        others = {
            cs.create_contact(s, given_name=g, family_name=f).id
            for g, f in (("Ahmed", "Hassan"), ("Hamed", "Hussein"), ("Elena", "Elsner"), ("Helena", "Elsnar"))
        }
    with db.reading() as s:
        found = duplicates.find_contact_duplicates(s)
    keys = {frozenset(p.key) for p in found}
    assert {frozenset((a, b)) for a in same for b in same if a < b} <= keys
    assert not any(k & others for k in keys)
