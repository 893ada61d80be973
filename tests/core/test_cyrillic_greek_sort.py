"""An English list files a Cyrillic or Greek name by its Latin spelling (Ирина Петрова under P, not
after Zhou), as a reader of the list expects; an Arabic one too, letter for letter (round 51: محمد
as "mhmd", under M), and the Chinese list files them so as well."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import names, search
from tests.helpers.old_files import set_back_to

PEOPLE = (
    ("Adams", "Ann"), ("Петрова", "Ирина"), ("Zhou", "Li"), ("Olsen", "Per"), ("Quinn", "Mary"),
    ("Παπαδόπουλος", "Γιώργος"), ("Sergeev", "Ivan"), ("Сергеев", "Сергей"), ("محمد", "علي"),
)  # fmt: skip


def test_english_key_of_a_cyrillic_or_greek_name_is_its_latin_spelling() -> None:
    assert names.person_sort_key_en(family="Петрова", given="Ирина") == "petrova irina"
    assert names.person_sort_key_en(family="Παπαδόπουλος", given="Γιώργος") == "papadopoulos giorgos"
    assert names.person_sort_key_en(family="Сергеев", given="Сергей") == "sergeev sergey"  # й as "y"
    assert names.person_sort_key_en(family="Petrova", given="Ирина") == "petrova irina"
    assert names.person_sort_key_en(family="محمد", given="علي") == "mhmd ali"  # ع starting a word: "a"
    # the Chinese list files a name without Chinese by the same Latin letters (round 51)
    assert names.person_sort_key_zh(family="Петрова", given="Ирина") == "petrova irina"


def _families(rows: list[search.SearchRow], ids: dict[str, str]) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    return [by_id[r.entity_id] for r in rows]


def test_english_contacts_list_is_alphabetical_across_scripts(db: Database) -> None:
    with db.transaction() as s:
        ids = {f: cs.create_contact(s, family_name=f, given_name=g).id for f, g in PEOPLE}
    with db.transaction() as s:
        rows = search.search(s, "", kind=search.CONTACT, language="en", limit=20)
        backwards = search.search(s, "", kind=search.CONTACT, language="en", descending=True, limit=20)
    order = _families(rows, ids)
    assert order == [
        "Adams", "محمد", "Olsen", "Παπαδόπουλος", "Петрова", "Quinn", "Sergeev", "Сергеев", "Zhou"
    ]  # fmt: skip
    assert _families(backwards, ids) == order[::-1]


def test_typed_cyrillic_name_ranks_as_its_sort_key(db: Database) -> None:
    with db.transaction() as s:
        irina = cs.create_contact(s, family_name="Петрова", given_name="Ирина").id
        # files before her ("alekseeva …") and holds "петрова" too, but not where her key starts
        other = cs.create_contact(s, family_name="Алексеева", given_name="Петрова").id
    with db.transaction() as s:
        for typed in ("Петрова", "Петрова Ирина", "петр", "Petrova"):
            found = [r.entity_id for r in search.search(s, typed, kind=search.CONTACT)]
            assert found[0] == irina, typed
        assert [r.entity_id for r in search.search(s, "Алексеева", kind=search.CONTACT)] == [other]


def test_0050_gives_an_old_file_the_latin_sort_keys(tmp_path: Path) -> None:
    path = tmp_path / "sort.sqlite"
    db = open_database(path)
    with db.transaction() as s:
        ids = {f: cs.create_contact(s, family_name=f, given_name=g).id for f, g in PEOPLE}
    db.close()
    set_back_to(path, "0053_korean_spellings")  # undo the later revisions' columns
    conn = sqlite3.connect(path)
    with conn:
        # the file as 0049's code left it: the English keys as written
        for family, given in PEOPLE:
            old = f"{names.fold(family)} {names.fold(given)}"
            conn.execute("UPDATE search_entry SET sort_en = ? WHERE entity_id = ?", (old, ids[family]))
        conn.execute("DELETE FROM search_dirty")  # nothing queued: only the migration can mend them
        conn.execute("UPDATE alembic_version SET version_num = '0049_traditional_han'")
    conn.close()

    open_database(path).close()  # runs 0050 and 0051 again
    conn = sqlite3.connect(path)
    try:
        keys = dict(conn.execute("SELECT entity_id, sort_en FROM search_entry WHERE kind = 'contact'"))
    finally:
        conn.close()
    assert keys[ids["Петрова"]] == "petrova irina"
    assert keys[ids["Παπαδόπουλος"]] == "papadopoulos giorgos"
    assert keys[ids["Сергеев"]] == "sergeev sergey"
    assert keys[ids["محمد"]] == "mhmd ali"  # and 0057 files the Arabic one by its letters
