"""Search entries written many rows to a statement (issue 17, search63) hold what one statement a row
wrote: the same rows, the same FTS5 index (its integrity check against ``search_entry`` passes),
and every character of a text, a NUL included (SQLite's JSON functions end a string there)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from petdesk.db import Database
from petdesk.services import contacts, search, tag_removal

_QUERIES = ("xzzq", "extra3", "ing", "shanghai", "beijing", "环境保护", "有限公司")

_MATCH = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid"


class _Counted:
    """A connection that counts the statements it runs (``executemany`` runs one a row)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn, self.statements = conn, 0

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        self.statements += 1
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> sqlite3.Cursor:
        rows = list(rows)
        self.statements += len(rows)
        return self.conn.executemany(sql, rows)


def _copy(template: Path, path: Path) -> sqlite3.Connection:
    shutil.copy(template, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    return conn


def _index(conn: sqlite3.Connection) -> tuple[list[tuple], dict[str, list[int]]]:
    """The entries and what the FTS5 index finds for a few queries, after its integrity check."""
    conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
    rows = conn.execute("SELECT * FROM search_entry ORDER BY id").fetchall()
    hits = {q: [r[0] for r in conn.execute(_MATCH, [search.trigram_query(q)])] for q in _QUERIES}
    return rows, hits


def _organisation_texts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """A new text for each organisation's entry, as a migration rewriting texts would give."""
    rows = conn.execute("SELECT id, text FROM search_entry WHERE kind = 'organisation' ORDER BY id")
    return [(f"{text} ; extra{row_id % 7} ; xzzq", row_id) for row_id, text in rows]


def test_texts_written_in_one_statement_index_as_one_a_row(demo_template: Path, tmp_path: Path) -> None:
    batched, one_a_row = (
        _copy(demo_template, tmp_path / "a.sqlite"),
        _copy(demo_template, tmp_path / "b.sqlite"),
    )
    updates = _organisation_texts(batched)
    assert 10 < len(updates) <= 5000  # the path that keeps the FTS trigger
    counted = _Counted(batched)
    assert search._write_texts(counted, updates) == len(updates)  # type: ignore[arg-type]
    assert counted.statements == 1
    one_a_row.executemany("UPDATE search_entry SET text = ? WHERE id = ?", updates)
    written, expected = _index(batched), _index(one_a_row)
    assert written == expected
    assert written[1]["xzzq"] == sorted(row_id for _t, row_id in updates)


def test_a_text_holding_a_nul_keeps_every_character(demo_template: Path, tmp_path: Path) -> None:
    conn = _copy(demo_template, tmp_path / "a.sqlite")
    updates = _organisation_texts(conn)
    updates[3] = ("before\x00after ; xzzq", updates[3][1])
    updates[5] = ("a backslash: \\u0000 ; xzzq", updates[5][1])  # looks like a NUL in JSON
    counted = _Counted(conn)
    search._write_texts(counted, updates)  # type: ignore[arg-type]
    assert counted.statements == 2  # the NUL's row alone, the others together
    written = dict(conn.execute("SELECT id, text FROM search_entry WHERE kind = 'organisation'"))
    assert written == {row_id: text for text, row_id in updates}
    _index(conn)


def test_an_entry_of_a_name_holding_a_nul_keeps_every_character(db: Database) -> None:
    with db.transaction() as s:
        person = contacts.create_contact(s, family_name="Ab\x00cd", given_name="Zed")
    with db.reading() as s:
        conn = search._dbapi(s)
        built = search._contact_entries(conn, [person.id])[0].text
        stored = conn.execute("SELECT text FROM search_entry WHERE entity_id = ?", [person.id]).fetchone()[0]
        assert "\x00" in built
        assert stored == built
        assert search.check_index(s)


def test_tag_removal_writes_a_text_holding_a_nul_whole(demo_template: Path, tmp_path: Path) -> None:
    conn = _copy(demo_template, tmp_path / "a.sqlite")
    row_id, tags, grams = conn.execute(
        "SELECT id, tags, grams FROM search_entry WHERE kind = 'contact' ORDER BY id LIMIT 1"
    ).fetchone()
    text = "wang\x00fang ; xzzq"
    tag_removal.write_entries(conn, [(text, tags, grams, 5, row_id)])
    assert conn.execute("SELECT text, updated_at FROM search_entry WHERE id = ?", [row_id]).fetchone() == (
        text,
        5,
    )
    _index(conn)
