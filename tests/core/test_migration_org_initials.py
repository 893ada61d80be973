"""0032_organisation_initials: organisations are found by the initials of their Chinese names
("hbsw" for 汉堡水务技术有限公司, field test 9, defect 10), in a file indexed before, too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database, code_heads, file_revisions, open_database
from petdesk.services import contacts, names, organisations, search
from tests.helpers.v1_upgraded import v1_at

V1_DB = Path(__file__).resolve().parents[1] / "data" / "petdesk_v1.sqlite"


def _initials(name_zh: str) -> str:
    return names.initials(names.pinyin_syllables(name_zh, phrase=True))


def _found(db: Database, query: str) -> list[str]:
    with db.reading() as s:
        return [r.name_zh for r in search.search(s, query, kind=search.ORGANISATION)]


def test_organisations_are_found_by_the_initials_of_their_chinese_names(db: Database) -> None:
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="Hamburg Water Tech", name_zh="汉堡水务技术有限公司")
        organisations.create_organisation(s, name_zh="湖北省生态环境厅", short_name_zh="湖北生态环境厅")
        organisations.create_organisation(s, name_zh="深圳新视界环保科技有限公司")
        contacts.create_contact(s, family_name_zh="胡", given_name_zh="博思")  # hbs, a person
    assert _found(db, "hbsw") == ["汉堡水务技术有限公司"]
    assert _found(db, "szxsj") == ["深圳新视界环保科技有限公司"]
    assert _found(db, "hbsst") == ["湖北省生态环境厅"]
    assert _found(db, "hbsth") == ["湖北省生态环境厅"]  # the short name's initials
    assert _found(db, "hanbaoshuiwu") == ["汉堡水务技术有限公司"]  # full pinyin as before
    with db.reading() as s:
        assert search.check_index(s)


def test_0032_puts_the_initials_into_organisation_entries_only(tmp_path: Path) -> None:
    path = tmp_path / "org_initials.sqlite"
    v1_at("0031_foreign_honorifics", path)  # the first-schema file at that revision
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE organisation SET name_zh = '汉堡水务技术有限公司' WHERE name_en LIKE 'Bonn%'")
        search._rebuild(conn)
        # the text as the code before wrote it: without the initials words
        names_zh = dict(conn.execute("SELECT id, name_zh || ' ' || short_name_zh FROM organisation"))
        for row_id, entity_id, text in conn.execute(
            "SELECT id, entity_id, text FROM search_entry WHERE kind = 'organisation'"
        ).fetchall():
            initials = {_initials(n) for n in names_zh[entity_id].split()}
            parts = [p for p in text.split(" ; ") if p not in initials]
            conn.execute("UPDATE search_entry SET text = ? WHERE id = ?", [" ; ".join(parts), row_id])
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    old = dict(conn.execute("SELECT id, text FROM search_entry").fetchall())
    people = dict(conn.execute("SELECT id, text FROM search_entry WHERE kind = 'contact'").fetchall())
    conn.close()

    db = open_database(path)  # runs 0032_organisation_initials
    try:
        assert file_revisions(db.engine) == code_heads()
        assert _found(db, "hbsw") == ["汉堡水务技术有限公司"]
        assert _found(db, "bjsrm") == ["北京市人民政府"]
        with db.reading() as s:
            assert search.check_index(s)
            conn2 = search._dbapi(s)
            new = dict(conn2.execute("SELECT id, text FROM search_entry").fetchall())
            assert new.keys() == old.keys()
            assert {i: new[i] for i in people} == people  # people's entries untouched
            assert {i for i in new if new[i] != old[i]} == set(new) - set(people)  # every organisation
        with db.transaction() as s:  # once more: nothing to do
            assert search.refresh_organisation_name_texts(search._dbapi(s)) == 0
        with db.transaction() as s:
            search.rebuild_search_index(s)
        with db.reading() as s:
            rebuilt = set(search._dbapi(s).execute("SELECT text FROM search_entry").fetchall())
        assert rebuilt == {(t,) for t in new.values()}
    finally:
        db.close()
