"""The English contacts list files a kanji-only Japanese name by its kana reading's Hepburn (佐藤 健 read
さとう けん as "sato ken", among the S names), as the dossier and the visit lists do, not by its kanji's
pinyin ("zuo teng" after Zhang); ``0066_japanese_sort`` re-indexes the people on file it concerns."""

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
            "sato": cs.create_contact(
                s,
                family_name_zh="佐藤",
                given_name_zh="健",
                phonetic_family_name="さとう",
                phonetic_given_name="けん",
                native_name_language="ja",
            ).id,
            "smith": cs.create_contact(s, given_name="Anna", family_name="Smith").id,
            "tanaka": cs.create_contact(s, given_name="Emi", family_name="Tanaka").id,
            "zhang": cs.create_contact(s, family_name_zh="张", given_name_zh="伟").id,
            # a Latin name of one's own files by it, whatever its reading
            "abe": cs.create_contact(s, given_name="Ken", family_name="Zed", phonetic_family_name="あべ").id,
        }
        gone = cs.create_contact(
            s, family_name_zh="鈴木", given_name_zh="一", phonetic_family_name="すずき"
        ).id
        cs.delete_contacts(s, [gone])
        return ids


def _english_order(db: Database) -> list[str]:
    with db.reading() as s:
        return [r.entity_id for r in search.search(s, "", kind=search.CONTACT, language="en")]


def test_the_english_list_files_a_kana_read_name_by_its_hepburn(db: Database) -> None:
    ids = _create(db)
    order = ["sato", "smith", "tanaka", "abe", "zhang"]  # Sato, Smith, Tanaka, Zed, Zhang
    assert _english_order(db) == [ids[k] for k in order]
    with db.reading() as s:  # the Chinese list keeps the kanji's pinyin: 张 before 佐藤
        zh = [r.entity_id for r in search.search(s, "", kind=search.CONTACT, language="zh")]
    assert zh.index(ids["zhang"]) < zh.index(ids["sato"])


def _old_file(path: Path) -> dict[str, str]:
    """A file as 0065's code indexed it: 佐藤 健 filed under his kanji's pinyin."""
    db = open_database(path)
    ids = _create(db)
    db.close()
    set_back_to(path, "0065_last_touch")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE search_entry SET sort_en = 'zuo teng' WHERE entity_id = ?", [ids["sato"]])
        conn.execute("DELETE FROM search_dirty")
    conn.close()
    return ids


def test_0066_files_the_old_entries_by_hepburn(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    db = open_database(path)
    try:
        assert _english_order(db)[0] == ids["sato"]
        with db.reading() as s:
            assert search.check_index(s)
    finally:
        db.close()


def test_without_0066_the_old_entries_file_by_pinyin(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    marked_at(path, "0066_japanese_sort")
    db = open_database(path)
    try:
        assert _english_order(db)[-1] == ids["sato"]
    finally:
        db.close()


def test_0066_re_indexes_only_the_names_it_concerns(db: Database) -> None:
    ids = _create(db)
    with db.reading() as s:
        conn = s.connection().connection.driver_connection
        assert search.with_japanese_sort(conn) == [ids["sato"]]


def test_0066_is_local() -> None:
    assert LOCAL_REVISIONS["0066_japanese_sort"] == "0065_last_touch"
