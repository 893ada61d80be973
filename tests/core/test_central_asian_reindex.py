"""``0067_central_asian_spellings``: a file indexed before field test 82's spellings (Kazakh letters, "ye"
for a word's first е, Uzbek oʻ/gʻ without the ʻ, the middle name) and before the sort keys set a Romance
particle aside ("Oumar da Silva" under D, field test 87) nor "la" or "los" after "de" ("de la Torre"
under L, field test 90) is re-indexed for those records, and only them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import names, search
from petdesk.services import organisations as os_
from petdesk.sync.service import LOCAL_REVISIONS
from tests.helpers.old_files import marked_at, set_back_to
from tests.helpers.reindex_lists import found, listed_order

#: (family, given, middle) of the people the migration concerns, then of some it does not
PEOPLE = {
    "asel": ("Жұмабекова", "Әсел", ""),
    "yerzhan": ("Сейткали", "Ержан", ""),
    "aigerim": ("Смагулова", "Айгерим", "Нурлановна"),
    "gayrat": ("Toʻxtayev", "Gʻayrat", ""),
    "silva": ("da Silva", "Oumar", ""),
    "santos": ("dos Santos", "Maria", ""),
    "adams": ("Adams", "Anna", ""),
    "smith": ("Smith", "Paul", ""),
    "souza": ("de Souza", "Jean", ""),  # filed under S before round 53 already
    "torre": ("de la Torre Peña", "María", ""),
    "rios": ("de los Ríos", "Valentina", ""),
    "berg": ("van der Berg", "Jan", ""),  # filed under B before round 53 already
    "fontaine": ("La Fontaine", "Jean", ""),  # a capitalised "La" is the name's first word
    "dacosta": ("Da Costa", "Rui", ""),  # a capitalised particle files where it is written
    "ivan": ("Иванов", "Иван", ""),  # Cyrillic with no Kazakh letter nor a first е
}
#: where both lists file the Latin names: dos Santos and da Silva among the S names, beside de Souza,
#: de la Torre under T, de los Ríos under R
LATIN_ORDER = ["adams", "berg", "dacosta", "fontaine", "rios", "santos", "silva", "smith", "souza", "torre"]
#: the family names as the sort keys before round 53 read them: "da" a word of the name, as "Da" still is,
#: and "de" set aside but not the "la" after it
OLD_FAMILY = {"silva": "Da Silva", "santos": "Dos Santos", "torre": "la Torre Peña", "rios": "los Ríos"}
#: what finds each respelt record, which the old entry did not
NEW_FORMS = {"zhumabekova": "asel", "yerzhan": "yerzhan", "nurlanovna": "aigerim", "gayrat": "gayrat"}


def _create(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        ids = {
            key: cs.create_contact(s, family_name=family, given_name=given, middle_name=middle).id
            for key, (family, given, middle) in PEOPLE.items()
        }
        ids["uz"] = os_.create_organisation(s, name_en="Oʻzbekiston Energiya MChJ").id
        ids["acme"] = os_.create_organisation(s, name_en="Acme Recycling").id
        gone = cs.create_contact(s, family_name="da Cunha", given_name="Ana", middle_name="Beatriz").id
        cs.delete_contacts(s, [gone])
        return ids


def _old_key(key: str) -> str:
    """The sort key before round 53 (:data:`OLD_FAMILY`)."""
    return names.person_sort_key_en(family=OLD_FAMILY[key], given=PEOPLE[key][1])


def _old_file(path: Path) -> dict[str, str]:
    """A file as 0066's code indexed it: no spellings of ұ, ә or a first е, no middle name, Uzbek names
    only with their ʻ, da Silva and dos Santos filed under D, de la Torre and de los Ríos under L;
    nothing queued."""
    db = open_database(path)
    ids = _create(db)
    db.close()
    set_back_to(path, "0066_japanese_sort")
    new_segments = ("yerzhan", "нурлановна", "nurlanovna", "gayrat", "ozbekiston")
    conn = sqlite3.connect(path)
    with conn:
        for entry_id, text in conn.execute("SELECT id, text FROM search_entry").fetchall():
            kept = [part for part in text.split(" ; ") if not any(new in part for new in new_segments)]
            old = " ; ".join(kept)
            for new, was in (("zhumabekova", "zhұmabekova"), ("jumabekova", "jұmabekova"), ("asel", "әsel")):
                old = old.replace(new, was)
            conn.execute("UPDATE search_entry SET text = ? WHERE id = ?", (old, entry_id))
        for key in OLD_FAMILY:
            conn.execute(
                "UPDATE search_entry SET sort_en = ?1, sort_zh = ?1 WHERE entity_id = ?2",
                (_old_key(key), ids[key]),
            )
        conn.execute("DELETE FROM search_dirty")
    conn.close()
    return ids


def test_both_lists_file_a_lower_case_romance_particle_aside(db: Database) -> None:
    ids = _create(db)
    assert listed_order(db, ids, LATIN_ORDER, "en") == LATIN_ORDER
    assert listed_order(db, ids, LATIN_ORDER, "zh") == LATIN_ORDER


def test_la_las_los_after_de_are_particles_and_a_capitalised_one_is_not() -> None:
    assert names.main_surname("de la Torre Peña") == "Torre Peña"
    assert names.main_surname("de las Casas") == "Casas"
    assert names.main_surname("del los Santos") == "Santos"
    assert names.main_surname("van den Bosch") == "Bosch"
    assert names.main_surname("von der Leyen") == "Leyen"
    assert names.main_surname("van der Berg") == "Berg"
    assert names.main_surname("de La Fontaine") == "La Fontaine"  # capitalised: part of the name
    assert names.main_surname("De la Torre") == "De la Torre"
    assert names.main_surname("la Rosa") == "la Rosa"  # "la" without "de" begins the name
    assert names.main_surname("da la Costa") == "la Costa"
    assert names.main_surname("de la") == "la"  # a main word is left
    key = names.person_list_key
    for lang in ("en", "zh"):
        assert key(lang, family="de la Torre", given="María") > key(lang, family="Sánchez", given="Ana")
        assert key(lang, family="La Fontaine", given="Jean") < key(lang, family="Lopez", given="Ana")


def test_0067_finds_and_files_the_old_entries(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    db = open_database(path)
    try:
        for query, key in NEW_FORMS.items():
            assert found(db, query) == {ids[key]}, query
        assert found(db, "ozbekiston") == {ids["uz"]}
        assert listed_order(db, ids, LATIN_ORDER, "en") == LATIN_ORDER
        assert listed_order(db, ids, LATIN_ORDER, "zh") == LATIN_ORDER
        with db.reading() as s:
            assert search.check_index(s)
    finally:
        db.close()


def test_without_0067_the_old_entries_miss_them(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old_file(path)
    marked_at(path, "0067_central_asian_spellings")
    db = open_database(path)
    try:
        for query in [*NEW_FORMS, "ozbekiston"]:
            assert found(db, query) == set(), query
        # The order is not 0067's alone to show any more: 0074 (particle filing) re-keys names with a
        # lower-case particle again ("da Silva", "dos Santos"), so only the searches tell here.
    finally:
        db.close()


def test_0067_re_indexes_only_the_records_it_concerns(db: Database) -> None:
    ids = _create(db)
    with db.reading() as s:
        conn = s.connection().connection.driver_connection
        contact_ids, org_ids = search.with_central_asian_spellings(conn)
    concerned = ("asel", "yerzhan", "aigerim", "gayrat", "silva", "santos", "torre", "rios")
    assert sorted(contact_ids) == sorted(ids[key] for key in concerned)
    assert org_ids == [ids["uz"]]


def test_0067_is_local() -> None:
    assert LOCAL_REVISIONS["0067_central_asian_spellings"] == "0066_japanese_sort"
