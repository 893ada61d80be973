"""A bulk tag adds only the new end's trigrams to the full-text index (tagscale62) instead of
rebuilding it. The index must stay what a rebuild gives through later edits, deletes and removals:
FTS5's own integrity check against the content table, and the hits of trigram queries."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts, search, tagging


def _fts_is_whole(db: Database) -> None:
    with db.reading() as s:  # raises "database disk image is malformed" when the index disagrees
        search._dbapi(s).execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")


def _hits(db: Database, query: str) -> int:
    with db.reading() as s:
        return search.count(s, query, kind=search.CONTACT)


def test_the_appended_trigrams_stay_whole_through_edits_deletes_and_removal(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tagging, "FTS_REBUILD_ABOVE", 0)  # the in-place path, taken above 0 rows
    with db.transaction() as s:
        quixote = contacts.create_contact(s, family_name="Quixote", given_name="Alonso").id
        contacts.create_contact(s, family_name="Panza", given_name="Sancho", nickname="Sanchito")
        gone = contacts.create_contact(s, family_name="Carrasco", given_name="Sansón").id
    with db.transaction() as s:
        assert tagging.retag(s, search.CONTACT, query="", add=["Kreislaufwirtschaft"]) == 3
    _fts_is_whole(db)
    assert _hits(db, "kreislaufwirt") == 3  # trigrams only the appended end holds
    assert _hits(db, "quixote") == 1  # and the old text's still found

    with db.transaction() as s:  # the FTS trigger deletes the whole old text, both parts
        contacts.update_contact(s, quixote, family_name="Rocinante")
    _fts_is_whole(db)
    assert _hits(db, "quixote") == 0
    assert _hits(db, "rocinante") == 1
    assert _hits(db, "kreislaufwirt") == 3

    with db.transaction() as s:
        contacts.delete_contacts(s, [gone])
    _fts_is_whole(db)
    assert _hits(db, "kreislaufwirt") == 2

    with db.transaction() as s:
        tagging.retag(s, search.CONTACT, query="", remove=["Kreislaufwirtschaft"])
    _fts_is_whole(db)
    assert _hits(db, "kreislaufwirt") == 0
    assert _hits(db, "rocinante") == 1
