"""Names with an apostrophe are found whichever apostrophe is typed (field test 87): a name saved
from Outlook has the straight one (N'Guessan), one from a Google form or a Mac the typographic one
(N’Guessan, as Word and phones autocorrect it), and people type either, or none."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import search


@pytest.mark.parametrize(
    "query", ["N'Guessan", "N’Guessan", "n‘guessan", "NʼGuessan", "Koffi N’Guessan", "NGuessan"]
)
def test_either_apostrophe_finds_both_spellings(db: Database, query: str) -> None:
    with db.transaction() as s:
        straight = cs.create_contact(s, given_name="Koffi", family_name="N'Guessan").id
        curly = cs.create_contact(s, given_name="Koffi", family_name="N’Guessan").id
        other = cs.create_contact(s, given_name="Koffi", family_name="Guessan").id
    with db.transaction() as s:
        found = {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}
    assert {straight, curly} <= found, query
    assert other not in found


def test_the_typed_apostrophe_is_kept_in_the_stored_name(db: Database) -> None:
    with db.transaction() as s:
        cid = cs.create_contact(s, given_name="Paul", family_name="Eto’o").id
    with db.transaction() as s:
        assert cs.get_contact(s, cid).family_name == "Eto’o"  # as typed: only the search folds it
        assert [r.entity_id for r in search.search(s, "eto'o", kind=search.CONTACT)] == [cid]
