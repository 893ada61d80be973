"""Stored honorifics of other languages ("Herr", "Frau", "Monsieur", "Señora" …) to Mr./Ms. and
先生/女士, as imports map them today (:mod:`petdesk.services.honorifics`).

People imported before that module kept the file's word, so a dossier printed "Herr". The clean-up
is an edit made by this office, like a bulk edit (:mod:`petdesk.services.bulk_edit`): the rows get
``updated_at`` and field versions from the office's clock and a line in their history, so the
other offices receive the new values (an office that cleans up the same people itself writes the
same values, which do not conflict). Only a value that is exactly such a word changes.

Set-based on the raw connection, for a million contacts: a temporary table of the spellings, one
scan of the contacts per column (no index on honorifics; a few thousand rows change), one
``UPDATE ... FROM`` and the sync history in SQL (``tagging._capture_for_sync``).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from petdesk.connection import begin_real_transaction, session_sqlite
from petdesk.services import tagging
from petdesk.services.honorifics import foreign_courtesy_spellings
from petdesk.stored_times import stored_time, utcnow

if TYPE_CHECKING:
    from petdesk.db import Database

_MAP = "temp.petdesk_honorific_map"
_TEMP = "temp.petdesk_honorific_tidy"
#: The honorific columns of a person and the language of the value each gets.
_COLUMNS = {"honorific_en": "en", "honorific_zh": "zh"}


def tidy_stored_honorifics(conn: sqlite3.Connection) -> int:
    """Map the foreign courtesy titles stored in contacts, in the caller's transaction; returns how
    many values changed."""
    tagging._install_functions(conn)  # petdesk_new_id() for the history lines
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS petdesk_honorific_map (word TEXT PRIMARY KEY, en TEXT, zh TEXT)"
    )
    conn.execute(f"DELETE FROM {_MAP}")
    conn.executemany(
        f"INSERT INTO {_MAP} (word, en, zh) VALUES (?, ?, ?)",
        [(word, h.en, h.zh) for word, h in foreign_courtesy_spellings().items()],
    )
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS petdesk_honorific_tidy (id TEXT PRIMARY KEY, old TEXT, new TEXT)"
    )
    changed = 0
    for column, language in _COLUMNS.items():
        conn.execute(f"DELETE FROM {_TEMP}")
        conn.execute(
            f"INSERT INTO {_TEMP} (id, old, new) SELECT c.id, c.{column}, m.{language} "
            f"FROM contact c JOIN {_MAP} m ON m.word = c.{column}"
        )
        found = int(conn.execute(f"SELECT count(*) FROM {_TEMP}").fetchone()[0])
        if not found:
            continue
        now = stored_time(utcnow())
        queued = conn.execute("SELECT coalesce(max(seq), 0) FROM search_dirty").fetchone()[0]
        conn.execute(
            f"UPDATE contact SET {column} = r.new, updated_at = ? FROM {_TEMP} r WHERE contact.id = r.id",
            [now],
        )
        # The update trigger queued each person for the search index, whose text holds no
        # honorific: unqueued again (4,000 people took 6 s to reindex for nothing).
        conn.execute("DELETE FROM search_dirty WHERE seq > ?", [queued])
        tagging._capture_for_sync(conn, "contact", now, field=column, temp=_TEMP)
        changed += found
    conn.execute(f"DROP TABLE {_TEMP}")
    conn.execute(f"DROP TABLE {_MAP}")
    return changed


def tidy_honorifics(db: Database) -> int:
    """:func:`tidy_stored_honorifics` in a transaction of its own; returns how many values changed."""
    with db.transaction() as session:
        conn = session_sqlite(session)
        begin_real_transaction(conn)
        return tidy_stored_honorifics(conn)
