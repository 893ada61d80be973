"""Round 51: a name files under the same word in the contacts list as in a delegation list, whatever
its script. "Friedrich von Bülow" under B (DIN 5007-2: "Bülow, Friedrich von"; field test 74 found the
contacts list filing him under V), "Al-Mansoori" under M with the Arabic article set aside, and محمد
بن راشد by his recorded Latin reading, not after every Latin name (field test 75); "mansouri" finds
the Al-Mansoori spelt with "oo". ``0057_filing_names`` re-indexes the records an older file filed so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import lists, names, search
from tests.helpers.old_files import marked_at, set_back_to

#: (family, given, reading of the family name, of the given name): as field tests 74 and 75 typed them
PEOPLE = {
    "Anna Adams": ("Adams", "Anna", "", ""),
    "Friedrich von Bülow": ("von Bülow", "Friedrich", "", ""),
    "Khalid Al-Mansoori": ("Al-Mansoori", "Khalid", "", ""),
    "Khalid Al Mansouri": ("Al Mansouri", "Khalid", "", ""),
    "محمد بن راشد": ("بن راشد", "محمد", "bin Rashid", "Mohammed"),
    "สมชาย ใจดี": ("ใจดี", "สมชาย", "Jaidee", "Somchai"),
    "ศิริพร วงศ์ใหญ่": ("วงศ์ใหญ่", "ศิริพร", "", ""),  # no reading: letter for letter, "wnghaiy"
    "Paul Vogel": ("Vogel", "Paul", "", ""),
    "Zhou Li": ("Zhou", "Li", "", ""),
    "Ludwig Schmidt": ("Schmidt", "Ludwig", "", ""),  # none of it concerns him
}
#: the order both lists show them in: Bülow under B, Jaidee under J, Al-Mansoori under M …
ORDER = [
    "Anna Adams", "محمد بن راشد", "Friedrich von Bülow", "สมชาย ใจดี", "Khalid Al-Mansoori",
    "Khalid Al Mansouri", "Ludwig Schmidt", "Paul Vogel", "ศิริพร วงศ์ใหญ่", "Zhou Li",
]  # fmt: skip


def _create(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        return {
            name: cs.create_contact(
                s, family_name=f, given_name=g, phonetic_family_name=rf, phonetic_given_name=rg
            ).id
            for name, (f, g, rf, rg) in PEOPLE.items()
        }


def _listed(db: Database, ids: dict[str, str], language: str) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    with db.transaction() as s:
        return [by_id[r.entity_id] for r in search.search(s, "", kind=search.CONTACT, language=language)]


def test_keys_file_under_the_main_word_and_the_latin_reading() -> None:
    assert names.person_sort_key_en(family="von Bülow", given="Friedrich") == "bulow friedrich"
    assert names.person_sort_key_zh(family="von Bülow", given="Friedrich") == "bulow friedrich"
    assert names.person_sort_key_en(family="Al-Mansoori", given="Khalid") == "mansoori khalid"
    assert names.person_sort_key_en(family="el Sayed", given="Amr") == "sayed amr"
    assert names.person_sort_key_en(family="المنصوري", given="خالد") == "mnsuri khald"  # ال is "al-"
    # a word that only starts so, a capitalised particle, a lone particle: as written
    assert names.person_sort_key_en(family="Alvarez", given="Ana") == "alvarez ana"
    assert names.person_sort_key_en(family="Van Morrison", given="") == "van morrison"
    assert names.person_sort_key_en(family="Al", given="Ahmad") == "al ahmad"
    reading = {"reading_family": "bin Rashid", "reading_given": "Mohammed"}
    assert names.person_sort_key_en(family="بن راشد", given="محمد", **reading) == "bin rashid mohammed"
    assert names.person_sort_key_zh(family="بن راشد", given="محمد", **reading) == "bin rashid mohammed"
    # a reading of a Latin or Chinese name files nothing (a kana reading is not a Latin one)
    assert names.person_sort_key_en(family="Adams", given="Anna", reading_family="Zed") == "adams anna"


def test_contacts_list_and_delegation_list_agree_in_both_languages(db: Database) -> None:
    ids = _create(db)
    assert _listed(db, ids, "en") == ORDER
    assert _listed(db, ids, "zh_CN") == ORDER  # no Chinese names: the same Latin letters
    with db.transaction() as s:
        page = lists.contacts("en").page(s, offset=0, limit=20)
    by_id = {v: k for k, v in ids.items()}
    assert [by_id[row[0]] for row in page] == ORDER
    delegation = sorted(
        PEOPLE,
        key=lambda n: names.person_list_key(
            "en",
            family=PEOPLE[n][0],
            given=PEOPLE[n][1],
            reading_family=PEOPLE[n][2],
            reading_given=PEOPLE[n][3],
        ),
    )
    assert delegation == ORDER


def test_oo_and_ou_spellings_find_each_other(db: Database) -> None:
    ids = _create(db)
    both = {ids["Khalid Al-Mansoori"], ids["Khalid Al Mansouri"]}
    with db.transaction() as s:
        for query in ("mansouri", "mansoori", "Al-Mansoori", "khalid mansouri"):
            assert {r.entity_id for r in search.search(s, query, kind=search.CONTACT)} == both, query
        assert [r.entity_id for r in search.search(s, "bulow", kind=search.CONTACT)] == [
            ids["Friedrich von Bülow"]
        ]


def _old_file(path: Path) -> dict[str, str]:
    """A file as 0056's code indexed it: the keys written as the names are, "oo" names without "ou"."""
    db = open_database(path)
    ids = _create(db)
    db.close()
    set_back_to(path, "0056_housekeeping_log")  # that schema (later ones add columns)
    conn = sqlite3.connect(path)
    with conn:
        for name, (family, given, _rf, _rg) in PEOPLE.items():
            old = f"{names.fold(family)} {names.fold(given)}".lower()
            conn.execute(
                "UPDATE search_entry SET sort_en = ?, sort_zh = ?, "
                "text = replace(text, 'mansouri', 'mansoori') WHERE entity_id = ? AND entity_id <> ?",
                (old, old, ids[name], ids["Khalid Al Mansouri"]),
            )
        conn.execute("DELETE FROM search_dirty")  # nothing queued: only the migration can mend them
    conn.close()
    return ids


