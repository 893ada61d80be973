"""0042_organisation_initials_keys: two-letter initials find organisations ("bj" for 北京…, "qh" for
清华…), as they find people (field test 47, defect 3: "bj" found no organisation at all), in a new
file and in one indexed before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database, code_heads, file_revisions, open_database
from petdesk.services import contacts, organisations, search
from tests.helpers.v1_upgraded import v1_at

V1_DB = Path(__file__).resolve().parents[1] / "data" / "petdesk_v1.sqlite"


def _found(db: Database, query: str, kind: str | None = search.ORGANISATION) -> list[str]:
    with db.reading() as s:
        return sorted(r.name_zh for r in search.search(s, query, kind=kind))


def test_two_initials_find_organisations_as_they_find_people(db: Database) -> None:
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="Beijing EPB", name_zh="北京市生态环境局")
        organisations.create_organisation(s, name_zh="清华大学环境学院", short_name_zh="清华环境")
        organisations.create_organisation(s, name_zh="中国环境科学研究院", short_name_zh="环科院")
        contacts.create_contact(s, family_name_zh="白", given_name_zh="杰")  # bj, a person
    assert _found(db, "bj") == ["北京市生态环境局"]
    assert _found(db, "qh") == ["清华大学环境学院"]
    assert _found(db, "hk") == ["中国环境科学研究院"]  # the short name's initials
    assert _found(db, "zg") == ["中国环境科学研究院"]
    assert _found(db, "bj", kind=None) == ["北京市生态环境局", "白杰"]
    assert _found(db, "bjs") == ["北京市生态环境局"]  # three letters, as before
    with db.reading() as s:
        assert search.check_index(s)


def _grams_by_entity(conn: sqlite3.Connection) -> dict[str, set[str]]:
    return {
        entity: set(grams.split())
        for entity, grams in conn.execute("SELECT entity_id, grams FROM search_entry").fetchall()
    }


def test_0042_adds_the_keys_to_organisation_entries_only(tmp_path: Path) -> None:
    path = tmp_path / "org_keys.sqlite"
    v1_at("0041_unaccented_letters", path)  # the first-schema file at that revision
    conn = sqlite3.connect(path)
    with conn:
        search._rebuild(conn)
        # Organisations' keys as an older code left them: all stale here, so that a rewrite shows.
        conn.execute("DELETE FROM search_gram WHERE is_org = 1")
        conn.execute("UPDATE search_entry SET grams = '' WHERE kind = 'organisation'")
    people_keys = conn.execute("SELECT * FROM search_gram ORDER BY gram, entry_id").fetchall()
    entries = conn.execute("SELECT id, entity_id, text FROM search_entry ORDER BY id").fetchall()
    conn.close()

    db = open_database(path)  # runs 0042_organisation_initials_keys
    try:
        assert file_revisions(db.engine) == code_heads()
        assert _found(db, "bj") == ["北京市人民政府"]
        assert _found(db, "qd") == ["青岛市人民政府"]
        with db.reading() as s:
            conn2 = search._dbapi(s)
            migrated = _grams_by_entity(conn2)
            assert (
                conn2.execute("SELECT id, entity_id, text FROM search_entry ORDER BY id").fetchall()
                == entries
            )
            assert conn2.execute(
                "SELECT * FROM search_gram WHERE is_org = 0 ORDER BY gram, entry_id"
            ).fetchall() == [row for row in people_keys if row[1] == 0]
        with db.transaction() as s:  # once more: nothing to do
            assert search.refresh_organisation_grams(search._dbapi(s)) == 0
        with db.transaction() as s:
            search.rebuild_search_index(s)
        with db.reading() as s:
            assert _grams_by_entity(search._dbapi(s)) == migrated
    finally:
        db.close()
