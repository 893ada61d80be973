"""0050_kana_readings leaves deleted contacts and open conflicts on the name language alone (review 49,
finding 5): a tombstone's "edit" travelled to every office, and the open conflict was closed as
"edited" though no one edited it. It also files a Traditional-written Chinese-only name by the pinyin
an English list shows for it (單偉 "Shan Wei" under S, not "dan"; finding 8)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from petdesk.db import make_upgrade_engine, open_database, upgrade
from tests.core.test_migration_honorifics import V1_DB

#: id's place -> (family_zh, given_zh, reading family, reading given)
_PEOPLE = {
    "live": ("佐藤", "浩", "さとう", "ひろし"),  # changed, as before
    "deleted": ("加藤", "結衣", "かとう", "ゆい"),
    "conflict": ("鈴木", "一郎", "すずき", "いちろう"),
    "shan": ("單", "偉", "", ""),  # Chinese-only, Traditional
}


def test_0050_leaves_the_deleted_and_the_conflicted_alone(tmp_path: Path) -> None:
    path = tmp_path / "kana.sqlite"
    shutil.copy(V1_DB, path)
    engine = make_upgrade_engine(path)
    upgrade(engine, "0049_traditional_han")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM contact ORDER BY id LIMIT ?", (len(_PEOPLE),))]
        who = dict(zip(_PEOPLE, ids, strict=True))
        for key, (fam, giv, read_fam, read_giv) in _PEOPLE.items():
            conn.execute(
                "UPDATE contact SET family_name = '', given_name = '', family_name_zh = ?, "
                "given_name_zh = ?, phonetic_family_name = ?, phonetic_given_name = ?, "
                "native_name_language = '' WHERE id = ?",
                (fam, giv, read_fam, read_giv, who[key]),
            )
        conn.execute(
            "UPDATE contact SET deleted_at = '2026-11-30 10:00:00.000000' WHERE id = ?", (who["deleted"],)
        )
        conn.execute(
            "INSERT INTO sync_conflict (id, entity, row_id, field, kind, winner_value, winner_hlc, "
            "winner_office, loser_value, loser_hlc, loser_office, detected_at, resolution) "
            "VALUES ('c1', 'contact', ?, 'native_name_language', 'field', '\"\"', '1', 'a', '\"zh\"', "
            "'0', 'b', '2026-11-30 10:00:00.000000', '')",
            (who["conflict"],),
        )
        # the key the index wrote for 單偉 before: 單 read as written, "dan"
        conn.execute(
            "UPDATE search_entry SET sort_en = 'dan wei' WHERE kind = 'contact' AND entity_id = ?",
            (who["shan"],),
        )
        updated = dict(conn.execute("SELECT id, updated_at FROM contact").fetchall())
    conn.close()

    open_database(path).close()  # runs 0050_kana_readings
    conn = sqlite3.connect(path)
    try:
        rows = dict(conn.execute("SELECT id, native_name_language FROM contact").fetchall())
        assert {key: rows[who[key]] for key in ("live", "deleted", "conflict")} == {
            "live": "ja",
            "deleted": "",
            "conflict": "",
        }
        changed = {i for i, u in conn.execute("SELECT id, updated_at FROM contact") if u != updated[i]}
        assert who["deleted"] not in changed and who["conflict"] not in changed
        logged = {
            r[0] for r in conn.execute("SELECT row_id FROM sync_change WHERE field = 'native_name_language'")
        }
        assert logged == {who["live"]}  # no tombstone's change travels
        open_conflict = conn.execute(
            "SELECT resolved_at, resolution FROM sync_conflict WHERE id = 'c1'"
        ).fetchone()
        assert open_conflict == (None, "")
        (sort_en,) = conn.execute(
            "SELECT sort_en FROM search_entry WHERE kind = 'contact' AND entity_id = ?", (who["shan"],)
        ).fetchone()
        assert sort_en == "shan wei"
    finally:
        conn.close()
