"""``0053_korean_spellings``: a file written before field test 73's Korean family-name spellings
gets them at upgrade, so "choe" finds an existing 최지우 without anyone editing her (round 50)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import hangul
from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import search
from tests.helpers.old_files import marked_at, set_back_to

#: The spellings of the changed family names before field test 73 (the two-syllable ones had none).
_OLD_SPELLINGS = {"이": ("lee", "yi", "rhee"), "최": ("choi",), "임": ("lim", "im")}

PEOPLE = {
    "최지우": {"family_name_zh": "최", "given_name_zh": "지우"},
    "남궁민": {"family_name_zh": "남궁", "given_name_zh": "민"},
    "임수정": {"family_name_zh": "임", "given_name_zh": "수정"},
    "김민준": {"family_name_zh": "김", "given_name_zh": "민준"},  # unchanged spellings: left alone
    "Choi Ji-woo": {"family_name": "Choi", "given_name": "Ji-woo"},
    "Lim Soo-jung": {"family_name": "Lim", "given_name": "Soo-jung"},
    "John Lee": {"family_name": "Lee", "given_name": "John"},  # re-indexed, and gets no "yi"
    "Anna Schmidt": {"family_name": "Schmidt", "given_name": "Anna"},
}


def _clear_caches() -> None:
    for cached in (hangul.surname_spellings, hangul._families_by_spelling, hangul._latin_syllables):
        cached.cache_clear()


@pytest.fixture
def old_spellings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The index as 0052's code wrote it: the old spellings, no variants for Latin-only names."""
    for family, spellings in _OLD_SPELLINGS.items():
        monkeypatch.setitem(hangul.SURNAME_SPELLINGS, family, spellings)
    for family in ("남궁", "선우", "제갈", "황보", "독고", "사공"):
        monkeypatch.delitem(hangul.SURNAME_SPELLINGS, family)
    monkeypatch.setattr(hangul, "latin_surname_variants", lambda family, given: ())
    _clear_caches()
    yield
    monkeypatch.undo()
    _clear_caches()


def _find(db: Database, query: str) -> set[str]:
    with db.transaction() as s:
        return {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}


def _old_file(path: Path, request: pytest.FixtureRequest) -> dict[str, str]:
    request.getfixturevalue("old_spellings")
    db = open_database(path)
    with db.transaction() as s:
        ids = {name: cs.create_contact(s, **fields).id for name, fields in PEOPLE.items()}
    db.close()
    set_back_to(path, "0053_korean_spellings")  # the later revisions' tables and columns
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM search_dirty")  # nothing queued: only the migration can mend them
        conn.execute("UPDATE alembic_version SET version_num = '0052_romanised_names'")
    conn.close()
    return ids


def test_0053_finds_old_entries_by_the_new_spellings(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    path = tmp_path / "korean.sqlite"
    ids = _old_file(path, request)
    request.getfixturevalue("monkeypatch").undo()
    _clear_caches()
    db = open_database(path)  # runs 0053
    try:
        assert _find(db, "choe") == {ids["최지우"], ids["Choi Ji-woo"]}
        assert _find(db, "chwe") == {ids["최지우"], ids["Choi Ji-woo"]}
        assert _find(db, "namkoong") == {ids["남궁민"]}
        assert _find(db, "rim") == {ids["임수정"], ids["Lim Soo-jung"]}
        assert _find(db, "yi") == set()  # John Lee: the rebuilt entry decides, and adds nothing
        assert _find(db, "kim") == {ids["김민준"]}
    finally:
        db.close()


def test_without_0053_the_old_entries_miss_them(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """What the migration mends: the old file does not find them by the new spellings."""
    path = tmp_path / "korean.sqlite"
    ids = _old_file(path, request)
    # 0053 done: the later revisions run (0055 and 0057 re-index some Latin-only names)
    marked_at(path, "0053_korean_spellings")
    request.getfixturevalue("monkeypatch").undo()
    _clear_caches()
    db = open_database(path)  # 0053 does not run
    try:
        # 최 had its plain RR spelling "choe"; the Latin-only Choi Ji-woo and Lim Soo-jung have the
        # new spellings only because 0057_filing_names rebuilds their entries for their "oo"
        assert _find(db, "choe") == {ids["최지우"], ids["Choi Ji-woo"]}
        assert _find(db, "chwe") == {ids["Choi Ji-woo"]}
        assert _find(db, "namkoong") == set()
        assert _find(db, "rim") == {ids["Lim Soo-jung"]}
        assert _find(db, "choi") == {ids["최지우"], ids["Choi Ji-woo"]}
    finally:
        db.close()


def test_0053_re_indexes_only_the_people_with_those_family_names(db: Database) -> None:
    """최, 남궁, 임, Latin-only Choi, Lim and Lee (his entry decides); not 김, Schmidt, the deleted."""
    with db.transaction() as s:
        for fields in PEOPLE.values():
            cs.create_contact(s, **fields)
        cs.delete_contacts(s, [cs.create_contact(s, family_name_zh="최", given_name_zh="유리").id])
    conn = sqlite3.connect(db.path, isolation_level=None)
    try:
        assert search.reindex_korean_spellings(conn) == 6
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_0053_is_local() -> None:
    """A re-index changes only this office's file: packages name the revision before it."""
    from petdesk.sync.service import LOCAL_REVISIONS, content_revisions

    assert LOCAL_REVISIONS["0053_korean_spellings"] == "0052_romanised_names"
    assert content_revisions(["0053_korean_spellings"]) == content_revisions(["0052_romanised_names"])
