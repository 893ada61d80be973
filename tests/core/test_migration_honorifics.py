"""0031_foreign_honorifics: a file whose people kept "Herr" or "Madame" from an old import is
upgraded to Mr./Ms. and 先生/女士, recorded as an edit of this office (so it travels)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from petdesk.db import code_heads, file_revisions, make_upgrade_engine, open_database, upgrade

V1_DB = Path(__file__).resolve().parents[1] / "data" / "petdesk_v1.sqlite"


def test_0031_maps_stored_foreign_honorifics_as_an_edit_that_travels(tmp_path: Path) -> None:
    path = tmp_path / "honorifics.sqlite"
    shutil.copy(V1_DB, path)
    engine = make_upgrade_engine(path)
    upgrade(engine, "0030_name_initials")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        first, second, third = (r[0] for r in conn.execute("SELECT id FROM contact ORDER BY id LIMIT 3"))
        conn.execute("UPDATE contact SET honorific_en = 'Herr', honorific_zh = 'Herr' WHERE id = ?", (first,))
        conn.execute("UPDATE contact SET honorific_en = 'Madame', honorific_zh = '' WHERE id = ?", (second,))
        conn.execute("UPDATE contact SET honorific_en = 'Herr Dr.', honorific_zh = '' WHERE id = ?", (third,))
        clock = conn.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()
        updated = dict(conn.execute("SELECT id, updated_at FROM contact").fetchall())
    conn.close()

    db = open_database(path)  # runs 0031_foreign_honorifics
    try:
        assert file_revisions(db.engine) == code_heads()
    finally:
        db.close()
    conn = sqlite3.connect(path)
    try:
        rows = {
            r[0]: r[1:]
            for r in conn.execute("SELECT id, honorific_en, honorific_zh, updated_at FROM contact")
        }
        assert rows[first][:2] == ("Mr.", "先生")
        assert rows[second][:2] == ("Ms.", "")
        assert rows[third][:2] == ("Herr Dr.", "")  # not exactly such a word
        assert {i for i, r in rows.items() if r[2] != updated[i]} == {first, second}
        new_clock = conn.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()
        assert clock is None or new_clock > clock  # the office's clock stamped the change
        logged = conn.execute(
            "SELECT row_id, field, new_value, hlc FROM sync_change "
            "WHERE field LIKE 'honorific%' ORDER BY row_id, field"
        ).fetchall()
        assert [r[:3] for r in logged] == sorted(
            [
                (first, "honorific_en", '"Mr."'),
                (first, "honorific_zh", '"先生"'),
                (second, "honorific_en", '"Ms."'),
            ]
        )
        assert max(r[3] for r in logged) == new_clock[0]
        assert clock is None or min(r[3] for r in logged) > clock[0]
    finally:
        conn.close()
