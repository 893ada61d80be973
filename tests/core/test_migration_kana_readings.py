"""0046_kana_readings: a file indexed before kana were romanised finds a stored reading (やまだ) and
a kana name by its romanisation ("sakura") once opened; only those entries are written again."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from petdesk.db import code_heads, file_revisions, make_upgrade_engine, open_database, upgrade
from petdesk.services import search
from tests.core.test_migration_rare_han_search import V1_DB
from tests.helpers.old_files import rewritten_by_later_reindexes


def test_0046_reindexes_only_the_names_with_kana(tmp_path: Path) -> None:
    path = tmp_path / "kana.sqlite"
    shutil.copy(V1_DB, path)
    engine = make_upgrade_engine(path)
    upgrade(engine, "0043_korean_names")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        first, second = (
            r[0] for r in conn.execute("SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT 2")
        )
        conn.execute(
            "UPDATE contact SET family_name_zh = '佐藤', given_name_zh = 'さくら' WHERE id = ?", [first]
        )
        conn.execute(
            "UPDATE contact SET phonetic_family_name = 'やまだ', phonetic_given_name = 'たろう' WHERE id = ?",
            [second],
        )
        search._rebuild(conn)
        conn.execute("UPDATE search_entry SET text = 'as before'")  # every text stale: a rewrite shows
        conn.execute("DELETE FROM search_dirty")
        later = rewritten_by_later_reindexes(conn)  # 0058 rewrites the names with an umlaut
    conn.close()

    db = open_database(path)  # runs 0046_kana_readings
    try:
        assert file_revisions(db.engine) == code_heads()
        with db.reading() as s:
            texts = dict(search._dbapi(s).execute("SELECT entity_id, text FROM search_entry").fetchall())
            assert {e for e, text in texts.items() if text != "as before"} - later == {first, second}
            assert [r.entity_id for r in search.search(s, "sakura", kind=search.CONTACT)] == [first]
            assert [r.entity_id for r in search.search(s, "やまだ", kind=search.CONTACT)] == [second]
    finally:
        db.close()
