"""``0058_umlaut_spellings``: a file indexed before the index held a name's umlauts written ae, oe, ue
("mueller" for Müller) is re-indexed for the people and organisations with an umlaut, and only them;
the query is no longer widened, so without the migration such a file would not find them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
from petdesk.services import search
from tests.helpers.old_files import marked_at, set_back_to


def _create(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        liga = os_.create_organisation(s, name_en="Grüne Liga Sachsen e.V.")
        ids = {
            "müller": cs.create_contact(s, given_name="Laura", family_name="Müller").id,
            "mac": cs.create_contact(s, given_name="Jonas", family_name="Mu\u0308ller").id,
            "bülow": cs.create_contact(
                s, given_name="Friedrich", family_name="von Bülow", organisation_id=liga.id
            ).id,
            "schmidt": cs.create_contact(s, given_name="Paul", family_name="Schmidt").id,
            "liga": liga.id,
        }
        os_.create_organisation(s, name_en="Green Tech Ltd")
        gone = cs.create_contact(s, given_name="Jörg", family_name="Jölsen").id
        cs.delete_contacts(s, [gone])
        return ids


def _old_file(path: Path) -> dict[str, str]:
    """A file as 0057's code indexed it: no e-spelling in any entry, nothing queued to mend it."""
    db = open_database(path)
    ids = _create(db)
    db.close()
    set_back_to(path, "0057_filing_names")  # that schema (later ones add columns)
    conn = sqlite3.connect(path)
    with conn:
        for entry_id, text in conn.execute("SELECT id, text FROM search_entry").fetchall():
            old = " ; ".join(part for part in text.split(" ; ") if "ue" not in part)  # "laura mueller"
            conn.execute("UPDATE search_entry SET text = ? WHERE id = ?", (old, entry_id))
        assert conn.execute("SELECT count(*) FROM search_entry WHERE text GLOB '*ue*'").fetchone()[0] == 0
        conn.execute("DELETE FROM search_dirty")
    conn.close()
    return ids


def _found(db: Database, query: str) -> set[str]:
    with db.reading() as s:
        return {r.entity_id for r in search.search(s, query)}


def test_0058_finds_the_old_entries_by_the_e_spelling(tmp_path: Path) -> None:
    path = tmp_path / "umlaut.sqlite"
    ids = _old_file(path)
    db = open_database(path)  # runs 0058
    try:
        assert _found(db, "mueller") == {ids["müller"], ids["mac"]}
        assert _found(db, "gruene liga") == {ids["liga"], ids["bülow"]}
        assert _found(db, "buelow") == {ids["bülow"]}
        with db.reading() as s:
            assert search.check_index(s)
    finally:
        db.close()


def test_without_0058_the_old_entries_miss_them(tmp_path: Path) -> None:
    """What the migration mends: the forged file, marked as upgraded, finds nobody by "mueller"."""
    path = tmp_path / "umlaut.sqlite"
    ids = _old_file(path)
    marked_at(path)  # the head
    db = open_database(path)
    try:
        assert _found(db, "mueller") == set()
        assert _found(db, "muller") == {ids["müller"], ids["mac"]}
    finally:
        db.close()


def test_0058_re_indexes_only_the_names_with_an_umlaut(db: Database) -> None:
    """Müller (both ways written), Bülow and the Grüne Liga; not Schmidt, Green Tech, the deleted Jölsen."""
    ids = _create(db)
    conn = sqlite3.connect(db.path, isolation_level=None)
    try:
        contact_ids, org_ids = search.with_umlauts(conn)
        assert search.reindex_umlaut_spellings(conn) == 4
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert sorted(contact_ids) == sorted([ids["müller"], ids["mac"], ids["bülow"]])
    assert org_ids == [ids["liga"]]


def test_0058_is_local() -> None:
    """A re-index changes only this office's file: packages name the revision before it."""
    from petdesk.sync.service import LOCAL_REVISIONS, content_revisions

    assert LOCAL_REVISIONS["0058_umlaut_spellings"] == "0057_filing_names"
    assert content_revisions(["0058_umlaut_spellings"]) == content_revisions(["0057_filing_names"])
