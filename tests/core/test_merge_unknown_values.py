"""Undoing a merge puts back a value a newer petdesk stored (``enums.falls_back_to``) as the file
held it: the merge record's snapshots carry the stored text, not the fallback member it is read as."""

from __future__ import annotations

from contextlib import closing

import pytest

from petdesk.db import Database
from petdesk.services import merge
from petdesk.services import organisations as org_service
from tests.helpers.newer_values import NEWER, stored


@pytest.fixture
def two_orgs(db: Database) -> tuple[str, str]:
    with db.transaction() as s:
        keep = org_service.create_organisation(s, name_en="Harbour Water Board", name_zh="港口水务局")
        other = org_service.create_organisation(s, name_en="Harbour Water Board Ltd", name_zh="")
        return keep.id, other.id


@pytest.mark.parametrize("holder", ["keep", "other", "both"])
@pytest.mark.parametrize("kind_from", ["keep", "other"])
def test_undo_puts_the_stored_value_back(
    db: Database, two_orgs: tuple[str, str], holder: str, kind_from: str
) -> None:
    keep_id, other_id = two_orgs
    planted = {"keep": [keep_id], "other": [other_id], "both": [keep_id, other_id]}[holder]
    with closing(db.raw()) as conn, conn:
        conn.execute("UPDATE organisation SET kind = 'fund' WHERE id IN (?, ?)", (keep_id, other_id))
        for rid in planted:
            conn.execute("UPDATE organisation SET kind = ? WHERE id = ?", (NEWER, rid))
    before = {rid: stored(db, "organisation", "kind", rid) for rid in (keep_id, other_id)}
    with db.transaction() as s:
        record = merge.merge(s, "organisation", keep_id, other_id, {"kind": kind_from})
        merge_id = record.id
    with db.transaction() as s:
        merge.undo_merge(s, merge_id)
    after = {rid: stored(db, "organisation", "kind", rid) for rid in (keep_id, other_id)}
    assert after == before


def test_the_kept_record_takes_the_other_stored_value(db: Database, two_orgs: tuple[str, str]) -> None:
    keep_id, other_id = two_orgs
    with closing(db.raw()) as conn, conn:
        conn.execute("UPDATE organisation SET kind = 'fund' WHERE id = ?", (keep_id,))
        conn.execute("UPDATE organisation SET kind = ? WHERE id = ?", (NEWER, other_id))
    with db.transaction() as s:
        merge.merge(s, "organisation", keep_id, other_id, {"kind": "other"})
    assert stored(db, "organisation", "kind", keep_id) == NEWER
