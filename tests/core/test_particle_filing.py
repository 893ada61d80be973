"""Where a surname with a particle files, by the person's country (``names.PARTICLE_FIRST_COUNTRIES``):
South African (Afrikaans) and Belgian (Flemish) lists file it as written, "van der Merwe" under V beside
"le Roux" under L; Dutch and other lists under the main word ("Merwe, Pieter van der" under M). Before,
"van der Merwe" filed under M wherever its bearer came from, and "le Roux" under L: one name of each
kind in two places of a South African list. ``0074_particle_filing`` re-keys the people on file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import names, search, visits
from petdesk.services import organisations as os_
from petdesk.sync.service import LOCAL_REVISIONS, content_revisions
from tests.helpers.old_files import marked_at, set_back_to
from tests.helpers.reindex_lists import listed_order

#: key: (family, given, nationality); "pretoria" works for a South African organisation
PEOPLE = {
    "merwe_za": ("van der Merwe", "Pieter", "ZA"),
    "roux_za": ("le Roux", "Anna", "ZA"),
    "merwe_nl": ("van der Merwe", "Jan", "NL"),
    "smet_be": ("de Smet", "Lieven", "BE"),
    "pretoria": ("van Wyk", "Johan", ""),
    "berg_de": ("von Berg", "Karl", "DE"),
    "kruger": ("Kruger", "Elsa", "ZA"),
    "nel": ("Nel", "Koos", "ZA"),
    "smith": ("Smith", "Mary", "GB"),
}
#: in both lists: the South African and Belgian particles where they are written (d, l, v), the
#: Dutch and German ones by the main word (Berg under B, Merwe under M)
ORDER = ["berg_de", "smet_be", "kruger", "roux_za", "merwe_nl", "nel", "smith", "merwe_za", "pretoria"]


def test_the_country_decides_where_a_particle_files() -> None:
    def en(family: str, country: str) -> str:
        return names.person_sort_key_en(family=family, given="", country=country)

    assert en("van der Merwe", "ZA").startswith("van der merwe")
    assert en("le Roux", "ZA").startswith("le roux")
    assert en("van der Merwe", "NL").startswith("merwe")
    assert en("van der Merwe", "").startswith("merwe")
    assert en("de Smet", "BE").startswith("de smet")
    assert names.person_list_key("en", family="van der Merwe", given="Pieter", country="ZA").startswith("van")
    assert names.family_name_key("van der Merwe", "Pieter", country="NA")[0].startswith("van")


def _create(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        ids = {
            key: cs.create_contact(s, family_name=family, given_name=given, nationality=nat).id
            for key, (family, given, nat) in PEOPLE.items()
        }
        org = os_.create_organisation(s, name_en="City of Tshwane", country="ZA").id
        cs.add_affiliation(s, ids["pretoria"], org)
        return ids


def test_both_lists_file_by_the_persons_country(db: Database) -> None:
    ids = _create(db)
    assert listed_order(db, ids, ORDER, "en") == ORDER
    assert listed_order(db, ids, ORDER, "zh_CN") == ORDER


def test_a_visits_people_file_by_their_country(db: Database) -> None:
    ids = _create(db)
    with db.reading() as s:
        people = [cs.get_contact(s, ids[key]) for key in ORDER]
        listed = sorted(people, key=lambda c: visits.contact_list_key(c, "en"))
        assert [c.id for c in listed] == [ids[key] for key in ORDER]


def _old_file(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """A file as 0073's code indexed it: every particle set aside; nothing queued to mend it."""
    db = open_database(path)
    ids = _create(db)
    db.close()
    set_back_to(path, "0073_khmer_myanmar_readings")
    conn = sqlite3.connect(path)
    before: dict[str, str] = {}
    with conn:
        for key, (family, given, _nat) in PEOPLE.items():
            old = names.person_sort_key_en(family=family, given=given)
            conn.execute("UPDATE search_entry SET sort_en = ? WHERE entity_id = ?", (old, ids[key]))
        conn.execute("DELETE FROM search_dirty")
        for key in PEOPLE:
            before[key] = conn.execute(
                "SELECT * FROM search_entry WHERE entity_id = ?", (ids[key],)
            ).fetchone()
    conn.close()
    return ids, before


def test_0074_re_keys_only_the_people_whose_key_changes(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids, before = _old_file(path)
    db = open_database(path)
    try:
        assert listed_order(db, ids, ORDER, "en") == ORDER
        with db.reading() as s:
            assert search.check_index(s)
            conn = s.connection().connection.driver_connection
            rows = {
                k: tuple(conn.execute("SELECT * FROM search_entry WHERE entity_id = ?", (ids[k],)).fetchone())
                for k in PEOPLE
            }
    finally:
        db.close()
    changed = {k for k in PEOPLE if rows[k] != tuple(before[k])}
    assert changed == {"merwe_za", "smet_be", "pretoria"}


def test_without_0074_the_old_keys_stay(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids, _before = _old_file(path)
    marked_at(path, "0074_particle_filing")
    db = open_database(path)
    try:
        assert listed_order(db, ids, ORDER, "en") != ORDER
    finally:
        db.close()


def test_0074_is_local() -> None:
    assert LOCAL_REVISIONS["0074_particle_filing"] == "0073_khmer_myanmar_readings"
    # a package of a file at 0074 names the schema it carries, as one at 0073 does
    assert content_revisions(["0074_particle_filing"]) == content_revisions(["0073_khmer_myanmar_readings"])
