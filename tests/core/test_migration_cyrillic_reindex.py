"""0050 re-indexes contacts with Cyrillic or Greek names: their index holds Latin spellings since field
test 67, but a file upgraded from 0049 kept the old entries, so "irina" found an existing Ирина only
after someone edited her (review 49b, finding 3)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import open_database
from petdesk.services import contacts as cs


def test_0050_gives_old_cyrillic_and_greek_entries_their_latin_spellings(tmp_path: Path) -> None:
    path = tmp_path / "cyrillic.sqlite"
    db = open_database(path)
    with db.transaction() as s:
        irina = cs.create_contact(s, family_name="Петрова", given_name="Ирина").id
        giorgos = cs.create_contact(s, family_name="Παπαδόπουλος", given_name="Γιώργος").id
        plain = cs.create_contact(s, family_name="Weber", given_name="Jonas").id
    db.close()
    conn = sqlite3.connect(path)
    with conn:
        # the file as 0049's code left it: entries with the names as written, no Latin spelling
        for row_id, written in ((irina, "ирина петрова"), (giorgos, "γιώργος παπαδόπουλος")):
            conn.execute(
                "UPDATE search_entry SET text = ? WHERE kind = 'contact' AND entity_id = ?", (written, row_id)
            )
        conn.execute("DELETE FROM search_dirty")  # nothing queued: only the migration can mend them
        conn.execute("UPDATE alembic_version SET version_num = '0049_traditional_han'")
        (before,) = conn.execute(
            "SELECT text FROM search_entry WHERE kind = 'contact' AND entity_id = ?", (plain,)
        ).fetchone()
    conn.close()

    open_database(path).close()  # runs 0050 and 0051 again
    conn = sqlite3.connect(path)
    try:
        text = dict(
            conn.execute("SELECT entity_id, text FROM search_entry WHERE kind = 'contact'").fetchall()
        )
    finally:
        conn.close()
    assert "irina" in text[irina] and "petrova" in text[irina]
    assert "papadopoulos" in text[giorgos]
    assert text[plain] == before  # a Latin name's entry is left as it was
