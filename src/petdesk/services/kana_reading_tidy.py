"""Contacts saved before a kana reading made a kanji name Japanese (field test 56, defect 1), marked
so once: 佐藤 浩 read さとう ひろし, stored with the name language "" (Chinese), kept the pinyin and
the transliteration order 浩·佐藤 until someone edited them.

The rule is the save's (``contacts._settle_native_language``): Han characters with a kana reading
are Japanese. Only a stored "" or "zh" changes (a "ko" came from a file that said Korean). The change
is an edit of this office, as :mod:`petdesk.services.honorific_tidy` records one: ``updated_at``,
field versions from the office's clock and a history line, so other offices receive it; an office
that runs it itself writes the same value, which does not conflict. The update trigger queues the
people for the search index, which keys a Japanese name by its reading, not pinyin.
"""

from __future__ import annotations

import sqlite3

from petdesk.services import tagging
from petdesk.services.names_by_script import has_kana, language_of
from petdesk.stored_times import stored_time, utcnow

_TEMP = "temp.petdesk_kana_reading_tidy"

#: Native name in Han (no language said) with a non-ASCII reading: the few the rule may concern.
#: Not a deleted contact (its "edit" would travel to every office as a change log line, review 49,
#: finding 5), nor one with an open conflict on the name language: that is the user's to settle,
#: and recording this tidy as an edit would close it as "edited" unseen.
_CANDIDATES = (
    "SELECT id, coalesce(family_name_zh, '') || coalesce(given_name_zh, ''), "
    "coalesce(phonetic_family_name, '') || coalesce(phonetic_given_name, ''), "
    "coalesce(native_name_language, '') FROM contact "
    "WHERE deleted_at IS NULL AND coalesce(native_name_language, '') IN ('', 'zh') "
    "AND NOT EXISTS (SELECT 1 FROM sync_conflict c WHERE c.entity = 'contact' AND c.row_id = contact.id "
    "AND c.field = 'native_name_language' AND c.resolved_at IS NULL) "
    "AND coalesce(family_name_zh, '') || coalesce(given_name_zh, '') != '' "
    "AND coalesce(phonetic_family_name, '') || coalesce(phonetic_given_name, '') GLOB '*[^ -~]*'"
)


def japanese_by_reading(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(id, stored language, "ja") of each contact whose kana reading makes the name Japanese."""
    return [
        (cid, stored, "ja")
        for cid, native, reading, stored in conn.execute(_CANDIDATES)
        if has_kana(reading) and language_of(native, "ja") == "ja"
    ]


def mark_kana_readings_japanese(conn: sqlite3.Connection) -> int:
    """Store "ja" for :func:`japanese_by_reading`, in the caller's transaction, recorded for sync;
    returns how many contacts changed."""
    rows = japanese_by_reading(conn)
    if not rows:
        return 0
    tagging._install_functions(conn)  # petdesk_new_id() for the history lines
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS petdesk_kana_reading_tidy (id TEXT PRIMARY KEY, old TEXT, new TEXT)"
    )
    conn.execute(f"DELETE FROM {_TEMP}")
    conn.executemany(f"INSERT INTO {_TEMP} (id, old, new) VALUES (?, ?, ?)", rows)
    now = stored_time(utcnow())
    conn.execute(
        f"UPDATE contact SET native_name_language = r.new, updated_at = ? FROM {_TEMP} r "
        "WHERE contact.id = r.id",
        [now],
    )
    tagging._capture_for_sync(conn, "contact", now, field="native_name_language", temp=_TEMP)
    conn.execute(f"DROP TABLE {_TEMP}")
    return len(rows)
