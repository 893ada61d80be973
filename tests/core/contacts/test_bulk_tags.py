"""Set-based tagging: the same records, index, sync versions and change log as the ORM path."""

from __future__ import annotations

import json

import pytest

from petdesk.db import Database
from petdesk.services import contacts, organisations, search, tagging


def _entries(db: Database) -> dict[str, tuple[str, str, frozenset[str]]]:
    with db.reading() as s:
        conn = search._dbapi(s)
        return {
            eid: (tags, text, frozenset(grams.split()))
            for eid, tags, text, grams in conn.execute(
                "SELECT entity_id, tags, text, grams FROM search_entry"
            )
        }


def _index_hits(db: Database, query: str) -> int:
    with db.reading() as s:
        return search.count(s, query, kind=search.CONTACT)


def test_tagging_all_matching_equals_a_rebuilt_index_and_is_captured_for_sync(db: Database) -> None:
    with db.transaction() as s:
        zhang = contacts.create_contact(
            s, family_name="Zhang", given_name="Wei", family_name_zh="张", given_name_zh="伟", tags=["Water"]
        ).id
        li = contacts.create_contact(s, family_name="Li", given_name="Na", tags=["water", "air"]).id
        other = contacts.create_contact(s, family_name="Müller", given_name="Jörg").id
        org = organisations.create_organisation(s, name_en="Stadtwerke Köln").id

    with db.transaction() as s:
        changed = tagging.retag(s, search.CONTACT, query="", add=["WATER", "循环经济"])
    assert changed == 3  # "WATER" is already there (any case) on two; 循环经济 is new on all three
    with db.reading() as s:
        assert contacts.get_contact(s, zhang).tags == ["Water", "循环经济"]
        assert contacts.get_contact(s, li).tags == ["water", "air", "循环经济"]
        assert contacts.get_contact(s, other).tags == ["WATER", "循环经济"]
        conn = search._dbapi(s)
        logged = conn.execute(
            "SELECT row_id, old_value, new_value FROM sync_change WHERE field = 'tags' AND row_id = ?", [li]
        ).fetchall()
        assert [(json.loads(json.loads(o)), json.loads(json.loads(n))) for _r, o, n in logged] == [
            (["water", "air"], ["water", "air", "循环经济"])
        ]
        version = conn.execute(
            "SELECT fields, max_hlc FROM sync_row_version WHERE row_id = ? "
            "AND entity = (SELECT code FROM sync_entity WHERE name = 'contact')",
            [li],
        ).fetchone()
        assert (
            set(json.loads(version[0])) >= {"tags", "updated_at"}
            and json.loads(version[0])["tags"][0] == version[1]
        )
        assert conn.execute("SELECT count(*) FROM search_dirty").fetchone()[0] == 0

    # The index written in place equals the one a full rebuild computes, and finds the new tag.
    in_place = _entries(db)
    assert _index_hits(db, "循环") == 3 and _index_hits(db, "循环经济") == 3
    with db.transaction() as s:
        search.rebuild_search_index(s)
    assert _entries(db) == in_place
    assert org in in_place and in_place[org][0] == ""  # organisations untouched

    # Removing is written in place too (not through the queue), equal to a full rebuild.
    with db.transaction() as s:
        assert tagging.retag(s, search.CONTACT, ids=[zhang, li], remove=["water"]) == 2
        assert search._dbapi(s).execute("SELECT count(*) FROM search_dirty").fetchone()[0] == 0
    with db.reading() as s:
        assert contacts.get_contact(s, li).tags == ["air", "循环经济"]
        assert contacts.get_contact(s, other).tags == ["WATER", "循环经济"]
    assert _index_hits(db, "water") == 1
    removed = _entries(db)
    assert removed[li][0] == "air, 循环经济" and "wa" not in removed[li][2]  # the tag's gram is gone
    with db.transaction() as s:
        search.rebuild_search_index(s)
    assert _entries(db) == removed


