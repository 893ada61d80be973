"""0036_joined_latin_names: a file indexed before Latin names were joined finds "weizhang" and
"greentech" after the upgrade, keeps every entry's row id, and holds the texts a rebuild writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.db import code_heads, file_revisions, open_database
from petdesk.services import search
from tests.helpers.v1_upgraded import v1_at

_FIRST_CONTACT = "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
_FIRST_ORG = "SELECT id FROM organisation WHERE deleted_at IS NULL ORDER BY id LIMIT 1"


def _file_of_0035(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """A v1 file upgraded to 0035 with a Latin-only person and organisation, indexed as 0035's
    code indexed them (no joined words); returns their ids."""
    v1_at("0035_substitutes", path)  # the first-schema file at that revision
    conn = sqlite3.connect(path)
    with conn:
        (person,) = conn.execute(_FIRST_CONTACT).fetchone()
        conn.execute(
            "UPDATE contact SET family_name = 'Zhang', given_name = 'Wei', family_name_zh = '', "
            "given_name_zh = '', name_order = 'given_first' WHERE id = ?",
            [person],
        )
        (org,) = conn.execute(_FIRST_ORG).fetchone()
        conn.execute("UPDATE organisation SET name_en = 'Green Tech Ltd' WHERE id = ?", [org])
        with monkeypatch.context() as old_code:
            old_code.setattr(search, "_joined_latin", lambda *_: "")
            old_code.setattr(search, "_run_together", lambda _: "")
            search._rebuild(conn)
    conn.close()
    return person, org


def _entries(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT entity_id, id, text FROM search_entry")}


def test_0036_joins_latin_names_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "joined.sqlite"
    person, org = _file_of_0035(path, monkeypatch)
    conn = sqlite3.connect(path)
    old = _entries(conn)
    conn.close()

    db = open_database(path)  # runs 0036_joined_latin_names
    try:
        assert file_revisions(db.engine) == code_heads()
        with db.reading() as s:
            # the file's 张伟 (Zhang Wei, family first) is now found backwards too
            for query in ("weizhang", "zhangwei"):
                assert person in {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}
            assert [r.entity_id for r in search.search(s, "greentech", kind=search.ORGANISATION)] == [org]
            assert search.check_index(s)
            new = _entries(search._dbapi(s))
        assert new.keys() == old.keys()  # every entry kept
        assert {e: v[0] for e, v in new.items()} == {e: v[0] for e, v in old.items()}  # and its row id
        assert new[person][1] != old[person][1]
        with db.transaction() as s:
            search.rebuild_search_index(s)
            rebuilt = _entries(search._dbapi(s))
        assert {e: v[1] for e, v in new.items()} == {e: v[1] for e, v in rebuilt.items()}
    finally:
        db.close()
