"""``0064_given_initials``: a file indexed before the index held a given name's initials ("WK Chan" for
Chan Wai Kin) and read 乾 as written is re-indexed for those people, and only them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import search
from petdesk.sync.service import LOCAL_REVISIONS
from tests.helpers.old_files import marked_at, set_back_to


def _create(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        ids = {
            "chan": cs.create_contact(s, given_name="Wai Kin", family_name="Chan").id,
            "qianlong": cs.create_contact(s, family_name_zh="乾", given_name_zh="隆").id,
            "schmidt": cs.create_contact(s, given_name="Paul", family_name="Schmidt").id,
        }
        gone = cs.create_contact(s, given_name="Ka Ming", family_name="Lee").id
        cs.delete_contacts(s, [gone])
        return ids


def _old_file(path: Path) -> dict[str, str]:
    """A file as 0062's code indexed it: no "wk" key for Wai Kin, 乾隆 spelt "gan", nothing queued."""
    db = open_database(path)
    ids = _create(db)
    db.close()
    set_back_to(path, "0062_attendance_mode")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM search_gram WHERE gram = 'wk'")
        for entry_id, text in conn.execute("SELECT id, text FROM search_entry").fetchall():
            conn.execute(
                "UPDATE search_entry SET text = ? WHERE id = ?", (text.replace("qian", "gan"), entry_id)
            )
        conn.execute("DELETE FROM search_dirty")
    conn.close()
    return ids


def _found(db: Database, query: str) -> set[str]:
    with db.reading() as s:
        return {r.entity_id for r in search.search(s, query)}


def test_0064_finds_the_old_entries_by_initials_and_qian(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    db = open_database(path)
    try:
        assert _found(db, "WK Chan") == {ids["chan"]}
        assert _found(db, "qianlong") == {ids["qianlong"]}
        with db.reading() as s:
            assert search.check_index(s)
    finally:
        db.close()


def test_without_0064_the_old_entries_miss_them(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old_file(path)
    marked_at(path, "0064_given_initials")
    db = open_database(path)
    try:
        assert _found(db, "WK Chan") == set()
        assert _found(db, "qianlong") == set()
    finally:
        db.close()


def test_0064_re_indexes_only_the_names_it_concerns(db: Database) -> None:
    ids = _create(db)
    with db.reading() as s:
        conn = s.connection().connection.driver_connection
        assert set(search.with_given_initials_or_qian(conn)) == {ids["chan"], ids["qianlong"]}


def test_0064_is_local() -> None:
    assert LOCAL_REVISIONS["0064_given_initials"] == "0062_attendance_mode"