def test_removing_a_tag_from_all_matching_keeps_grams_other_parts_need(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tagging, "FTS_REBUILD_ABOVE", 0)  # the path of large retags: one FTS rebuild
    with db.transaction() as s:
        # "Water" gives the gram "wa"; Wang's name gives it too, so his entry keeps it.
        wang = contacts.create_contact(s, family_name="Wang", given_name="Fang", tags=["Water", "VIP"]).id
        berg = contacts.create_contact(s, family_name="Berg", given_name="Anna", tags=["water"]).id
        contacts.create_contact(s, family_name="Smith", given_name="Ann")
        org = organisations.create_organisation(s, name_en="Hamburg Wasser", tags=["Water", "循环经济"]).id
        others: list[str] = []
        for name in ("Berliner Wasser", "Bremen Port"):  # one of three: the builder goes by ids
            others.append(organisations.create_organisation(s, name_en=name, tags=["循环经济"]).id)
    with db.transaction() as s:
        assert tagging.retag(s, search.CONTACT, query="", remove=["WATER", "vip"], add=["air"]) == 3
        assert tagging.retag(s, search.ORGANISATION, ids=[org], remove=["循环经济"]) == 1
    entries = _entries(db)
    assert entries[wang][0] == "air" and "wa" in entries[wang][2] and "vi" not in entries[wang][2]
    assert entries[berg][0] == "air" and "wa" not in entries[berg][2]
    assert entries[org][0] == "Water" and "循环经济" not in entries[org][1]
    assert all(entries[o][0] == "循环经济" for o in others)  # not targeted
    with db.reading() as s:
        assert search.check_index(s)
        assert search.count(s, "water", kind=search.CONTACT) == 0
        assert search.count(s, "air", kind=search.CONTACT) == 3
        conn = search._dbapi(s)
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts_au'").fetchone()
        assert conn.execute("SELECT count(*) FROM search_dirty").fetchone()[0] == 0
    with db.transaction() as s:
        search.rebuild_search_index(s)
    assert _entries(db) == entries


def test_tagging_a_search_reaches_only_its_matches_and_skips_deleted(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tagging, "FTS_REBUILD_ABOVE", 0)  # the path of large retags: one FTS rebuild
    with db.transaction() as s:
        keep = [contacts.create_contact(s, family_name="Ouyang", given_name=f"N{i}").id for i in range(3)]
        gone = contacts.create_contact(s, family_name="Ouyang", given_name="Gone").id
        other = contacts.create_contact(s, family_name="Smith", given_name="Ann").id
    with db.transaction() as s:
        contacts.delete_contacts(s, [gone])
    with db.transaction() as s:
        assert tagging.retag(s, search.CONTACT, query="ouyang", add=["delegation"]) == 3
    with db.reading() as s:
        assert all(contacts.get_contact(s, c).tags == ["delegation"] for c in keep)
        assert contacts.get_contact(s, other).tags == []
        assert search.check_index(s) and search.count(s, "delegation", kind=search.CONTACT) == 3
        conn = search._dbapi(s)
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts_au'").fetchone()


def test_undo_of_a_bulk_tag_restores_exactly_the_tags_before(db: Database) -> None:
    """Field test 9, defect 3: a wrong bulk tag is taken back in one step, and a contact that
    already had the tag keeps it (untagging would strip it from everyone)."""
    with db.transaction() as s:
        had_it = contacts.create_contact(s, family_name="Zhang", tags=["水务", "3iPET深圳"]).id
        other_tag = contacts.create_contact(s, family_name="Li", tags=["水务"]).id
        untagged = contacts.create_contact(s, family_name="Wang").id
    before = _entries(db)

    with db.transaction() as s:
        targets = [had_it, other_tag, untagged]
        change = tagging.retag_change(s, search.CONTACT, ids=targets, add=["3iPET深圳", "水务"])
    assert sorted(change.ids) == sorted([other_tag, untagged])  # the one that had both is unchanged
    with db.transaction() as s:
        assert tagging.undo(s, change) == 2
    with db.reading() as s:
        assert contacts.get_contact(s, had_it).tags == ["水务", "3iPET深圳"]
        assert contacts.get_contact(s, other_tag).tags == ["水务"]
        assert contacts.get_contact(s, untagged).tags == []
        logged = search._dbapi(s).execute(
            "SELECT count(*) FROM sync_change WHERE field = 'tags' AND row_id = ?", [untagged]
        )
        assert logged.fetchone()[0] == 2  # the tag and its undo both travel to other offices
    assert _entries(db) == before  # the index is back as it was
    assert _index_hits(db, "3iPET深圳") == 1

    # Undoing an untag puts the removed tag back; a record edited since keeps its newer tags.
    with db.transaction() as s:
        change = tagging.retag_change(s, search.CONTACT, ids=[had_it, other_tag], remove=["水务"])
        contacts.add_tags(s, [other_tag], ["later"])
    with db.transaction() as s:
        assert tagging.undo(s, change) == 1
    with db.reading() as s:
        assert contacts.get_contact(s, had_it).tags == ["水务", "3iPET深圳"]
        assert contacts.get_contact(s, other_tag).tags == ["later"]


