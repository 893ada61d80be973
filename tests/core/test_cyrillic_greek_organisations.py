"""An English list files an organisation named in Cyrillic or Greek by its Latin spelling (Московский
государственный университет under M, not after Zurich), and "moskovsky" finds it, as people's names
have been since field test 67 (round 50, names50); an Arabic one letter for letter since round 51
(جامعة القاهرة as "jama alqahra", under J)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.db import Database, open_database
from petdesk.romanise import spellings
from petdesk.services import contacts as cs
from petdesk.services import lists, names, search
from petdesk.services import organisations as os_
from tests.helpers.old_files import set_back_to

MOSCOW = "Московский государственный университет"
ATHENS = "Πανεπιστήμιο Αθηνών"
ORGS = ("Aalto University", MOSCOW, "Zurich Water Board", "Nanjing University", ATHENS, "جامعة القاهرة")
#: the English order: М as "moskovskiy", Π as "panepistimio", جامعة as "jama"
ENGLISH_ORDER = [
    "Aalto University", "جامعة القاهرة", MOSCOW, "Nanjing University", ATHENS, "Zurich Water Board"
]  # fmt: skip


def test_english_key_of_a_cyrillic_or_greek_organisation_is_its_latin_spelling() -> None:
    assert names.organisation_sort_key_en(name_en=MOSCOW) == "moskovskiy gosudarstvennyy universitet"
    assert names.organisation_sort_key_en(name_en=ATHENS) == "panepistimio athinon"
    assert names.organisation_sort_key_en(name_en="The Green Fund") == "green fund"
    assert names.organisation_sort_key_en(name_en="جامعة القاهرة") == "jama alqahra"


def test_english_ending_y_is_a_spelling_too() -> None:
    """-ий/-ый as English writes it (Dostoevsky, Moskovsky): a third spelling, the key keeps the first."""
    assert spellings("достоевскии", "достоевскиy") == ["dostoevskii", "dostoevskiy", "dostoevsky"]
    assert spellings("сергеи", "сергеy") == ["sergei", "sergey"]  # -ей is not an adjective's ending


def _create(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        return {name: os_.create_organisation(s, name_en=name).id for name in ORGS}


def test_english_organisation_lists_are_alphabetical_across_scripts(db: Database) -> None:
    ids = _create(db)
    by_id = {v: k for k, v in ids.items()}
    with db.transaction() as s:
        found = [by_id[r.entity_id] for r in search.search(s, "", kind=search.ORGANISATION, limit=20)]
        listed = [by_id[r[0]] for r in lists.organisations("en").page(s, offset=0, limit=20)]
    assert found == ENGLISH_ORDER
    assert listed == ENGLISH_ORDER


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("moskovsky", MOSCOW), ("moskovskiy", MOSCOW), ("Moskovskii universitet", MOSCOW),
        ("gosudarstvenny", MOSCOW), ("Московский", MOSCOW), ("panepistimio", ATHENS), ("athinon", ATHENS),
    ],
)  # fmt: skip
def test_a_latin_spelling_finds_the_organisation(db: Database, query: str, name: str) -> None:
    ids = _create(db)
    with db.transaction() as s:
        found = [r.entity_id for r in search.search(s, query, kind=search.ORGANISATION)]
    assert found == [ids[name]]


def test_0052_gives_an_old_file_the_latin_keys(tmp_path: Path) -> None:
    path = tmp_path / "orgs.sqlite"
    db = open_database(path)
    ids = _create(db)
    with db.transaction() as s:
        person = cs.create_contact(s, family_name="Достоевский", given_name="Фёдор").id
    db.close()
    set_back_to(path, "0053_korean_spellings")  # undo the later revisions' columns
    conn = sqlite3.connect(path)
    with conn:
        # the file as 0051's code left it: the English keys and texts as written
        for name, oid in ids.items():
            conn.execute(
                "UPDATE search_entry SET sort_en = ?, text = ? WHERE entity_id = ?",
                (names.fold(name), names.fold(name), oid),
            )
        conn.execute("UPDATE search_entry SET text = 'федор достоевскии' WHERE entity_id = ?", (person,))
        conn.execute("DELETE FROM search_dirty")  # nothing queued: only the migration can mend them
        conn.execute("UPDATE alembic_version SET version_num = '0051_finance_lead_investor_index'")
    conn.close()

    open_database(path).close()  # runs 0052
    conn = sqlite3.connect(path)
    try:
        rows = {
            oid: (key, text)
            for oid, key, text in conn.execute("SELECT entity_id, sort_en, text FROM search_entry")
        }
    finally:
        conn.close()
    assert rows[ids[MOSCOW]][0] == "moskovskiy gosudarstvennyy universitet"
    assert "moskovsky" in rows[ids[MOSCOW]][1]
    assert rows[ids[ATHENS]][0] == "panepistimio athinon"
    assert "dostoevsky" in rows[person][1]
    assert rows[ids["Aalto University"]] == ("aalto university", "aalto university")  # left as it was


def test_0052_is_local() -> None:
    """A re-index changes only this office's file: packages name the revision before it."""
    from petdesk.sync.service import LOCAL_REVISIONS, content_revisions

    assert LOCAL_REVISIONS["0052_romanised_names"] == "0051_finance_lead_investor_index"
    assert content_revisions(["0052_romanised_names"]) == content_revisions(
        ["0051_finance_lead_investor_index"]
    )
