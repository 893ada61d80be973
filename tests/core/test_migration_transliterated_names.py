"""0039_transliterated_names: a file indexed when search wrote 林德奎斯特安娜 for Anna Lindqvist
shows, finds and sorts her as 安娜·林德奎斯特 after the upgrade, as a rebuild of the index would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.db import code_heads, file_revisions, open_database
from petdesk.services import names, search
from tests.helpers.v1_upgraded import v1_at

_FIRST_CONTACT = "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
_ENTRIES = "SELECT entity_id, id, name_zh, sort_zh, text FROM search_entry WHERE kind = 'contact'"


def _file_of_0038(path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A v1 file upgraded to 0038 with Anna Lindqvist (林德奎斯特 + 安娜) indexed family first, as
    0038's code indexed her; returns her id."""
    v1_at("0038_item_source_version", path)  # the first-schema file at that revision
    conn = sqlite3.connect(path)
    with conn:
        (anna,) = conn.execute(_FIRST_CONTACT).fetchone()
        conn.execute(
            "UPDATE contact SET family_name = 'Lindqvist', given_name = 'Anna', "
            "family_name_zh = '林德奎斯特', given_name_zh = '安娜', name_order = 'given_first', "
            "native_name_language = '', languages = '[]' WHERE id = ?",
            [anna],
        )
        with monkeypatch.context() as old_code:
            old_code.setattr(names, "chinese_name", lambda family_zh, given_zh, **_: family_zh + given_zh)
            old_code.setattr(search, "_other_chinese_forms", lambda *_: [])
            search._rebuild(conn)
    conn.close()
    return anna


def test_0039_reindexes_transliterated_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "transliterated.sqlite"
    anna = _file_of_0038(path, monkeypatch)
    conn = sqlite3.connect(path)
    old = {r[0]: r[1:] for r in conn.execute(_ENTRIES)}
    conn.close()
    assert old[anna][1] == "林德奎斯特安娜"

    db = open_database(path)  # runs 0039_transliterated_names
    try:
        assert file_revisions(db.engine) == code_heads()
        with db.reading() as s:
            shown = {r.entity_id: r.name_zh for r in search.search(s, "Lindqvist", kind=search.CONTACT)}
            assert shown[anna] == "安娜·林德奎斯特"
            assert search.check_index(s)
            new = {r[0]: r[1:] for r in search._dbapi(s).execute(_ENTRIES)}
        assert new.keys() == old.keys()  # every person still indexed
        others = [e for e in old if e != anna]
        assert {e: new[e] for e in others} == {e: old[e] for e in others}  # the others untouched
        with db.transaction() as s:
            search.rebuild_search_index(s)
            rebuilt = {r[0]: r[2:] for r in search._dbapi(s).execute(_ENTRIES)}
        assert {e: v[1:] for e, v in new.items()} == rebuilt  # as a rebuild writes them
    finally:
        db.close()
