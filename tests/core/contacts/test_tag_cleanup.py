"""Tag rename, merge and delete across organisations and contacts (field test 25: "No tag
rename/merge"): counts, no duplicates in a list, history, search, undo."""

from __future__ import annotations

import json
import sqlite3

import pytest

from petdesk.db import Database
from petdesk.services import contacts, history, organisations, search, tag_cleanup
from petdesk.services.tag_cleanup import TagError


def _make(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        ids = {
            "bonn": organisations.create_organisation(s, name_en="Bonn Water", tags=["媒体", "water"]).id,
            "köln": organisations.create_organisation(s, name_en="Köln Port", tags=["Media"]).id,
            "gone": organisations.create_organisation(s, name_en="Gone Org", tags=["媒体"]).id,
            "zhang": contacts.create_contact(
                s, family_name="Zhang", given_name="Wei", tags=["media", "媒体"]
            ).id,
            "li": contacts.create_contact(s, family_name="Li", given_name="Na", tags=["press"]).id,
            "wu": contacts.create_contact(s, family_name="Wu", given_name="Fang", tags=["vip"]).id,
        }
        organisations.delete_organisations(s, [ids["gone"]])
    return ids


def _tags(db: Database, table: str, row_id: str) -> list[str]:
    con = sqlite3.connect(db.path)
    try:
        return json.loads(con.execute(f"SELECT tags FROM {table} WHERE id = ?", (row_id,)).fetchone()[0])
    finally:
        con.close()


def _sql_count(db: Database, table: str, tag: str) -> int:
    con = sqlite3.connect(db.path)
    try:
        return int(
            con.execute(
                f"SELECT count(DISTINCT t.id) FROM {table} t, json_each(t.tags) j "
                "WHERE t.deleted_at IS NULL AND lower(j.value) = lower(?)",
                (tag,),
            ).fetchone()[0]
        )
    finally:
        con.close()


def test_counts_match_sql_and_fold_case(db: Database) -> None:
    _make(db)
    with db.reading() as s:
        counts = {row.tag: row for row in tag_cleanup.tag_counts(s)}
    # "Media" and "media" are one tag; the deleted organisation's 媒体 is not counted.
    # Spelled as most records spell it; between equals, the first in code order ("Media" < "media").
    assert set(counts) == {"Media", "媒体", "water", "press", "vip"}
    for row in counts.values():
        assert row.organisations == _sql_count(db, "organisation", row.tag)
        assert row.contacts == _sql_count(db, "contact", row.tag)
    with db.reading() as s:
        first = tag_cleanup.tag_counts(s)[0]
    assert first.total == 2  # the most used first


def test_rename_into_an_existing_tag_keeps_one_with_history_search_and_undo(db: Database) -> None:
    ids = _make(db)
    with db.transaction() as s:
        preview = tag_cleanup.rename(s, "媒体", "media", dry_run=True)
    assert (preview.organisations, preview.contacts) == (1, 1)
    assert _tags(db, "organisation", ids["bonn"]) == ["媒体", "water"]  # a dry run writes nothing

    with db.transaction() as s:
        edit = tag_cleanup.rename(s, "媒体", "media")
    assert (edit.organisations, edit.contacts) == (1, 1)
    assert _tags(db, "organisation", ids["bonn"]) == ["media", "water"]  # where 媒体 stood
    assert _tags(db, "contact", ids["zhang"]) == ["media"]  # once, not twice
    assert _tags(db, "organisation", ids["gone"]) == ["媒体"]  # deleted records are left alone
    with db.reading() as s:
        assert search.count(s, "媒体", kind=search.CONTACT) == 0
        found = {r.entity_id for r in search.search(s, "media")}
        assert {ids["bonn"], ids["zhang"]} <= found
        entries = history.record_history(s, "contact", ids["zhang"])
        assert any(e.field == "tags" for e in entries)
        assert {r.tag.casefold() for r in tag_cleanup.tag_counts(s)} == {"media", "water", "press", "vip"}

    with db.transaction() as s:
        assert tag_cleanup.undo(s, edit) == 2
    assert _tags(db, "contact", ids["zhang"]) == ["media", "媒体"]
    assert _tags(db, "organisation", ids["bonn"]) == ["媒体", "water"]
    with db.reading() as s:
        assert search.count(s, "媒体", kind=search.CONTACT) == 1


def test_merge_several_into_one_and_delete(db: Database) -> None:
    ids = _make(db)
    with db.transaction() as s:
        edit = tag_cleanup.merge(s, ["press", "MEDIA"], into="Press & media")
    assert (edit.organisations, edit.contacts) == (1, 2)
    assert _tags(db, "contact", ids["li"]) == ["Press & media"]
    assert _tags(db, "contact", ids["zhang"]) == ["Press & media", "媒体"]  # where media stood
    assert _tags(db, "organisation", ids["köln"]) == ["Press & media"]

    with db.transaction() as s:
        gone = tag_cleanup.delete(s, "VIP")
    assert (gone.organisations, gone.contacts) == (0, 1)
    assert _tags(db, "contact", ids["wu"]) == []
    with db.reading() as s:
        assert "vip" not in {r.tag.casefold() for r in tag_cleanup.tag_counts(s)}
        assert search.count(s, "vip", kind=search.CONTACT) == 0


def test_a_renamed_tag_keeps_its_place_and_a_merge_its_first(db: Database) -> None:
    """Renaming moved the tag to the end of each list (taken out, then added); a merge keeps the
    place of the first of its tags in the list and drops the later ones."""
    with db.transaction() as s:
        org = organisations.create_organisation(
            s, name_en="Wuhan Lake", tags=["partner", "water", "EU", "wetland"]
        ).id
    with db.transaction() as s:
        tag_cleanup.rename(s, "water", "Water quality")
    assert _tags(db, "organisation", org) == ["partner", "Water quality", "EU", "wetland"]
    with db.transaction() as s:
        tag_cleanup.merge(s, ["wetland", "water quality"], into="Water")
    assert _tags(db, "organisation", org) == ["partner", "Water", "EU"]


def test_refusals_in_plain_words(db: Database) -> None:
    _make(db)
    with db.transaction() as s, pytest.raises(TagError, match="No organisation or contact carries"):
        tag_cleanup.rename(s, "nope", "media")
    with db.transaction() as s, pytest.raises(TagError, match="tag to keep"):
        tag_cleanup.merge(s, ["press"], into="  ")
    with db.transaction() as s:
        # Renaming to what it already is changes nothing.
        assert tag_cleanup.rename(s, "vip", "vip").total == 0
