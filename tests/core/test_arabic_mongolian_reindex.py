"""``0075_arabic_mongolian_readings``: a file indexed before field tests 118 and 119 is re-indexed for
the names whose entries they change, and only those: "mohammed" finds Mohamed El-Sayed, "masry"
عمرو المصري, "ulziibayar" Б. Өлзийбаяр, and "Батын Болд" files under B for Болд, not for Батын."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import arabic_names, romanise
from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import mongolian_names, names, search
from petdesk.services import organisations as os_
from petdesk.sync.service import LOCAL_REVISIONS, content_revisions
from tests.helpers.old_files import index_rows, marked_at, set_back_to
from tests.helpers.reindex_lists import found, listed_order

#: (family, given) of the people whose entries the two field tests change
CHANGED = {
    "elsayed": ("El-Sayed", "Mohamed"),
    "masry": ("المصري", "عمرو"),
    "bold": ("Батын", "Болд"),
    "ulzii": ("Б.", "Өлзийбаяр"),
}
#: people they leave as they were, three of them candidates that the check finds unchanged
OTHERS = {
    "adams": ("Adams", "Anna"),
    "bauer": ("Bauer", "Paul"),
    "blake": ("Blake", "Tom"),
    "sinitsyn": ("Синицын", "Иван"),  # a Russian surname in -цын, no father's name
    "mansouri": ("المنصوري", "خالد"),
    "mohr": ("Mohr", "Hans"),
}
#: the English list: Болд under B after Blake; Өлзийбаяр under O
ORDER = ["adams", "bauer", "blake", "bold", "ulzii"]
OLD_ORDER = ["adams", "ulzii", "bold", "bauer", "blake"]  # by the father's names Б. and Батын


def _create(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        ids = {
            key: cs.create_contact(s, family_name=family, given_name=given).id
            for key, (family, given) in {**CHANGED, **OTHERS}.items()
        }
        ids["hugjil"] = os_.create_organisation(s, name_en="Ногоон Хөгжил ХХК").id
        gone = cs.create_contact(s, family_name="Al-Masri", given_name="Muhammad").id
        cs.delete_contacts(s, [gone])
        return ids


@pytest.fixture
def old_rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The index as round 56 wrote it: no other Arabic spellings, ө only as "o", no father's name."""
    new_spellings = romanise._spellings

    def without_passport_u(folded: str) -> list[str]:
        out = new_spellings(folded)
        if "ө" in folded:  # the passport's "u" comes after the common spelling and the "j" one
            del out[1 + ("ж" in folded)]
        return out

    monkeypatch.setattr(romanise, "_spellings", without_passport_u)
    monkeypatch.setattr(arabic_names, "latin_variants", lambda word: ())
    monkeypatch.setattr(mongolian_names, "is_patronymic", lambda *args, **kwargs: False)
    monkeypatch.setattr(arabic_names, "_NAMES", {k: v for k, v in arabic_names._NAMES.items() if k != "مصري"})
    _clear_caches()
    yield
    _todays_rules(monkeypatch)


def _clear_caches() -> None:
    names.clear_caches()
    for cached in (arabic_names._latin_variants, arabic_names.word_spellings, arabic_names._latin_names):
        cached.cache_clear()


def _todays_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()
    _clear_caches()


def _old_file(path: Path) -> dict[str, str]:
    db = open_database(path)
    ids = _create(db)
    db.close()
    set_back_to(path, "0074_particle_filing")
    return ids



def test_found_and_filed_by_todays_rules(db: Database) -> None:
    ids = _create(db)
    assert ids["elsayed"] in found(db, "mohammed") & found(db, "muhammad")
    assert listed_order(db, ids, ORDER, "en") == ORDER


def test_0075_finds_and_files_the_old_entries_and_leaves_the_others_as_they_were(
    tmp_path: Path, old_rules: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    others = index_rows(path, [ids[k] for k in OTHERS])
    _todays_rules(monkeypatch)
    db = open_database(path)
    try:
        assert found(db, "mohammed") == found(db, "muhammad") == {ids["elsayed"]}
        assert found(db, "masry") == {ids["masry"]}
        assert found(db, "ulziibayar") == {ids["ulzii"]}
        assert found(db, "khugjil") == {ids["hugjil"]}
        assert listed_order(db, ids, ORDER, "en") == ORDER
        with db.reading() as s:
            assert search.check_index(s)
    finally:
        db.close()
    assert index_rows(path, [ids[k] for k in OTHERS]) == others  # byte for byte, row ids and keys too


def test_without_0075_the_old_entries_miss_them(
    tmp_path: Path, old_rules: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    marked_at(path, "0075_arabic_mongolian_readings")
    _todays_rules(monkeypatch)
    db = open_database(path)
    try:
        for query in ("mohammed", "muhammad", "masry", "ulziibayar", "khugjil"):
            assert found(db, query) == set(), query
        assert listed_order(db, ids, ORDER, "en") == OLD_ORDER
    finally:
        db.close()


def test_0075_rewrites_only_the_entries_that_change(
    tmp_path: Path, old_rules: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    _todays_rules(monkeypatch)
    conn = sqlite3.connect(path)
    try:
        candidates = search.arabic_mongolian_candidates(conn)
        contact_ids, org_ids = search.with_arabic_mongolian_changes(conn)
    finally:
        conn.close()
    by_id = {v: k for k, v in ids.items()}
    assert {by_id[c] for c in candidates[0]} == {
        *CHANGED,
        "sinitsyn",
        "mansouri",
    }  # not Mohr, not the deleted
    assert {by_id[c] for c in contact_ids} == set(CHANGED)
    assert [by_id[o] for o in org_ids] == ["hugjil"]


def test_0075_is_local() -> None:
    assert LOCAL_REVISIONS["0075_arabic_mongolian_readings"] == "0074_particle_filing"
    assert content_revisions(["0075_arabic_mongolian_readings"]) == content_revisions(
        ["0073_khmer_myanmar_readings"]
    )
