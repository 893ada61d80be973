"""``0076_thai_ro_han``: a file indexed when รร was read letter by letter (อุตสาหกรรม "utsahakonrom")
is re-indexed for the names whose reading changes, and only those: "utsahakam" then finds the
Industrial Estate Authority and "suwan" สุวรรณ; every other row stays byte for byte."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import thai_latin
from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import names, search
from petdesk.services import organisations as os_
from petdesk.sync.service import LOCAL_REVISIONS, content_revisions
from tests.helpers.old_files import index_rows, set_back_to
from tests.helpers.reindex_lists import found

#: the records whose reading changes
CHANGED = {"suwan": ("สุวรรณ", "สมชาย")}
#: the records left as they were: Thai without รร, Latin names
OTHERS = {"jaidee": ("ใจดี", "สมศักดิ์"), "siriporn": ("วงศ์สวัสดิ์", "ศิริพร"), "adams": ("Adams", "Anna")}


def _create(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        ids = {
            key: cs.create_contact(s, family_name=family, given_name=given).id
            for key, (family, given) in {**CHANGED, **OTHERS}.items()
        }
        ids["ieat"] = os_.create_organisation(s, name_en="การนิคมอุตสาหกรรมแห่งประเทศไทย").id
        ids["ku"] = os_.create_organisation(s, name_en="มหาวิทยาลัยเกษตรศาสตร์").id
        gone = cs.create_contact(s, family_name="วรรณา", given_name="มาลี").id
        cs.delete_contacts(s, [gone])
        return ids


@pytest.fixture
def old_rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The index as round 57 wrote it: อุตสาหกรรม "utsahakonrom", สุวรรณ "suoraron"."""
    monkeypatch.setattr(thai_latin, "_ro_han", lambda word, i: None)
    names.clear_caches()
    yield
    monkeypatch.undo()
    names.clear_caches()


def _old_file(path: Path) -> dict[str, str]:
    db = open_database(path)
    ids = _create(db)
    db.close()
    set_back_to(path, "0075_arabic_mongolian_readings")
    return ids



def _count(path: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(path)
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("contact", "organisation", "search_entry")
        )
    finally:
        conn.close()


def test_found_by_todays_rules(db: Database) -> None:
    ids = _create(db)
    assert found(db, "utsahakam") == {ids["ieat"]}
    assert found(db, "suwan") == {ids["suwan"]}


def test_0076_finds_the_old_entries_and_leaves_the_others_as_they_were(
    tmp_path: Path, old_rules: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    unchanged = [ids[k] for k in (*OTHERS, "ku")]
    others = index_rows(path, unchanged)
    counts = _count(path)
    monkeypatch.undo()
    names.clear_caches()
    db = open_database(path)
    try:
        assert found(db, "utsahakonrom") == set()  # the old readings are gone
        assert found(db, "utsahakam") == {ids["ieat"]}
        assert found(db, "suwan") == {ids["suwan"]}
        with db.reading() as s:
            assert search.check_index(s)
    finally:
        db.close()
    assert _count(path) == counts  # every row kept
    assert index_rows(path, unchanged) == others  # byte for byte, row ids and keys too


def test_0076_rewrites_only_the_entries_that_change(
    tmp_path: Path, old_rules: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    monkeypatch.undo()
    names.clear_caches()
    conn = sqlite3.connect(path)
    try:
        contact_ids, org_ids = search.with_thai_ro_han_changes(conn)
    finally:
        conn.close()
    by_id = {v: k for k, v in ids.items()}
    assert [by_id[c] for c in contact_ids] == ["suwan"]  # not the deleted วรรณา
    assert [by_id[o] for o in org_ids] == ["ieat"]


def test_0076_is_local() -> None:
    assert LOCAL_REVISIONS["0076_thai_ro_han"] == "0075_arabic_mongolian_readings"
    assert content_revisions(["0076_thai_ro_han"]) == content_revisions(["0073_khmer_myanmar_readings"])


@pytest.fixture
def before_second_look(old_rules: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Also the readings round 58's second look fixed: ห before ง as a leading ห (แห่ง "ngae", หงส์
    "nga") and a last short vowel said (ชาติ "chati")."""
    monkeypatch.setattr(thai_latin, "_leading_h", lambda word, i: word[i + 1 : i + 2] in "งญนมยรลว")
    monkeypatch.setattr(thai_latin, "_silent_last_vowel", lambda word: word)
    names.clear_caches()


def test_0076_reindexes_thai_names_without_ro_han_whose_reading_changed(
    tmp_path: Path, before_second_look: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    db = open_database(path)
    with db.transaction() as s:
        nstda = os_.create_organisation(s, name_en="สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ").id
        hong = cs.create_contact(s, family_name="หงส์ทอง", given_name="สมชาย").id
    db.close()
    set_back_to(path, "0075_arabic_mongolian_readings")
    monkeypatch.undo()
    names.clear_caches()
    db = open_database(path)
    try:
        assert found(db, "haengchat") == {nstda}  # was "ngaechati"
        assert found(db, "hongthong") == {hong}  # was "ngathong"
    finally:
        db.close()
