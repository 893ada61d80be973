"""0050_kana_readings: a file at 0049 whose kanji names with a kana reading were saved Chinese (before
field test 56's fix) is upgraded to Japanese, recorded as an edit of this office (so it travels)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from petdesk.db import code_heads, file_revisions, make_upgrade_engine, open_database, upgrade
from petdesk.services import names
from petdesk.sync.service import LOCAL_REVISIONS, content_revisions
from tests.core.test_migration_honorifics import V1_DB

#: id's place -> (family_zh, given_zh, reading family, reading given, stored language)
_PEOPLE = {
    "sato": ("佐藤", "浩", "さとう", "ひろし", ""),  # the defect: kanji, hiragana reading, Chinese
    "kato": ("加藤", "結衣", "カトウ", "ユイ", "zh"),  # katakana reading, said Chinese by a file
    "zhang": ("张", "伟", "Zhang", "Wei", ""),  # a pinyin reading says nothing
    "kim": ("金", "敏俊", "キム", "", "ko"),  # a file said Korean: kept
}


def test_0050_marks_kanji_names_with_a_kana_reading_japanese_as_an_edit(tmp_path: Path) -> None:
    path = tmp_path / "kana.sqlite"
    shutil.copy(V1_DB, path)
    engine = make_upgrade_engine(path)
    upgrade(engine, "0049_traditional_han")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM contact ORDER BY id LIMIT ?", (len(_PEOPLE),))]
        who = dict(zip(_PEOPLE, ids, strict=True))
        for key, (fam, giv, read_fam, read_giv, language) in _PEOPLE.items():
            conn.execute(
                "UPDATE contact SET family_name_zh = ?, given_name_zh = ?, phonetic_family_name = ?, "
                "phonetic_given_name = ?, native_name_language = ? WHERE id = ?",
                (fam, giv, read_fam, read_giv, language, who[key]),
            )
        clock = conn.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()
        updated = dict(conn.execute("SELECT id, updated_at FROM contact").fetchall())
        queued_before = conn.execute("SELECT coalesce(max(seq), 0) FROM search_dirty").fetchone()[0]
    conn.close()

    db = open_database(path)  # runs 0050_kana_readings
    try:
        assert file_revisions(db.engine) == code_heads()
    finally:
        db.close()
    conn = sqlite3.connect(path)
    try:
        rows = {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT id, native_name_language, updated_at, family_name, given_name, name_order "
                "FROM contact"
            )
        }
        languages = {key: rows[who[key]][0] for key in _PEOPLE}
        assert languages == {"sato": "ja", "kato": "ja", "zhang": "", "kim": "ko"}
        assert {i for i, r in rows.items() if r[1] != updated[i]} == {who["sato"], who["kato"]}
        sato = rows[who["sato"]]
        shown = names.person_display_name(
            "zh_CN", family=sato[2] or "", given=sato[3] or "", order=sato[4],
            family_zh="佐藤", given_zh="浩", native_name_language=sato[0],
        )  # fmt: skip
        assert shown == "佐藤浩"  # not the transliteration order 浩·佐藤
        new_clock = conn.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()
        assert clock is None or new_clock > clock
        logged = conn.execute(
            "SELECT row_id, old_value, new_value FROM sync_change WHERE field = 'native_name_language' "
            "ORDER BY row_id"
        ).fetchall()
        assert logged == sorted([(who["sato"], '""', '"ja"'), (who["kato"], '"zh"', '"ja"')])
        queued = conn.execute(
            "SELECT DISTINCT entity_id FROM search_dirty WHERE kind = 'contact' AND seq > ?", (queued_before,)
        ).fetchall()
        assert sorted(r[0] for r in queued) == sorted([who["sato"], who["kato"]])  # keyed by the reading now
    finally:
        conn.close()


def test_0050_changes_no_schema_packages_carry() -> None:
    assert content_revisions(["0050_kana_readings"]) == content_revisions(["0049_traditional_han"])
    assert LOCAL_REVISIONS["0050_kana_readings"] == "0049_traditional_han"
