"""Korean family-name spellings widen only Korean names: a Chinese name in Latin letters only ("Lee
Wei", as Singapore and Hong Kong spell 李伟) was found by "yi", "rhee" and "ri", and a search for the
Korean Lee Minho's other spellings listed him."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import search
from petdesk.services.matching import reads_as_chinese_latin_name
from tests.helpers.old_files import set_back_to


def _add(db: Database, **names: str) -> str:
    with db.transaction() as s:
        return cs.create_contact(s, **names).id


def _find(db: Database, query: str) -> set[str]:
    with db.transaction() as s:
        return {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}


def test_a_latin_only_chinese_name_keeps_its_own_spelling(db: Database) -> None:
    lee_wei = _add(db, family_name="Lee", given_name="Wei")
    li_wei = _add(db, family_name="Li", given_name="Wei")
    minho = _add(db, family_name="Lee", given_name="Minho")
    hangul = _add(db, family_name_zh="이", given_name_zh="민호")
    for query in ("yi", "rhee", "ri"):
        assert _find(db, query) == {minho, hangul}, query
    assert _find(db, "lee") == {lee_wei, minho, hangul}
    assert _find(db, "li wei") == {li_wei}


def test_reads_as_chinese_latin_name() -> None:
    assert reads_as_chinese_latin_name("Lee", "Xiao-Ming")
    assert reads_as_chinese_latin_name("Chan", "Tai Man")
    assert not reads_as_chinese_latin_name("Lee", "Minho")
    assert not reads_as_chinese_latin_name("Choe", "Ji-u")
    assert not reads_as_chinese_latin_name("Lee", "John")


def test_0055_takes_the_korean_spellings_off_an_old_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file indexed before the fix: "yi" found Lee Wei until 0055 re-indexed him."""
    path = tmp_path / "old.sqlite"
    monkeypatch.setattr(search, "reads_as_chinese_latin_name", lambda family, given: False)
    db = open_database(path)
    with db.transaction() as s:
        lee_wei = cs.create_contact(s, family_name="Lee", given_name="Wei").id
        minho = cs.create_contact(s, family_name="Lee", given_name="Minho").id
    assert _find(db, "yi") == {lee_wei, minho}  # the old entry, as the code before wrote it
    db.close()
    set_back_to(path, "0054_training_lodging")
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("DELETE FROM search_dirty")  # nothing queued: only the migration can mend it
    monkeypatch.undo()
    db = open_database(path)  # runs 0055
    try:
        assert _find(db, "yi") == {minho}
    finally:
        db.close()