def test_a_change_builds_its_ids_once_however_often_asked(db: Database) -> None:
    """The window asks a tag change for its ids three times (the announcement, Undo's offer, the
    Undo): after tagging 100,000 contacts each new list or set of them cost about 100 ms on the
    window's thread (field test 61)."""
    with db.transaction() as s:
        for family in ("Zhang", "Li", "Wang"):
            contacts.create_contact(s, family_name=family, given_name="Wei")
    with db.transaction() as s:
        change = tagging.retag_change(s, search.CONTACT, query="", add=["water"])
    assert len(change.ids) == 3
    assert change.ids is change.ids
    assert change.id_set is change.id_set == frozenset(change.ids)
    assert frozenset(change.id_set) is change.id_set  # announcing it copies nothing


def _index_rows(db: Database) -> tuple[dict[str, tuple], set[tuple]]:
    """Every column of every search entry by entity, and the gram rows by entity; not the row ids nor
    the Chinese order's ranks (a rebuild numbers them afresh, a single entry takes a gap's)."""
    with db.reading() as s:
        conn = search._dbapi(s)
        columns = [
            r[1] for r in conn.execute("PRAGMA table_info(search_entry)") if r[1] not in ("id", "rank_zh")
        ]
        entries = {
            row[0]: row
            for row in conn.execute(f"SELECT {', '.join(columns)} FROM search_entry ORDER BY entity_id")
        }
        grams = set(
            conn.execute(
                "SELECT g.gram, g.is_org, e.entity_id FROM search_gram g "
                "JOIN search_entry e ON e.id = g.entry_id"
            )
        )
    return entries, grams


def test_a_bulk_tag_writes_each_entry_as_a_rebuild_does_nicknames_and_middle_names_too(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17 (round 62): the tag is written into the entries in place, and each entry is exactly
    what the rebuild gives: a nickname or a middle name comes after the tags in the text, grams
    are sorted and distinct; search by the new tag finds exactly the tagged contacts."""
    monkeypatch.setattr(tagging, "FTS_REBUILD_ABOVE", 0)  # the path of large retags
    with db.transaction() as s:
        tagged = [
            contacts.create_contact(s, family_name="Wang", given_name="Fang", tags=["VIP"]).id,
            contacts.create_contact(
                s, family_name="Ouyang", given_name="Lin", nickname="老欧", tags=["水务"]
            ).id,
            contacts.create_contact(s, family_name="Petrova", given_name="Anna", middle_name="Ивановна").id,
            # the tag to come is her nickname already: it stays one part of the text
            contacts.create_contact(s, family_name="Berg", given_name="Eva", nickname="Wasser").id,
            contacts.create_contact(s, family_name="Chen", given_name="Jie", nickname="Jie", tags=["air"]).id,
            # the same number twice: one part of the text with the separator inside, kept whole
            contacts.create_contact(
                s,
                family_name="Silva",
                given_name="Ana",
                methods=[
                    contacts.Method("phone", "+55 41 9476 0697"),
                    contacts.Method("whatsapp", "+55 41 9476 0697"),
                ],
            ).id,
        ]
        untagged = contacts.create_contact(s, family_name="Smith", given_name="Ann").id
        organisations.create_organisation(s, name_en="Berliner Wasser", tags=["water"])
    with db.transaction() as s:
        changed = tagging.retag(s, search.CONTACT, ids=tagged, add=["Wasser", "水资源"])
    assert changed == 6
    in_place = _index_rows(db)
    with db.reading() as s:
        assert search.check_index(s)
        assert sorted(search.matching_ids(s, "水资源", kind=search.CONTACT)) == sorted(tagged)
        assert untagged not in search.matching_ids(s, "wasser", kind=search.CONTACT)
    with db.transaction() as s:
        search.rebuild_search_index(s)
    rebuilt = _index_rows(db)
    assert in_place[0] == rebuilt[0]
    assert in_place[1] == rebuilt[1]
