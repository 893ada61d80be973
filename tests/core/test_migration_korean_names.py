"""0043_korean_names: a file indexed before the Hangul romaniser finds its Korean names by their
Latin spelling ("kim", "min-jun" for 김민준) once opened; only those entries are written again."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from petdesk.db import code_heads, file_revisions, make_upgrade_engine, open_database, upgrade
from petdesk.services import search
from tests.core.test_migration_rare_han_search import V1_DB
from tests.helpers.old_files import rewritten_by_later_reindexes


def test_0043_reindexes_only_the_hangul_names(tmp_path: Path) -> None:
    path = tmp_path / "korean.sqlite"
    shutil.copy(V1_DB, path)
    engine = make_upgrade_engine(path)
    upgrade(engine, "0042_organisation_initials_keys")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        (person,) = conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
        ).fetchone()
        conn.execute(
            "UPDATE contact SET family_name = '', given_name = '', family_name_zh = '김', "
            "given_name_zh = '민준' WHERE id = ?",
            [person],
        )
        search._rebuild(conn)
        # The index as 0042's code left it: every text stale here, so that a rewrite shows.
        conn.execute("UPDATE search_entry SET text = 'as before'")
        conn.execute("DELETE FROM search_dirty")
        later = rewritten_by_later_reindexes(conn)  # 0058 rewrites the names with an umlaut
        assert search.with_hangul_names(conn) == [person]
        before = conn.execute("SELECT count(*) FROM search_entry WHERE text LIKE '%kim%'").fetchone()
        assert before == (0,)
    conn.close()

    db = open_database(path)  # runs 0043_korean_names
    try:
        assert file_revisions(db.engine) == code_heads()
        with db.reading() as s:
            texts = dict(search._dbapi(s).execute("SELECT entity_id, text FROM search_entry").fetchall())
            assert {e for e, text in texts.items() if text != "as before"} - later == {person}
            for query in ("kim", "minjun", "min-jun", "김민준"):
                assert [r.entity_id for r in search.search(s, query, kind=search.CONTACT)] == [person], query
    finally:
        db.close()
