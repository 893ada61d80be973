"""0049_traditional_han: a file indexed before Traditional characters were keyed Simplified finds
張偉 by 张伟 and 臺北市環境保護局 by 台北 once opened; only those entries are written again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import code_heads, file_revisions, open_database
from petdesk.services import catalogue_search, search
from tests.helpers.v1_upgraded import v1_at


def test_0049_reindexes_only_the_traditional_names(tmp_path: Path) -> None:
    path = tmp_path / "traditional.sqlite"
    v1_at("0048_peer_schema", path)  # the first-schema file at that revision
    conn = sqlite3.connect(path)
    with conn:
        person, simplified_person = (
            r[0] for r in conn.execute("SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT 2")
        )
        org = conn.execute("SELECT id FROM organisation WHERE deleted_at IS NULL ORDER BY id").fetchone()[0]
        conn.execute("UPDATE contact SET family_name_zh = '張', given_name_zh = '偉' WHERE id = ?", [person])
        conn.execute(
            "UPDATE contact SET family_name_zh = '陈', given_name_zh = '志明' WHERE id = ?",
            [simplified_person],
        )
        conn.execute("UPDATE organisation SET name_zh = '臺北市環境保護局' WHERE id = ?", [org])
        search._rebuild(conn)
        # the index as the older code left it: texts and two-character keys as written
        conn.execute("UPDATE search_entry SET text = 'as before'")
        conn.execute("DELETE FROM search_gram")
        conn.execute("DELETE FROM search_dirty")
    conn.close()

    db = open_database(path)  # runs 0049_traditional_han
    try:
        assert file_revisions(db.engine) == code_heads()
        with db.reading() as s:
            texts = dict(search._dbapi(s).execute("SELECT entity_id, text FROM search_entry").fetchall())
            rewritten = {e for e, text in texts.items() if text != "as before"}
            assert {person, org} <= rewritten and simplified_person not in rewritten
            assert [r.entity_id for r in search.search(s, "张伟", kind=search.CONTACT)] == [person]
            found = search.search(s, "台北市环境保护局", kind=search.ORGANISATION)
            assert [r.entity_id for r in found] == [org]
            assert org in {r.entity_id for r in search.search(s, "台北", kind=search.ORGANISATION)}
            names = dict(search._dbapi(s).execute("SELECT entity_id, name_zh FROM search_entry").fetchall())
            assert names[person] == "張偉" and names[org] == "臺北市環境保護局"  # shown as entered
    finally:
        db.close()


def test_0049_rekeys_contact_methods_and_the_catalogue_written_traditional(tmp_path: Path) -> None:
    """A WeChat name or address in Traditional characters, and a technology's keys, as the older
    code keyed them as written: found by the Simplified once the file is opened."""
    path = tmp_path / "methods.sqlite"
    v1_at("0048_peer_schema", path)  # the first-schema file at that revision
    conn = sqlite3.connect(path)
    with conn:
        person, other = (
            r[0] for r in conn.execute("SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT 2")
        )
        conn.execute(
            "INSERT INTO contact_method (id, contact_id, channel, label, value, normalized, position, "
            "created_at, updated_at) VALUES ('m-wechat', ?, 'wechat', '', '臺灣夥伴張', '', 9, 1, 1)",
            [person],
        )
        conn.execute(
            "INSERT INTO technology (id, name_en, name_zh, sector, description_en, description_zh, "
            "key_figures_en, key_figures_zh, certifications, tags, licence, share_consent, source, "
            "created_at, updated_at) VALUES ('t-1', '', '污水處理膜技術', '', '', '', '', '', '[]', '[]', "
            "'', 0, '', 1, 1)"
        )
        search._rebuild(conn)
        catalogue_search.refresh_keys(conn)
        # the index and keys as the older code left them
        conn.execute("UPDATE search_entry SET text = 'as before'")
        conn.execute("DELETE FROM search_gram")
        conn.execute("DELETE FROM search_dirty")
        conn.execute("UPDATE catalogue_search SET text = 'as before', stamp = '2:1:'")
        conn.execute("DELETE FROM catalogue_dirty")
    conn.close()

    db = open_database(path)  # runs 0049_traditional_han
    try:
        with db.reading() as s:
            texts = dict(search._dbapi(s).execute("SELECT entity_id, text FROM search_entry").fetchall())
            assert texts[person] != "as before" and texts[other] == "as before"
            assert [r.entity_id for r in search.search(s, "台湾伙伴", kind=search.CONTACT)] == [person]
            (key,) = search._dbapi(s).execute("SELECT text FROM catalogue_search").fetchone()
            assert "污水处理膜技术" in key
    finally:
        db.close()