def test_0057_files_and_finds_the_old_entries_anew(tmp_path: Path) -> None:
    path = tmp_path / "filing.sqlite"
    ids = _old_file(path)
    db = open_database(path)  # runs 0057
    try:
        assert _listed(db, ids, "en") == ORDER
        assert _listed(db, ids, "zh_CN") == ORDER
        with db.transaction() as s:
            found = {r.entity_id for r in search.search(s, "mansouri", kind=search.CONTACT)}
        assert ids["Khalid Al-Mansoori"] in found
    finally:
        db.close()


def test_without_0057_the_old_entries_file_as_written(tmp_path: Path) -> None:
    """What the migration mends: the forged file, marked as upgraded, lists them as before."""
    path = tmp_path / "filing.sqlite"
    ids = _old_file(path)
    # the head: a later re-index (0058_umlaut_spellings, for Bülow) would mend some of them too
    marked_at(path)
    db = open_database(path)
    try:
        listed = _listed(db, ids, "en")
        assert listed.index("Friedrich von Bülow") > listed.index("Paul Vogel")  # under V
        assert set(listed[-3:]) == {"محمد بن راشد", "สมชาย ใจดี", "ศิริพร วงศ์ใหญ่"}  # after Zhou
    finally:
        db.close()


def test_0057_re_indexes_only_the_names_it_concerns(db: Database) -> None:
    """Not Adams, Vogel, Zhou, Schmidt, nor a deleted Al-Mansoori; everyone else in PEOPLE."""
    ids = _create(db)
    with db.transaction() as s:
        cs.delete_contacts(s, [cs.create_contact(s, family_name="Al-Mansoori", given_name="Saeed").id])
    conn = sqlite3.connect(db.path, isolation_level=None)
    try:
        contact_ids, org_ids = search.with_filing_names(conn)
        assert search.reindex_filing_names(conn) == 6
        conn.execute("COMMIT")
    finally:
        conn.close()
    by_id = {v: k for k, v in ids.items()}
    assert sorted(by_id[i] for i in contact_ids) == sorted(
        set(PEOPLE) - {"Anna Adams", "Paul Vogel", "Zhou Li", "Ludwig Schmidt"}
    )
    assert org_ids == []


def test_0057_is_local() -> None:
    """A re-index changes only this office's file: packages name the revision before it."""
    from petdesk.sync.service import LOCAL_REVISIONS, content_revisions

    assert LOCAL_REVISIONS["0057_filing_names"] == "0056_housekeeping_log"
    assert content_revisions(["0057_filing_names"]) == content_revisions(["0056_housekeeping_log"])


def test_a_name_starting_with_ain_files_under_a() -> None:
    """علي (Ali), عمر (Omar), عبدالله (Abdullah) with no recorded reading: the letter-for-letter key
    left ع out and filed them "li", "mr", "bdallh", under L, M and B; it starts a word as "a"."""
    assert names.person_sort_key_en(family="علي", given="") == "ali"
    assert names.person_sort_key_en(family="العلي", given="عمر") == "ali amr"  # the article set aside
    assert names.person_sort_key_zh(family="عبدالله", given="") == "abdallh"
    assert names.person_sort_key_en(family="سعيد", given="") == "sid"  # inside a word, as before


def test_the_article_run_into_a_listed_arabic_name_is_set_aside() -> None:
    """ "Almansoori" in one word filed under A; it files under M as "Al-Mansoori" does. Almeida,
    Alvarez, Albert, Alfonsi keep their A: the rest of the word is no Arabic name."""
    key = names.person_sort_key_en
    assert key(family="Almansoori", given="Khalid") == key(family="Al-Mansoori", given="Khalid")
    assert key(family="ALHAMMADI", given="Abdulrahman") == "hammadi abdulrahman"
    assert key(family="Almaktoum", given="Saeed") == "maktoum saeed"
    for family in ("Almeida", "Alvarez", "Albert", "Alfonsi", "Alder", "Elsner", "Almond"):
        assert key(family=family, given="Ana") == f"{family.lower()} ana", family
