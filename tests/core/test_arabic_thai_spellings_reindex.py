"""``0060_arabic_thai_spellings``: a file indexed before the index held the Latin spellings of Arabic
and Thai names (and an Arabic name's folded vowels) is re-indexed for those people, and only them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import search
from petdesk.sync.service import LOCAL_REVISIONS
from tests.helpers.old_files import marked_at, set_back_to
from tests.helpers.reindex_lists import found


def _create(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        ids = {
            "siriporn": cs.create_contact(s, given_name="ศิริพร", family_name="วงศ์ใหญ่").id,
            "khalid": cs.create_contact(s, given_name="خالد", family_name="المنصوري").id,
            "almansoori": cs.create_contact(s, given_name="Saeed", family_name="Almansoori").id,
            "schmidt": cs.create_contact(s, given_name="Paul", family_name="Schmidt").id,
            "cooper": cs.create_contact(s, given_name="Mary", family_name="Cooper").id,
            "tang": cs.create_contact(s, given_name="Bin", family_name="Tang").id,
        }
        gone = cs.create_contact(s, given_name="สมชาย", family_name="ใจดี").id
        cs.delete_contacts(s, [gone])
        return ids


def _old_file(path: Path) -> dict[str, str]:
    """A file as 0058's code indexed it: the entries of the Arabic and Thai names without their Latin
    spellings (only their own script and plain letters), nothing queued to mend it."""
    db = open_database(path)
    ids = _create(db)
    db.close()
    set_back_to(path, "0058_umlaut_spellings")
    conn = sqlite3.connect(path)
    with conn:
        for entry_id, text in conn.execute("SELECT id, text FROM search_entry").fetchall():
            old = " ; ".join(
                p for p in text.split(" ; ") if not ("siri" in p or "mansu" in p or "mansou" in p)
            )
            conn.execute("UPDATE search_entry SET text = ? WHERE id = ?", (old, entry_id))
        conn.execute("DELETE FROM search_dirty")
    conn.close()
    return ids


def test_0060_finds_the_old_entries_by_their_latin_spellings(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    db = open_database(path)
    try:
        assert found(db, "siriporn") == {ids["siriporn"]}
        assert found(db, "mansuri") == {ids["khalid"], ids["almansoori"]}
        with db.reading() as s:
            assert search.check_index(s)
    finally:
        db.close()


def test_without_0060_later_reindexes_mend_the_thai_name_too(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    marked_at(path, "0060_arabic_thai_spellings")
    db = open_database(path)
    try:
        # "siriporn" and "mansuri" find them all the same: 0075 re-keys Arabic names again (field
        # test 118's spellings) and 0076 re-reads every Thai name (round 58's second look), so
        # test_0060_re_indexes_only_the_names_it_concerns shows 0060's part
        assert found(db, "siriporn") == {ids["siriporn"]}
    finally:
        db.close()


def test_0060_re_indexes_only_the_names_it_concerns(db: Database) -> None:
    ids = _create(db)
    with db.reading() as s:
        conn = s.connection().connection.driver_connection
        contact_ids, org_ids = search.with_arabic_thai_names(conn)
    assert set(contact_ids) == {ids["siriporn"], ids["khalid"], ids["almansoori"]}
    assert org_ids == []


def test_0060_is_local() -> None:
    assert LOCAL_REVISIONS["0060_arabic_thai_spellings"] == "0058_umlaut_spellings"
